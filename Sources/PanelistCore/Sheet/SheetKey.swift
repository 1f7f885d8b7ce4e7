/// One entry of a reviewer's state that a score sheet carries, e.g. the choice of a part.
///
/// Sheets are compared with journal states entry by entry: an import appends actions only
/// for entries whose value differs, and detects edit conflicts per entry.
public enum SheetKey: Sendable, Hashable {
    /// The chosen option of a choice part.
    case choice(indicator: String, part: String)
    /// The ticked items of a checklist part.
    case ticks(indicator: String, part: String)
    /// An entered number of an indicator.
    case number(indicator: String, number: String)
    /// The count of one line of a counts part.
    case count(indicator: String, part: String, line: String)
    /// Expert-entered points of a manual part.
    case points(indicator: String, part: String)
    /// The confirmed scenario coverage.
    case scenarios
    /// A gate's verdict and reason.
    case gate(String)
    /// An evidence mark and note of an indicator or gate.
    case evidence(target: String, item: String)
    /// The comment of an indicator or gate (`""` for the overall opinion).
    case comment(String)

    /// The indicator or gate the entry belongs to (`""` for the overall opinion and coverage).
    public var target: String {
        switch self {
        case .choice(let i, _), .ticks(let i, _), .number(let i, _), .count(let i, _, _), .points(let i, _): return i
        case .scenarios: return ""
        case .gate(let g): return g
        case .evidence(let t, _): return t
        case .comment(let t): return t
        }
    }

    /// The entries an action changes (none for recusal, sign-off and reopen).
    public static func of(_ action: JournalAction) -> SheetKey? {
        switch action {
        case let .tick(i, p, _, _): return .ticks(indicator: i, part: p)
        case let .choose(i, p, _): return .choice(indicator: i, part: p)
        case let .number(i, n, _, _): return .number(indicator: i, number: n)
        case let .count(i, p, l, _): return .count(indicator: i, part: p, line: l)
        case let .points(i, p, _): return .points(indicator: i, part: p)
        case .scenarios: return .scenarios
        case let .gate(g, _, _): return .gate(g)
        case let .evidence(t, item, _, _): return .evidence(target: t, item: item)
        case let .comment(t, _): return .comment(t)
        case .recuse, .signoff, .reopen, .resolve: return nil
        }
    }
}
