/// One reviewer's verdict on a gate, with the reason.
public struct GateVote: Sendable, Equatable {
    /// The reviewer id.
    public var reviewer: String
    /// The reviewer's verdict.
    public var verdict: GateVerdict
    /// The reviewer's reason; empty when none was given.
    public var reason: String

    /// Creates a vote.
    public init(reviewer: String, verdict: GateVerdict, reason: String) {
        self.reviewer = reviewer
        self.verdict = verdict
        self.reason = reason
    }
}
