import Foundation

/// When reviewers diverge enough on an indicator that the chair should discuss it.
///
/// Both figures are fractions of the indicator's cap; an indicator is flagged when either
/// declared test holds.
public struct DivergenceRule: Sendable, Equatable {
    /// Flag when max − min > spreadFraction × cap.
    public var spreadFraction: Decimal?
    /// Flag when some reviewer is more than medianDistance × cap away from the median.
    public var medianDistance: Decimal?

    /// Creates a rule (default: spread above 30% of the cap).
    public init(spreadFraction: Decimal? = Decimal(string: "0.3"), medianDistance: Decimal? = nil) {
        self.spreadFraction = spreadFraction
        self.medianDistance = medianDistance
    }
}
