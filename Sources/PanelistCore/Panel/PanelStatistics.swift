import Foundation

/// Exact panel statistics over reviewers' points (Decimal, no rounding).
public enum PanelStatistics {
    /// The arithmetic mean, or `nil` for no values.
    public static func mean(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return values.reduce(Decimal(0), +) / Decimal(values.count)
    }

    /// The median (mean of the two middle values for an even count), or `nil`.
    public static func median(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
    }

    /// The panel value by a rule, and whether extremes were dropped.
    public static func value(_ values: [Decimal], rule: MergeRule) -> (value: Decimal?, trimmed: Bool) {
        switch rule {
        case .mean, .dropExtremeTotals: return (mean(values), false)  // drop_extreme_totals: the caller passes the kept reviewers
        case .median: return (median(values), false)
        case .trimmedMean:
            guard values.count >= MergeRule.trimMinimum else { return (mean(values), false) }
            let s = values.sorted()
            return (mean(Array(s[1..<(s.count - 1)])), true)
        }
    }
}
