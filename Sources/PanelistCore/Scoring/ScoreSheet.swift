import Foundation

/// One reviewer's scored sheet: every node, gates, subtotals, total and outcome.
public struct ScoreSheet: Sendable, Equatable {
    /// Node id → score, for every node of the tree.
    public var nodes: [String: NodeScore]
    /// Every gate's verdict and suggestion, in rubric order.
    public var gates: [GateResult]
    /// Sum of base categories, capped at the rubric's base cap.
    public var base: Decimal
    /// How the base score was reached.
    public var baseDerivation: Derivation
    /// Sum of bonus categories, capped at the rubric's bonus cap.
    public var bonus: Decimal
    /// How the bonus score was reached.
    public var bonusDerivation: Derivation
    /// base + bonus.
    public var total: Decimal
    /// The total needed to be recognised, if the rubric sets one.
    public var threshold: Decimal?
    /// Where the application stands: recognised, ineligible, provisional …
    public var outcome: Outcome
    /// Indicators (leaves) that are applicable and not yet done.
    public var openIndicators: [String]
    /// Problems met while scoring, e.g. an unknown option or an unset applicant attribute.
    public var problems: [ScoreProblem]

    /// The score of a node (zero when the id is unknown).
    public subscript(_ id: String) -> Decimal { nodes[id]?.points ?? 0 }
}
