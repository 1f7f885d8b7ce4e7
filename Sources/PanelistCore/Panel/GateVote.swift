/// One reviewer's verdict on a gate, with the reason and the evidence marks.
public struct GateVote: Sendable, Equatable {
    /// The reviewer id.
    public var reviewer: String
    /// The reviewer's display name.
    public var name: String
    /// The reviewer's verdict.
    public var verdict: GateVerdict
    /// The reviewer's reason; empty when none was given.
    public var reason: String
    /// The reviewer's marks on the gate's evidence documents, in rubric order.
    public var evidence: [ReviewerEvidence]

    /// Creates a vote.
    public init(reviewer: String, name: String = "", verdict: GateVerdict, reason: String, evidence: [ReviewerEvidence] = []) {
        self.reviewer = reviewer
        self.name = name.isEmpty ? reviewer : name
        self.verdict = verdict
        self.reason = reason
        self.evidence = evidence
    }
}
