/// A reviewer's verdict on a gate, with the reason (required for a fail).
public struct GateInput: Sendable, Equatable {
    public var verdict: GateVerdict
    public var reason: String

    public init(verdict: GateVerdict, reason: String = "") {
        self.verdict = verdict
        self.reason = reason
    }
}
