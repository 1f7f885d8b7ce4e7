import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads journal bytes into records, telling a torn last record from damage by the records' checksums.
///
/// Rules: a record is acknowledged only after its whole line, `\n` included, is on disk. So a
/// final segment without `\n`, or a damaged last line, is a torn write — unless it begins with
/// an intact record (its checksum matches and it links to the one before): then a byte between
/// records was damaged (a flipped `\n`), which is damage, not a torn write, and every intact
/// record on either side of it is kept. Any other bad line — damaged with lines after it, or
/// intact but with a wrong `seq`, `prev` or field — is corruption.
public enum JournalParser {
    /// Lines from which a journal is checked on several cores.
    static let parallelThreshold = 2048

    /// Parses a journal's bytes.
    public static func parse(_ bytes: [UInt8]) -> JournalParse {
        bytes.withUnsafeBufferPointer { parse(buffer: $0, parallel: true) }
    }

    /// Parses a journal's bytes; `parallel` decodes the lines on every core (callers that already
    /// check several journals at once pass `false`).
    public static func parse(_ bytes: [UInt8], parallel: Bool) -> JournalParse {
        bytes.withUnsafeBufferPointer { parse(buffer: $0, parallel: parallel) }
    }

    /// Parses from a buffer.
    static func parse(buffer bytes: UnsafeBufferPointer<UInt8>, parallel: Bool) -> JournalParse {
        // Line boundaries first (memchr), then every line decoded on its own, then the chain in order.
        var ends: [Int] = []
        ends.reserveCapacity(bytes.count / 200 + 1)
        let count = bytes.count
        var start = 0
        if let base = bytes.baseAddress {
            while start < count {
                guard let hit = memchr(base + start, 0x0A, count - start) else { break }
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                ends.append(end)
                start = end + 1
            }
        }
        let decoded = decodeAll(bytes, ends: ends, parallel: parallel)

        var lines: [JournalLine] = []
        lines.reserveCapacity(ends.count)
        var corruption: JournalCorruption?
        var lineStart = 0
        var index = 0
        while index <= ends.count {
            let number = index + 1
            let isSegment = index == ends.count  // bytes after the last \n
            if isSegment && lineStart == count { break }
            let end = isSegment ? count : ends[index]
            let isLast = isSegment || end + 1 == count
            let previous = lines.last?.record
            let result: Result<JournalRecord, JournalLineError> = isSegment
                ? .failure(.damaged("the last record is incomplete (\(count - lineStart) bytes without an end of line)"))
                : decoded[index]
            switch result {
            case .success(let record):
                if let problem = linkProblem(record, after: previous) {
                    return JournalParse(lines: lines, corruption: corruption ?? JournalCorruption(line: number, offset: lineStart, message: problem))
                }
                lines.append(JournalLine(number: number, offset: lineStart, length: end + 1 - lineStart, record: record))
            case .failure(let error):
                // Intact records at the start of a damaged line: a byte after each stands where its \n belongs.
                if error.isDamage, let (records, rest) = intactRecords(bytes, from: lineStart, to: end, terminated: !isSegment, after: previous) {
                    let at = records[0].offset + records[0].length - 1
                    corruption = corruption ?? JournalCorruption(
                        line: number, offset: at,
                        message: "byte \(at) between two records is damaged (0x\(String(bytes[at], radix: 16)) where an end of line belongs); every intact record is kept (see 'panelist journal salvage')")
                    for (offset, length, record) in records {
                        lines.append(JournalLine(number: number, offset: offset, length: length, record: record))
                    }
                    if isSegment ? rest < count : rest <= end {
                        if isLast {
                            return JournalParse(lines: lines, torn: JournalTornTail(line: number, offset: rest, bytes: Array(bytes[rest...]),
                                                                                     reason: "the last record is incomplete or damaged"), corruption: corruption)
                        }
                        return JournalParse(lines: lines, corruption: corruption)
                    }
                } else if isLast && error.isDamage {
                    return JournalParse(lines: lines, torn: JournalTornTail(
                        line: number, offset: lineStart, bytes: Array(bytes[lineStart...]),
                        reason: isSegment ? error.description : "the last record is damaged: \(error)"), corruption: corruption)
                } else {
                    return JournalParse(lines: lines, corruption: corruption ?? JournalCorruption(line: number, offset: lineStart, message: error.description))
                }
            }
            lineStart = end + 1
            index += 1
        }
        return JournalParse(lines: lines, corruption: corruption)
    }

    /// Decodes every complete line, on every core when the journal is long.
    static func decodeAll(_ bytes: UnsafeBufferPointer<UInt8>, ends: [Int], parallel: Bool) -> [Result<JournalRecord, JournalLineError>] {
        func decode(_ k: Int) -> Result<JournalRecord, JournalLineError> {
            let start = k == 0 ? 0 : ends[k - 1] + 1
            return JournalRecord.decode(bytes: UnsafeBufferPointer(rebasing: bytes[start..<ends[k]]))
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard parallel, cores > 1, ends.count >= parallelThreshold else { return ends.indices.map(decode) }
        let placeholder = Result<JournalRecord, JournalLineError>.failure(.damaged(""))
        var out = [Result<JournalRecord, JournalLineError>](repeating: placeholder, count: ends.count)
        let chunks = cores * 4
        let per = (ends.count + chunks - 1) / chunks
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            nonisolated(unsafe) let source = bytes
            let lineEnds = ends
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = c * per
                let hi = min(lineEnds.count, lo + per)
                guard lo < hi else { return }
                for k in lo..<hi {
                    let start = k == 0 ? 0 : lineEnds[k - 1] + 1
                    target[k] = JournalRecord.decode(bytes: UnsafeBufferPointer(rebasing: source[start..<lineEnds[k]]))
                }
            }
        }
        return out
    }

    /// The intact, linked records a damaged line begins with — each followed by one byte where its
    /// `\n` belongs (damaged, or the line's own end) — with their offsets and lengths, and where
    /// the rest of the line begins; nil when the line does not begin with an intact record.
    ///
    /// A record that ends exactly where an unterminated last segment ends is not taken: its `\n`
    /// was never written, so it is a torn write.
    static func intactRecords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, terminated: Bool,
                              after previous: JournalRecord?) -> ([(offset: Int, length: Int, record: JournalRecord)], Int)? {
        var out: [(offset: Int, length: Int, record: JournalRecord)] = []
        var at = start
        var last = previous
        search: while at < end {
            var k = at
            while k < end {
                if bytes[k] == UInt8(ascii: "}") {
                    let closesLine = k + 1 == end
                    if closesLine && !terminated { break search }
                    if case .success(let record) = JournalRecord.decode(bytes: UnsafeBufferPointer(rebasing: bytes[at...k])),
                       linkProblem(record, after: last) == nil {
                        out.append((offset: at, length: k + 2 - at, record: record))
                        last = record
                        at = k + 2
                        continue search
                    }
                }
                k += 1
            }
            break
        }
        guard !out.isEmpty else { return nil }
        return (out, at)
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
