/// Reads journal bytes into records, telling a torn last record from corruption in the middle.
///
/// Rules: a final segment without `\n` is a torn write (a record is acknowledged only after
/// its whole line, `\n` included, is on disk). A damaged last complete line (bad JSON or
/// checksum) with nothing after it is also torn. Any other bad line — damaged with lines
/// after it, or intact but with a wrong `seq`, `prev` or field — is corruption.
public enum JournalParser {
    /// Parses a journal's bytes.
    public static func parse(_ bytes: [UInt8]) -> JournalParse {
        var lines: [JournalLine] = []
        var start = 0
        var number = 0
        let count = bytes.count
        while start < count {
            number += 1
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            if end == count {
                return JournalParse(lines: lines, torn: JournalTornTail(
                    line: number, offset: start, bytes: Array(bytes[start...]),
                    reason: "the last record is incomplete (\(count - start) bytes without an end of line)"))
            }
            let isLast = end + 1 == count
            let record: JournalRecord
            do {
                record = try JournalRecord.decode(line: bytes[start..<end])
            } catch {
                if isLast && error.isDamage {
                    return JournalParse(lines: lines, torn: JournalTornTail(
                        line: number, offset: start, bytes: Array(bytes[start...]), reason: "the last record is damaged: \(error)"))
                }
                return JournalParse(lines: lines, corruption: JournalCorruption(line: number, offset: start, message: error.description))
            }
            if let problem = linkProblem(record, after: lines.last?.record) {
                return JournalParse(lines: lines, corruption: JournalCorruption(line: number, offset: start, message: problem))
            }
            lines.append(JournalLine(number: number, offset: start, length: end + 1 - start, record: record))
            start = end + 1
        }
        return JournalParse(lines: lines)
    }

    /// What is wrong with a record's place in the chain, if anything.
    static func linkProblem(_ record: JournalRecord, after previous: JournalRecord?) -> String? {
        let expectedSeq = (previous?.seq ?? -1) + 1
        if record.seq != expectedSeq {
            return "sequence number \(record.seq) where \(expectedSeq) was expected (a record was removed, inserted or reordered)"
        }
        let expectedPrev = previous?.sum ?? JournalHash.zero
        if record.prev != expectedPrev {
            return "the link to the previous record is broken (prev \(record.prev.prefix(12))… ≠ \(expectedPrev.prefix(12))…): a record was removed, changed or reordered"
        }
        switch (previous, record.entry) {
        case (nil, .action): return "the first record must be the header"
        case (.some, .header): return "a second header record"
        default: return nil
        }
    }
}
