/// Why one journal line could not be read.
public enum JournalLineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are damaged: not JSON, not UTF-8, or the checksum does not match.
    case damaged(String)
    /// The line is intact JSON with a valid checksum but its fields are wrong.
    case invalid(String)

    /// Whether the bytes themselves are damaged (the mark of a torn write when it is the last line).
    public var isDamage: Bool {
        if case .damaged = self { return true }
        return false
    }

    /// The problem in English.
    public var description: String {
        switch self {
        case .damaged(let m), .invalid(let m): return m
        }
    }
}
