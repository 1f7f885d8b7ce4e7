import Foundation

/// The panel's figures for one indicator of one application.
public struct IndicatorPanel: Sendable, Equatable {
    /// The indicator id.
    public var id: String
    /// The indicator's full marks for this applicant.
    public var cap: Decimal
    /// Whether the indicator applies to the applicant (else it scores 0 and is not merged).
    public var applicable: Bool
    /// The rule in force (the node's `panel_rule`, else the rubric's).
    public var rule: MergeRule
    /// Whether the trimmed mean dropped a highest and a lowest value.
    public var trimmed: Bool
    /// Every scoring reviewer's entry, by reviewer id.
    public var scores: [ReviewerScore]
    /// The lowest reviewer entry; `nil` when nobody scored it.
    public var min: Decimal?
    /// The highest reviewer entry; `nil` when nobody scored it.
    public var max: Decimal?
    /// max − min.
    public var spread: Decimal?
    /// The exact median.
    public var median: Decimal?
    /// The exact panel value before rounding.
    public var exact: Decimal?
    /// The panel value, rounded once by the rubric's rounding rule.
    public var value: Decimal?
    /// Whether the reviewers diverge (see `DivergenceRule`).
    public var divergent: Bool
    /// Why it is flagged, as figures (see `PanelFormat.divergence`).
    public var divergence: [Divergence]
    /// The chair's agreed value, shown beside `value`, if recorded.
    public var resolution: ChairResolution?

    /// Creates an indicator panel.
    public init(id: String, cap: Decimal, applicable: Bool, rule: MergeRule, trimmed: Bool, scores: [ReviewerScore], min: Decimal?, max: Decimal?,
                spread: Decimal?, median: Decimal?, exact: Decimal?, value: Decimal?, divergent: Bool, divergence: [Divergence],
                resolution: ChairResolution?) {
        self.id = id
        self.cap = cap
        self.applicable = applicable
        self.rule = rule
        self.trimmed = trimmed
        self.scores = scores
        self.min = min
        self.max = max
        self.spread = spread
        self.median = median
        self.exact = exact
        self.value = value
        self.divergent = divergent
        self.divergence = divergence
        self.resolution = resolution
    }

    /// The value that counts toward the totals: the chair's agreed value, else the computed one (0 when none).
    public var final: Decimal { resolution?.value ?? value ?? 0 }
}
