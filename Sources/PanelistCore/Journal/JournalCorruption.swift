/// A bad record that is not the torn end of the file: the journal must not be opened.
public struct JournalCorruption: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number of the first bad record.
    public var line: Int
    /// Byte offset of that line (the valid prefix ends here).
    public var offset: Int
    /// What is wrong with it.
    public var message: String

    /// Creates a corruption report.
    public init(line: Int, offset: Int, message: String) {
        self.line = line
        self.offset = offset
        self.message = message
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}
