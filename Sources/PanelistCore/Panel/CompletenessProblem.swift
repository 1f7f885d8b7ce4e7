/// A reason the panel report is not complete: every output begins by saying so.
public enum CompletenessProblem: Sendable, Equatable {
    /// An input journal was refused (file, reviewer name if known, application if known, issue kinds).
    case refused(file: String, reviewer: String?, application: String?, kinds: [IntakeIssueKind])
    /// An expected reviewer's journal for an application is not merged.
    case missing(reviewer: String, application: String)
    /// The chair journal is not signed off (admitted only with `--allow-unsigned`).
    case chairUnsigned(file: String)
    /// The chair journal was refused.
    case chairRefused(file: String, kinds: [IntakeIssueKind])

    /// The explicit flag that lets merge exit 0 with this problem.
    public var flag: String {
        switch self {
        case .refused, .chairRefused: return "--allow-refused"
        case .missing: return "--allow-missing"
        case .chairUnsigned: return "--allow-unsigned"
        }
    }
}
