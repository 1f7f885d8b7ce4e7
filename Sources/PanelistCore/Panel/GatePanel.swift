/// The panel's verdict on one gate, with every reviewer's vote.
public struct GatePanel: Sendable, Equatable {
    /// The gate id.
    public var id: String
    /// Whether the gate applies to the applicant.
    public var applicable: Bool
    /// Every reviewer's verdict on the gate.
    public var votes: [GateVote]
    /// The panel verdict by the rubric's gate rule.
    public var verdict: GateVerdict

    /// Creates a gate panel.
    public init(id: String, applicable: Bool, votes: [GateVote], verdict: GateVerdict) {
        self.id = id
        self.applicable = applicable
        self.votes = votes
        self.verdict = verdict
    }

    /// The votes that fail the gate (each shown with its reason).
    public var fails: [GateVote] { votes.filter { $0.verdict == .fail } }

    /// The panel verdict from votes by a rule.
    public static func verdict(_ votes: [GateVote], rule: GateRule) -> GateVerdict {
        let fails = votes.filter { $0.verdict == .fail }.count
        let pending = votes.filter { $0.verdict == .pending }.count
        if votes.isEmpty { return .pending }
        switch rule {
        case .anyFail:
            if fails > 0 { return .fail }
            return pending > 0 ? .pending : .pass
        case .majorityFail:
            if fails * 2 > votes.count { return .fail }
            if pending > 0, (fails + pending) * 2 > votes.count { return .pending }
            return .pass
        }
    }
}
