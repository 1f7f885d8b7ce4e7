/// What the merge did with an input journal.
public enum IntakeDecision: String, Sendable {
    /// Merged: nothing wrong.
    case included
    /// Merged only because an explicit flag admitted its problems.
    case includedByFlag = "included_by_flag"
    /// Not merged.
    case refused
    /// Not merged because the same bytes were merged from another file.
    case duplicate
    /// Not merged because a longer journal of the same history (it is a byte prefix of it) was taken.
    case superseded

    /// A short label.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .included: return lang.pick("已合并", "merged")
        case .includedByFlag: return lang.pick("按显式选项合并", "merged by explicit flag")
        case .refused: return lang.pick("拒绝", "refused")
        case .duplicate: return lang.pick("重复，未再次合并", "duplicate, merged once")
        case .superseded: return lang.pick("被更完整的版本取代，未合并", "superseded by a longer copy, not merged")
        }
    }
}
