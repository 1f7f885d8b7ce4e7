/// One reviewer's verdict on a gate, with the reason.
public struct GateVote: Sendable, Equatable {
    public var reviewer: String
    public var verdict: GateVerdict
    public var reason: String

    /// Creates a vote.
    public init(reviewer: String, verdict: GateVerdict, reason: String) {
        self.reviewer = reviewer
        self.verdict = verdict
        self.reason = reason
    }
}
