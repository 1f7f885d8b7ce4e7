/// The panel's verdict on an application.
public enum PanelOutcome: String, Sendable, CaseIterable {
    /// All gates pass and the total reaches the threshold.
    case recognised
    /// All gates pass, the total is below the threshold.
    case belowThreshold = "below_threshold"
    /// A gate failed by the gate rule: ineligible whatever the points.
    case ineligible
    /// A gate is still pending.
    case pending
    /// The rubric has no threshold; gates pass.
    case scored
    /// No reviewer scored the application.
    case noReviewers = "no_reviewers"

    /// A short label.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .recognised: return lang.pick("达到认定分数线", "recognised")
        case .belowThreshold: return lang.pick("未达到分数线", "below threshold")
        case .ineligible: return lang.pick("基本要求不满足，不予认定", "ineligible (gate failed)")
        case .pending: return lang.pick("基本要求待核验", "gate pending")
        case .scored: return lang.pick("已评分（无分数线）", "scored (no threshold)")
        case .noReviewers: return lang.pick("无专家评分", "no reviewer scored")
        }
    }
}
