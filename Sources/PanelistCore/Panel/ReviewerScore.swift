import Foundation

/// One reviewer's entry for one indicator: points, ticks, option and comment.
public struct ReviewerScore: Sendable, Equatable {
    /// The reviewer's id (see `PanelReviewer`).
    public var reviewer: String
    /// The reviewer's points for the indicator (capped, exact).
    public var points: Decimal
    /// Ticked items per part, e.g. `found: 1, 1A`.
    public var ticks: String
    /// Chosen options per part, e.g. `1: A`.
    public var option: String
    /// The reviewer's comment on the indicator; empty when none.
    public var comment: String
    /// Whether the reviewer answered every scoring part.
    public var answered: Bool
    /// Verified figures the reviewer gave a reason for (worded when a report is drawn).
    public var figures: [FigureOverride]

    /// Creates an entry.
    public init(reviewer: String, points: Decimal, ticks: String, option: String, comment: String, answered: Bool, figures: [FigureOverride] = []) {
        self.reviewer = reviewer
        self.points = points
        self.ticks = ticks
        self.option = option
        self.comment = comment
        self.answered = answered
        self.figures = figures
    }
}
