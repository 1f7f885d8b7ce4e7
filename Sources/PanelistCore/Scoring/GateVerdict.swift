/// Pass, fail, or not yet verified.
public enum GateVerdict: String, Sendable, CaseIterable {
    case pass
    case fail
    case pending
}
