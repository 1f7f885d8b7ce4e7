import Foundation

/// One reviewer action recorded in a journal; each maps onto `ReviewState` exactly.
public enum JournalAction: Sendable, Equatable {
    /// Tick (`on: true`) or untick a checklist item.
    case tick(indicator: String, part: String, item: String, on: Bool)
    /// Choose an option of a choice part, or clear the choice (`nil`).
    case choose(indicator: String, part: String, option: String?)
    /// Set a number of an indicator, or clear it (`nil`); `reason` says why a verified figure
    /// differs from the application's (optional, absent from older journals).
    case number(indicator: String, number: String, value: Decimal?, reason: String? = nil)
    /// Set the count of one line of a counts part.
    case count(indicator: String, part: String, line: String, count: Int)
    /// Set expert-entered points of a manual part, or clear them (`nil`).
    case points(indicator: String, part: String, points: Decimal?)
    /// Confirm scenario coverage: scenario ids and scenarios outside the table.
    case scenarios(ids: [String], other: Int)
    /// Set a gate verdict with its reason.
    case gate(gate: String, verdict: GateVerdict, reason: String)
    /// Mark an evidence document of an indicator or gate (`nil` clears the mark).
    case evidence(target: String, item: String, mark: EvidenceMark?, note: String)
    /// Replace the whole comment of an indicator (`""` for the overall opinion).
    case comment(target: String, text: String)
    /// Declare a conflict of interest (回避): the reviewer does not score.
    case recuse(reason: String)
    /// Sign the chain head with the reviewer's key.
    case signoff(head: String, signature: String, fingerprint: String)
    /// Reopen a signed-off journal, with the reason.
    case reopen(reason: String)
    /// The chair's agreed panel value for an indicator of an application, with the reason (chair journals only).
    case resolve(application: String, indicator: String, value: Decimal, reason: String)

    /// The action's `type` as the journal writes it.
    public var typeName: String {
        switch self {
        case .tick: return "tick"
        case .choose: return "choose"
        case .number: return "number"
        case .count: return "count"
        case .points: return "points"
        case .scenarios: return "scenarios"
        case .gate: return "gate"
        case .evidence: return "evidence"
        case .comment: return "comment"
        case .recuse: return "recuse"
        case .signoff: return "signoff"
        case .reopen: return "reopen"
        case .resolve: return "resolve"
        }
    }
}
