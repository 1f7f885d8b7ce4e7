import PanelistCore
#if canImport(Glibc)
import Glibc
#endif

/// Copies every intact record of a damaged journal to a NEW file; the original is never changed.
public enum JournalSalvage {
    /// What a salvage kept and dropped.
    public struct Report: Sendable, Equatable {
        /// Records copied to the new file.
        public var keptRecords: Int
        /// Lines of the original from the first bad one on, not copied.
        public var droppedLines: Int
        /// Bytes of the original from the first bad line on, not copied.
        public var droppedBytes: Int
        /// The first bad line and why, if any.
        public var firstProblem: String?
        /// Damaged bytes between intact records that were written back as ends of line.
        public var repairedSeparators: Int
    }

    /// Writes the intact, linked records of `source` to `output` (which must not exist).
    ///
    /// The records are copied byte for byte, each with its end of line; where a byte between two
    /// intact records was damaged, the copy has the `\n` that belongs there.
    public static func salvage(source: String, output: String, io: any StoreIO = SystemIO()) throws(StoreError) -> Report {
        if output == source {
            throw StoreError(zh: "输出文件不能是原文件；请用 --out 指定一个新文件。", en: "the output must be a new file, not the original; give another --out")
        }
        let bytes = try Posix.readFile(source, io: io)
        let parse = JournalParser.parse(bytes)
        guard !parse.lines.isEmpty else {
            throw StoreError(zh: "\(source): 连日志头都无法读取，没有可抢救的记录。", en: "\(source): not even the header is readable; there is nothing to salvage")
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(parse.validLength)
        var repaired = 0
        for line in parse.lines {
            let end = line.offset + line.length - 1
            kept.append(contentsOf: bytes[line.offset..<end])
            if bytes[end] != 0x0A { repaired += 1 }
            kept.append(0x0A)
        }
        if access(output, F_OK) == 0 {
            throw StoreError(zh: "\(output) 已存在；抢救只写入新文件，请换一个文件名。", en: "\(output) already exists; salvage only writes a new file, choose another name")
        }
        try Posix.createFile(output, kept, io: io)
        let rest = bytes[parse.validLength...]
        let droppedLines = rest.isEmpty ? 0 : rest.split(separator: 0x0A, omittingEmptySubsequences: false).count - (rest.last == 0x0A ? 1 : 0)
        let problem = parse.corruption?.description ?? parse.torn.map { "line \($0.line): \($0.reason)" }
        return Report(keptRecords: parse.lines.count, droppedLines: droppedLines, droppedBytes: rest.count, firstProblem: problem, repairedSeparators: repaired)
    }
}
