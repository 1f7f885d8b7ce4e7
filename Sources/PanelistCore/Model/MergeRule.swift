/// How a panel value is worked out from the reviewers' points for one indicator.
public enum MergeRule: String, Sendable, CaseIterable {
    /// The arithmetic mean of all scoring reviewers.
    case mean
    /// The median (the mean of the two middle values for an even count).
    case median
    /// 去掉一个最高分和一个最低分: the mean after dropping one highest and one lowest value
    /// when at least five reviewers score; with fewer, the plain mean.
    case trimmedMean = "trimmed_mean"
    /// 去掉一个最高总分和一个最低总分: per application, drop the reviewer with the highest and the
    /// one with the lowest own total (when at least five score), then the mean of the remaining
    /// reviewers per indicator, so the panel's indicator values add up to its total. A whole-rubric
    /// rule (`panel: rule:`), never a node's `panel_rule`.
    case dropExtremeTotals = "drop_extreme_totals"

    /// The fewest reviewers for which `trimmedMean` drops the extremes.
    public static let trimMinimum = 5
}
