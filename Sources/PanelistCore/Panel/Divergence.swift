import Foundation

/// Why an indicator is flagged for the chair's discussion, as figures (rendered in the output's language).
public enum Divergence: Sendable, Equatable {
    /// max − min is above `fraction` × cap (`limit`).
    case spread(spread: Decimal, limit: Decimal, fraction: Decimal, cap: Decimal)
    /// These reviewers (ids) are more than `fraction` × cap (`limit`) from the median.
    case farFromMedian(reviewers: [String], limit: Decimal, fraction: Decimal, median: Decimal)
}
