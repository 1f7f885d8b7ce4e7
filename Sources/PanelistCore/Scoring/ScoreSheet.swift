import Foundation

/// One reviewer's scored sheet: every node, gates, subtotals, total and outcome.
public struct ScoreSheet: Sendable, Equatable {
    /// Node id → score, for every node of the tree.
    public var nodes: [String: NodeScore]
    public var gates: [GateResult]
    /// Sum of base categories, capped at the rubric's base cap.
    public var base: Decimal
    public var baseDerivation: Derivation
    /// Sum of bonus categories, capped at the rubric's bonus cap.
    public var bonus: Decimal
    public var bonusDerivation: Derivation
    public var total: Decimal
    public var threshold: Decimal?
    public var outcome: Outcome
    /// Indicators (leaves) that are applicable and not yet done.
    public var openIndicators: [String]
    public var problems: [ScoreProblem]

    /// The score of a node (zero when the id is unknown).
    public subscript(_ id: String) -> Decimal { nodes[id]?.points ?? 0 }
}
