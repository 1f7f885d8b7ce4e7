import PanelistCore

/// What opening a journal repaired: a torn last record cut back and kept in a side file.
public struct JournalRecovery: Sendable, Equatable {
    /// Line number of the cut record.
    public var line: Int
    /// Number of bytes cut.
    public var byteCount: Int
    /// The side file holding the cut bytes.
    public var sideFile: String
    /// Why the tail was cut.
    public var reason: String

    /// Creates a recovery note.
    public init(line: Int, byteCount: Int, sideFile: String, reason: String) {
        self.line = line
        self.byteCount = byteCount
        self.sideFile = sideFile
        self.reason = reason
    }

    /// A message for the user.
    public func message(_ lang: Lang) -> String {
        lang.pick("日志最后一条记录（第 \(line) 行，\(byteCount) 字节）写入不完整（可能是断电），已截去；截去的内容保存在 \(sideFile)。",
                  "The last record (line \(line), \(byteCount) bytes) was incomplete (a write cut short, e.g. by power loss) and was cut back; the cut bytes are kept in \(sideFile).")
    }
}
