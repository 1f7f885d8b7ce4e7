import Foundation

/// Exact panel statistics over reviewers' points (Decimal, no rounding).
public enum PanelStatistics {
    /// The arithmetic mean, or `nil` for no values.
    public static func mean(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return values.reduce(Decimal(0), +) / Decimal(values.count)
    }

    /// The median (mean of the two middle values for an even count), or `nil`.
    public static func median(_ values: [Decimal]) -> Decimal? { median(sorted: values.sorted()) }

    /// The median of values already in ascending order.
    public static func median(sorted s: [Decimal]) -> Decimal? {
        guard !s.isEmpty else { return nil }
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
    }

    /// The panel value by a rule, and whether extremes were dropped.
    public static func value(_ values: [Decimal], rule: MergeRule) -> (value: Decimal?, trimmed: Bool) {
        rule == .trimmedMean ? value(sorted: values.sorted(), rule: rule) : value(sorted: values, rule: rule)
    }

    /// The panel value by a rule of values already in ascending order (the mean does not depend on
    /// the order: sums of points are exact), and whether extremes were dropped.
    public static func value(sorted s: [Decimal], rule: MergeRule) -> (value: Decimal?, trimmed: Bool) {
        switch rule {
        case .mean, .dropExtremeTotals: return (mean(s), false)  // drop_extreme_totals: the caller passes the kept reviewers
        case .median: return (median(sorted: s), false)
        case .trimmedMean:
            guard s.count >= MergeRule.trimMinimum else { return (mean(s), false) }
            return (mean(Array(s[1..<(s.count - 1)])), true)
        }
    }
}
