/// An incomplete or damaged last record (a write cut short by power loss), to be cut back.
public struct JournalTornTail: Sendable, Equatable {
    /// 1-based line number of the torn record.
    public var line: Int
    /// Byte offset where the good prefix ends (the file is cut to this length).
    public var offset: Int
    /// The bytes after the good prefix.
    public var bytes: [UInt8]
    /// Why the tail is considered torn.
    public var reason: String

    /// Creates a torn-tail description.
    public init(line: Int, offset: Int, bytes: [UInt8], reason: String) {
        self.line = line
        self.offset = offset
        self.bytes = bytes
        self.reason = reason
    }
}
