import Foundation
import PanelistCore
import PanelistStore

/// The office's known-keys file: one `FINGERPRINT NAME` per line (dashes and spaces in the fingerprint optional),
/// `#` comments and blank lines ignored; read by Core's `KnownKeys`.
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

    /// Parses the text; `file` names it in errors (file:line:column and what is wrong). The format is
    /// read by `KnownKeys` in Core (one parser for merge, verify and packages).
    public static func parse(_ text: String, file: String) throws -> KnownKeysFile {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses the file's bytes (bad UTF-8 is refused with its line and column, not read as U+FFFD).
    public static func parse(bytes: [UInt8], file: String) throws -> KnownKeysFile {
        do {
            let keys = try KnownKeys.parse(bytes)
            return KnownKeysFile(entries: keys.entries.map { Entry(fingerprint: $0.fingerprint, name: $0.name, line: $0.line) })
        } catch {
            throw AppError(error.problems.map { "\(file):\($0.line):\($0.column): \($0.en); expected 'FINGERPRINT NAME' (e.g. '3bbe-87f6-e187-2aa9 李明'): fix or remove the line" }
                .joined(separator: "\n"))
        }
    }

    /// Reads and parses a file.
    public static func load(_ path: String) throws -> KnownKeysFile {
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path) } catch { throw AppError("\(path): cannot read the known-keys file: \(error.en)") }  // names the errno
        return try parse(bytes: bytes, file: path)
    }

    /// The fingerprints pinned for a name.
    public func keys(of name: String) -> [String] { entries.filter { $0.name == name }.map(\.fingerprint) }
}
