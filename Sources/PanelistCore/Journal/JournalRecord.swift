import Foundation

/// One line of a journal: sequence number, time, the previous record's checksum, the entry, and its own checksum.
public struct JournalRecord: Sendable, Equatable {
    /// 0 for the header, then 1, 2, … without gaps.
    public var seq: Int
    /// When the record was written.
    public var time: Date
    /// The previous record's `sum` (64 zeros for the header).
    public var prev: String
    /// What the record carries: the header or an action.
    public var entry: JournalEntry
    /// Hex SHA-256 of the canonical record without `sum`.
    public var sum: String

    /// Builds a record and computes its checksum (the time is kept to the millisecond).
    public init(seq: Int, time: Date, prev: String, entry: JournalEntry) {
        let time = JournalTime.truncated(time)
        self.seq = seq
        self.time = time
        self.prev = prev
        self.entry = entry
        self.sum = ""
        self.sum = JournalHash.sha256Hex(Self.body(seq: seq, time: time, prev: prev, entry: entry).canonical)
    }

    /// A record as read from a file, with the checksum it carries.
    public init(seq: Int, time: Date, prev: String, entry: JournalEntry, sum: String) {
        self.seq = seq
        self.time = time
        self.prev = prev
        self.entry = entry
        self.sum = sum
    }

    /// The record's JSON without `sum`.
    static func body(seq: Int, time: Date, prev: String, entry: JournalEntry) -> JSONValue {
        var f = entry.fields
        f["seq"] = .int(seq)
        f["time"] = .string(JournalTime.format(time))
        f["prev"] = .string(prev)
        return .object(f)
    }

    /// The action, if this record carries one.
    public var action: JournalAction? {
        if case .action(let a) = entry { return a }
        return nil
    }

    /// The header, if this is the header record.
    public var header: JournalHeader? {
        if case .header(let h) = entry { return h }
        return nil
    }

    /// The full line as written to disk: canonical JSON with `sum`, then `\n`.
    public var line: [UInt8] {
        guard case .object(var f) = Self.body(seq: seq, time: time, prev: prev, entry: entry) else { return [] }
        f["sum"] = .string(sum)
        var bytes = JSONValue.object(f).canonical
        bytes.append(0x0A)
        return bytes
    }
}
