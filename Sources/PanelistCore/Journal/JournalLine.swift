/// A record read from a journal with its place in the file.
public struct JournalLine: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// Byte offset of the line's first byte.
    public var offset: Int
    /// Byte length including the `\n`.
    public var length: Int
    /// The record read from the line.
    public var record: JournalRecord

    /// Creates a located record.
    public init(number: Int, offset: Int, length: Int, record: JournalRecord) {
        self.number = number
        self.offset = offset
        self.length = length
        self.record = record
    }
}
