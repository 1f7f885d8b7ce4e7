/// How a panel value is worked out from the reviewers' points for one indicator.
public enum MergeRule: String, Sendable, CaseIterable {
    /// The arithmetic mean of all scoring reviewers.
    case mean
    /// The median (the mean of the two middle values for an even count).
    case median
    /// 去掉一个最高分和一个最低分: the mean after dropping one highest and one lowest value
    /// when at least five reviewers score; with fewer, the plain mean.
    case trimmedMean = "trimmed_mean"

    /// The fewest reviewers for which `trimmedMean` drops the extremes.
    public static let trimMinimum = 5
}
