import Foundation

/// One reviewer's entry for one indicator: points, ticks, option, comment and evidence marks.
public struct ReviewerScore: Sendable, Equatable {
    /// The reviewer's id (see `PanelReviewer`).
    public var reviewer: String
    /// The reviewer's display name, told apart from a namesake (see `PanelReport.reviewerLabel`).
    public var name: String
    /// The reviewer's points for the indicator (capped, exact).
    public var points: Decimal
    /// Ticked item ids per part, e.g. `1, 1A` (ids only; renderers show the items' texts).
    public var ticks: String
    /// Chosen option ids per part, e.g. `B` (ids only; renderers show the options' texts).
    public var option: String
    /// Part id → chosen option id.
    public var choices: [String: String]
    /// Part id → ticked item ids, sorted.
    public var ticked: [String: [String]]
    /// The reviewer's comment on the indicator; empty when none.
    public var comment: String
    /// Whether the reviewer answered every scoring part.
    public var answered: Bool
    /// The reviewer's marks on the indicator's evidence documents, in rubric order.
    public var evidence: [ReviewerEvidence]
    /// Whether 去掉一个最高总分和一个最低总分 left this reviewer out of the panel value.
    public var dropped: Bool
    /// Verified figures the reviewer gave a reason for (worded when a report is drawn).
    public var figures: [FigureOverride]

    /// Creates an entry.
    public init(reviewer: String, name: String = "", points: Decimal, ticks: String, option: String, choices: [String: String] = [:],
                ticked: [String: [String]] = [:], comment: String, answered: Bool, evidence: [ReviewerEvidence] = [], dropped: Bool = false, figures: [FigureOverride] = []) {
        self.reviewer = reviewer
        self.name = name.isEmpty ? reviewer : name
        self.points = points
        self.ticks = ticks
        self.option = option
        self.choices = choices
        self.ticked = ticked
        self.comment = comment
        self.answered = answered
        self.evidence = evidence
        self.dropped = dropped
        self.figures = figures
    }
}
