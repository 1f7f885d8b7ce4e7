extension StringProtocol {
    /// The text without leading and trailing tabs and space separators (Foundation's
    /// `CharacterSet.whitespaces`), trimmed scalar by scalar without bridging to NSString.
    public func trimmingSpaces() -> String {
        trimmingScalars(where: TextTrimming.isSpace)
    }

    /// The text without leading and trailing whitespace and line breaks (Foundation's
    /// `CharacterSet.whitespacesAndNewlines`), trimmed without bridging to NSString.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { TextTrimming.isSpace($0) || TextTrimming.isNewline($0) }
    }

    /// The text without the leading and trailing scalars that match.
    func trimmingScalars(where trim: (UInt32) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trim(scalars[start].value) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard trim(scalars[before].value) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

/// The scalar classes of Foundation's `CharacterSet.whitespaces` and `.newlines`.
enum TextTrimming {
    /// Tab, the space separators (general category Zs) and, as Foundation has it, U+200B.
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Line feed to carriage return, next line, and the line and paragraph separators.
    static func isNewline(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
