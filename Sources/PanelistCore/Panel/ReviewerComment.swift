/// A reviewer's comment.
public struct ReviewerComment: Sendable, Equatable {
    public var reviewer: String
    public var text: String

    /// Creates a comment.
    public init(reviewer: String, text: String) {
        self.reviewer = reviewer
        self.text = text
    }
}
