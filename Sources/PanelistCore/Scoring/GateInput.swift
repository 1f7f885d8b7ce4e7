/// A reviewer's verdict on a gate, with the reason (required for a fail).
public struct GateInput: Sendable, Equatable {
    /// Pass, fail or pending.
    public var verdict: GateVerdict
    /// Why the reviewer decided so; required for a fail.
    public var reason: String

    /// Creates a gate verdict.
    public init(verdict: GateVerdict, reason: String = "") {
        self.verdict = verdict
        self.reason = reason
    }
}
