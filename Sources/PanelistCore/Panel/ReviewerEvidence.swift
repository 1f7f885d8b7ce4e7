/// A reviewer's mark on one evidence document of a gate or indicator (已见 / 缺失 / 存疑), with the note.
public struct ReviewerEvidence: Sendable, Equatable {
    /// The evidence item id (`E1`…).
    public var item: String
    /// The mark; `nil` when the reviewer left it unmarked.
    public var mark: EvidenceMark?
    /// The reviewer's note; empty when none.
    public var note: String

    /// Creates a mark.
    public init(item: String, mark: EvidenceMark?, note: String) {
        self.item = item
        self.mark = mark
        self.note = note
    }

    /// Whether the chair should look at it: marked 存疑 (doubtful) or 缺失 (missing).
    public var isFlagged: Bool { mark == .doubtful || mark == .missing }
}
