import Foundation
import PanelistCore

/// The office's known-keys file: one `FINGERPRINT NAME` per line (dashes and spaces in the fingerprint optional),
/// `#` comments and blank lines ignored. A minimal reader until the journal layer's parser is on main.
public struct KnownKeysFile: Sendable, Equatable {
    /// One pinned key.
    public struct Entry: Sendable, Equatable {
        /// Normalised fingerprint, `3bbe-87f6-e187-2aa9`.
        public var fingerprint: String
        /// The person's name (the rest of the line).
        public var name: String
        /// The line it is on.
        public var line: Int
    }

    /// The keys, in file order.
    public var entries: [Entry]

    /// Parses the text; `file` names it in errors (file:line and what is wrong).
    public static func parse(_ text: String, file: String) throws -> KnownKeysFile {
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            // The fingerprint is the first 16 hex digits, with dashes, colons or spaces between; the name is the rest.
            var hex = ""
            var rest = Substring(trimmed)
            while let c = rest.first, hex.count < 16, c.isHexDigit || c == "-" || c == " " || c == ":" {
                if c.isHexDigit { hex.append(c) }
                rest = rest.dropFirst()
            }
            let name = rest.trimmingCharacters(in: .whitespaces)
            guard hex.count == 16, rest.first.map({ $0 == " " || $0 == "\t" }) ?? true, !name.isEmpty else {
                throw AppError("\(file):\(index + 1): not 'FINGERPRINT NAME' (e.g. '3bbe-87f6-e187-2aa9 李明'); fix or remove the line")
            }
            entries.append(Entry(fingerprint: JournalSigning.normalise(hex), name: name, line: index + 1))
        }
        return KnownKeysFile(entries: entries)
    }

    /// Reads and parses a file.
    public static func load(_ path: String) throws -> KnownKeysFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AppError("\(path): cannot read the known-keys file; check that it exists and is readable")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// The fingerprints pinned for a name.
    public func keys(of name: String) -> [String] { entries.filter { $0.name == name }.map(\.fingerprint) }
}
