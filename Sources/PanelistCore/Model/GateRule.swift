/// How the reviewers' gate verdicts make the panel's verdict.
public enum GateRule: String, Sendable, CaseIterable {
    /// Any reviewer's fail fails the gate (default); any pending leaves it pending.
    case anyFail = "any_fail"
    /// The gate fails when more than half of the scoring reviewers fail it.
    case majorityFail = "majority_fail"
}
