/// An evidence document a reviewer marked 存疑 (doubtful) or 缺失 (missing): for the chair to look at.
public struct ChairEvidenceFlag: Sendable, Equatable {
    /// The application id.
    public var application: String
    /// The gate or indicator id.
    public var target: String
    /// The evidence item id.
    public var item: String
    /// The reviewer's display name.
    public var reviewer: String
    /// 存疑 or 缺失.
    public var mark: EvidenceMark
    /// The reviewer's note.
    public var note: String

    /// Creates a flag.
    public init(application: String, target: String, item: String, reviewer: String, mark: EvidenceMark, note: String) {
        self.application = application
        self.target = target
        self.item = item
        self.reviewer = reviewer
        self.mark = mark
        self.note = note
    }
}
