import Foundation

/// The panel's merged result for one application.
public struct ApplicationPanel: Sendable, Equatable {
    /// The application id.
    public var id: String
    /// Hex SHA-256 of the application file the reviewers scored.
    public var applicationSHA256: String
    /// The applicant profile used for conditions and caps.
    public var profile: ApplicantProfile
    /// Reviewers who scored, sorted by id.
    public var reviewers: [PanelReviewer]
    /// Reviewers excluded by recusal (回避), with their reasons.
    public var recused: [RecusedReviewer]
    /// The panel verdict on each gate, in rubric order.
    public var gates: [GatePanel]
    /// Indicators in rubric order.
    public var indicators: [IndicatorPanel]
    /// Every node's subtotal in rubric order (categories and intermediate nodes).
    public var subtotals: [CategoryPanel]
    /// Sum of base categories, capped by the rubric's base total.
    public var base: Decimal
    /// Sum of bonus categories, capped by the rubric's bonus total.
    public var bonus: Decimal
    /// base + bonus from the values that count (chair's agreed values where recorded).
    public var total: Decimal
    /// base + bonus from computed values alone.
    public var computedTotal: Decimal
    /// The total needed to be recognised, if the rubric sets one.
    public var threshold: Decimal?
    /// Recognised, below threshold, ineligible or pending.
    public var outcome: PanelOutcome
    /// Rank in the batch (1 = highest total; ties share a rank); `nil` when ineligible or unscored.
    public var rank: Int?
    /// Reviewers' overall opinions (comment target `""`), by reviewer id.
    public var opinions: [ReviewerComment]
    /// Things the chair should know (profile disagreements, resolutions that do not apply…).
    public var notes: [PanelNote]
    /// The applicant and title, when the application file was given.
    public var info: ApplicationInfo?
    /// The merge rule for the application's indicators without their own `panel_rule`.
    public var rule: MergeRule
    /// Reviewers left out by 去掉一个最高总分和一个最低总分 (empty under other rules or with fewer than five).
    public var dropped: [DroppedReviewer]
    /// Names of expected reviewers (panel file) whose journal for this application is not merged.
    public var missing: [String]

    /// Creates an application panel.
    public init(id: String, applicationSHA256: String, profile: ApplicantProfile, reviewers: [PanelReviewer], recused: [RecusedReviewer],
                gates: [GatePanel], indicators: [IndicatorPanel], subtotals: [CategoryPanel], base: Decimal, bonus: Decimal, total: Decimal,
                computedTotal: Decimal, threshold: Decimal?, outcome: PanelOutcome, rank: Int?, opinions: [ReviewerComment], notes: [PanelNote],
                info: ApplicationInfo? = nil, rule: MergeRule = .trimmedMean, dropped: [DroppedReviewer] = [], missing: [String] = []) {
        self.info = info
        self.rule = rule
        self.dropped = dropped
        self.missing = missing
        self.id = id
        self.applicationSHA256 = applicationSHA256
        self.profile = profile
        self.reviewers = reviewers
        self.recused = recused
        self.gates = gates
        self.indicators = indicators
        self.subtotals = subtotals
        self.base = base
        self.bonus = bonus
        self.total = total
        self.computedTotal = computedTotal
        self.threshold = threshold
        self.outcome = outcome
        self.rank = rank
        self.opinions = opinions
        self.notes = notes
    }

    /// The indicator with an id.
    public func indicator(_ id: String) -> IndicatorPanel? { indicators.first { $0.id == id } }
}
