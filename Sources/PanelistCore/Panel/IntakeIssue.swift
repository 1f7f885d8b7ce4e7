/// One problem found with an input journal, with the verifier's detail (English).
public struct IntakeIssue: Sendable, Equatable {
    /// What kind of problem it is.
    public var kind: IntakeIssueKind
    /// Detail, e.g. the verifier's message with its line.
    public var detail: String
    /// The detail in Chinese, where the check that found it speaks Chinese (a refused record's reason).
    public var detailZH: String?

    /// Creates an issue.
    public init(_ kind: IntakeIssueKind, _ detail: String, zh: String? = nil) {
        self.kind = kind
        self.detail = detail
        self.detailZH = zh
    }
}
