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
    static let parallelThreshold = 1024

    /// Parses a journal's bytes.
    public static func parse(_ bytes: [UInt8]) -> JournalParse {
        bytes.withUnsafeBufferPointer { parse(buffer: $0, parallel: true) }
    }

    /// Parses a journal's bytes; `parallel` decodes the lines on every core (callers that already
    /// check several journals at once pass `false`).
    public static func parse(_ bytes: [UInt8], parallel: Bool) -> JournalParse {
        bytes.withUnsafeBufferPointer { parse(buffer: $0, parallel: parallel) }
    }

    /// Parses from a buffer, keeping every record.
    static func parse(buffer bytes: UnsafeBufferPointer<UInt8>, parallel: Bool) -> JournalParse {
        var lines: [JournalLine] = []
        lines.reserveCapacity(bytes.count / 200 + 1)
        let (torn, corruption) = stream(buffer: bytes, parallel: parallel) { lines.append($0) }
        return JournalParse(lines: lines, torn: torn, corruption: corruption)
    }

    /// Lines decoded at a time: enough to keep every core busy, few enough that a long journal
    /// is never held whole in memory when the caller does not keep it.
    static let chunkLines = 4096

    /// Reads a journal in order, handing every intact, linked record to `visit` as it goes, and
    /// returns the torn tail or the first problem, if any. Lines are decoded a chunk at a time
    /// (on every core when `parallel`); only the previous record is kept.
    public static func stream(_ bytes: [UInt8], parallel: Bool = true, visit: (JournalLine) -> Void) -> (JournalTornTail?, JournalCorruption?) {
        bytes.withUnsafeBufferPointer { stream(buffer: $0, parallel: parallel, visit: visit) }
    }

    static func stream(buffer bytes: UnsafeBufferPointer<UInt8>, parallel: Bool, visit: (JournalLine) -> Void) -> (JournalTornTail?, JournalCorruption?) {
        // Line boundaries first (memchr), then lines decoded a chunk at a time, then the chain in order.
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
        var decoded: [Result<JournalRecord, JournalLineError>] = []
        var chunkStart = 0
        var previous: JournalRecord?
        var corruption: JournalCorruption?
        var lineStart = 0
        var index = 0
        func accept(_ line: JournalLine) {
            previous = line.record
            visit(line)
        }
        while index <= ends.count {
            let number = index + 1
            let isSegment = index == ends.count  // bytes after the last \n
            if isSegment && lineStart == count { break }
            let end = isSegment ? count : ends[index]
            let isLast = isSegment || end + 1 == count
            let result: Result<JournalRecord, JournalLineError>
            if isSegment {
                result = .failure(.damaged("the last record is incomplete (\(count - lineStart) bytes without an end of line)"))
            } else {
                if index >= chunkStart + decoded.count {
                    chunkStart = index
                    decoded = decodeAll(bytes, ends: ends, range: index..<min(ends.count, index + chunkLines), parallel: parallel)
                }
                result = decoded[index - chunkStart]
            }
            switch result {
            case .success(let record):
                if let problem = linkProblem(record, after: previous) {
                    return (nil, corruption ?? JournalCorruption(line: number, offset: lineStart, message: problem))
                }
                accept(JournalLine(number: number, offset: lineStart, length: end + 1 - lineStart, record: record))
            case .failure(let error):
                // Intact records at the start of a damaged line: a byte after each stands where its \n belongs.
                if error.isDamage, let (records, rest) = intactRecords(bytes, from: lineStart, to: end, terminated: !isSegment, after: previous) {
                    let at = records[0].offset + records[0].length - 1
                    corruption = corruption ?? JournalCorruption(
                        line: number, offset: at,
                        message: "byte \(at) between two records is damaged (0x\(String(bytes[at], radix: 16)) where an end of line belongs); every intact record is kept (see 'panelist journal salvage')")
                    for (offset, length, record) in records {
                        accept(JournalLine(number: number, offset: offset, length: length, record: record))
                    }
                    if isSegment ? rest < count : rest <= end {
                        if isLast {
                            return (JournalTornTail(line: number, offset: rest, bytes: Array(bytes[rest...]), reason: "the last record is incomplete or damaged"), corruption)
                        }
                        return (nil, corruption)
                    }
                } else if isLast && error.isDamage {
                    return (JournalTornTail(line: number, offset: lineStart, bytes: Array(bytes[lineStart...]),
                                            reason: isSegment ? error.description : "the last record is damaged: \(error)"), corruption)
                } else {
                    return (nil, corruption ?? JournalCorruption(line: number, offset: lineStart, message: error.description))
                }
            }
            lineStart = end + 1
            index += 1
        }
        return (nil, corruption)
    }

    /// Decodes the complete lines in a range, on every core when there are many.
    static func decodeAll(_ bytes: UnsafeBufferPointer<UInt8>, ends: [Int], range: Range<Int>, parallel: Bool) -> [Result<JournalRecord, JournalLineError>] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard parallel, cores > 1, range.count >= parallelThreshold else {
            var scratch = RecordFields.Scratch()
            return range.map { k in
                let start = k == 0 ? 0 : ends[k - 1] + 1
                return JournalRecord.decode(bytes: UnsafeBufferPointer(rebasing: bytes[start..<ends[k]]), scratch: &scratch)
            }
        }
        let placeholder = Result<JournalRecord, JournalLineError>.failure(.damaged(""))
        var out = [Result<JournalRecord, JournalLineError>](repeating: placeholder, count: range.count)
        let chunks = cores * 4
        let per = (range.count + chunks - 1) / chunks
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            nonisolated(unsafe) let source = bytes
            let lineEnds = ends
            let first = range.lowerBound
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = c * per
                let hi = min(range.count, lo + per)
                guard lo < hi else { return }
                var scratch = RecordFields.Scratch()
                for k in lo..<hi {
                    let line = first + k
                    let start = line == 0 ? 0 : lineEnds[line - 1] + 1
                    target[k] = JournalRecord.decode(bytes: UnsafeBufferPointer(rebasing: source[start..<lineEnds[line]]), scratch: &scratch)
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
