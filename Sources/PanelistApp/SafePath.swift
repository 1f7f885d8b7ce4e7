/// Checks on paths read from a zip or a manifest: relative, no `..`, no absolute path, nothing odd.
public enum SafePath {
    /// Why a path inside a package may not be used, or nil when it is fine.
    public static func problem(_ path: String) -> String? {
        if path.isEmpty { return "an empty path" }
        if path.hasPrefix("/") { return "an absolute path" }
        if path.contains("\\") { return "a backslash (Windows path)" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) { return "a control character" }
        if path.utf8.count > 1024 { return "a path over 1024 bytes" }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if part == ".." { return "'..' (a path escaping the install folder)" }
            if part == "." { return "a '.' component" }
            if part.isEmpty && index != parts.count - 1 { return "an empty component ('//')" }
            if part.utf8.count > 255 { return "a name over 255 bytes" }
        }
        return nil
    }

    /// Whether a text is a plain id: letters, digits, `.`, `-`, `_`, not starting with `.`.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first != ".", text.count <= 128 else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_.".contains($0) }
    }
}
