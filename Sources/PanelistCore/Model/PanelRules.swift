/// The rubric's rules for merging reviewers' sheets (the optional `panel:` block).
public struct PanelRules: Sendable, Equatable {
    /// The merge rule for every indicator without its own `panel_rule`.
    public var rule: MergeRule
    /// How panel values are rounded.
    public var rounding: RoundingRule
    /// When reviewers' entries count as divergent.
    public var divergence: DivergenceRule
    /// How reviewers' gate verdicts combine into the panel verdict.
    public var gateRule: GateRule
    /// Whether the rubric declared a `panel:` block (otherwise these are the defaults).
    public var declared: Bool

    /// Creates rules; the defaults are trimmed mean (plain mean below five reviewers),
    /// half-up to two places, divergence above 30% of the cap, and any fail fails.
    public init(rule: MergeRule = .trimmedMean, rounding: RoundingRule = RoundingRule(), divergence: DivergenceRule = DivergenceRule(),
                gateRule: GateRule = .anyFail, declared: Bool = false) {
        self.rule = rule
        self.rounding = rounding
        self.divergence = divergence
        self.gateRule = gateRule
        self.declared = declared
    }
}
