/// Agreement figures for a batch: per-reviewer deviation and inter-rater reliability (chair only).
public struct AgreementFigures: Sendable, Equatable {
    /// Per reviewer, sorted by reviewer id.
    public var deviations: [ReviewerDeviation]
    /// Krippendorff's α (interval) over application totals: units = applications, values = each reviewer's own total.
    public var totals: KrippendorffAlpha.Result
    /// Krippendorff's α (interval) over indicator points ÷ cap: units = (application, indicator).
    public var indicators: KrippendorffAlpha.Result

    /// The fewest units with two or more reviewers for α to be reported.
    public static let minimumUnits = 3

    /// Creates figures.
    public init(deviations: [ReviewerDeviation], totals: KrippendorffAlpha.Result, indicators: KrippendorffAlpha.Result) {
        self.deviations = deviations
        self.totals = totals
        self.indicators = indicators
    }

    /// Whether α over totals rests on enough data to be shown.
    public var totalsReportable: Bool { totals.units >= Self.minimumUnits && totals.alpha != nil }
    /// Whether α over indicators rests on enough data to be shown.
    public var indicatorsReportable: Bool { indicators.units >= Self.minimumUnits && indicators.alpha != nil }
}
