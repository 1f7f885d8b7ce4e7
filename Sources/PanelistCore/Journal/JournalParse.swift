/// The result of reading a journal's bytes: the good records, and a torn tail or a corruption.
public struct JournalParse: Sendable, Equatable {
    /// The valid prefix, in order.
    public var lines: [JournalLine]
    /// An incomplete last record to cut back, if any.
    public var torn: JournalTornTail?
    /// The first bad record in the middle, if any (then `lines` is the valid prefix before it).
    public var corruption: JournalCorruption?

    /// Creates a parse result.
    public init(lines: [JournalLine], torn: JournalTornTail? = nil, corruption: JournalCorruption? = nil) {
        self.lines = lines
        self.torn = torn
        self.corruption = corruption
    }

    /// The records of the valid prefix.
    public var records: [JournalRecord] { lines.map(\.record) }

    /// Byte length of the valid prefix.
    public var validLength: Int { lines.last.map { $0.offset + $0.length } ?? 0 }

    /// The header, if the first record is one.
    public var header: JournalHeader? { lines.first?.record.header }
}
