/// A reviewer's comment.
public struct ReviewerComment: Sendable, Equatable {
    /// The reviewer id.
    public var reviewer: String
    /// The comment as the reviewer wrote it.
    public var text: String

    /// Creates a comment.
    public init(reviewer: String, text: String) {
        self.reviewer = reviewer
        self.text = text
    }
}
