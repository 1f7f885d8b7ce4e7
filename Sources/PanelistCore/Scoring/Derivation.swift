import Foundation

/// How a node's points were reached: the steps, their sum, and the cap applied.
public struct Derivation: Sendable, Equatable {
    /// The steps that add up to the raw sum, in order.
    public var steps: [DerivationStep]
    /// The sum before the cap.
    public var raw: Decimal
    /// The cap applied, if any.
    public var cap: Decimal?
    /// The points after the cap.
    public var points: Decimal
    /// For a node that needs a number of children to score (001 §4.2: 不少于 5 项), how many did.
    public var scoredChildren: ScoredChildren?

    /// Creates a derivation.
    public init(steps: [DerivationStep], raw: Decimal, cap: Decimal?, points: Decimal, scoredChildren: ScoredChildren? = nil) {
        self.steps = steps
        self.raw = raw
        self.cap = cap
        self.points = points
        self.scoredChildren = scoredChildren
    }

    /// How many children scored above 0, and how many the node requires.
    public struct ScoredChildren: Sendable, Equatable {
        /// Children that scored above 0.
        public var scored: Int
        /// The least number required.
        public var required: Int
        /// Creates the figure.
        public init(scored: Int, required: Int) {
            self.scored = scored
            self.required = required
        }
    }

    /// One line a person can check: each part's working in order (the value exactly as compared,
    /// the band or tier it reached, the points), then the sum and the cap where they matter, e.g.
    /// `a = 1999.9 ÷ 4000 × 100 = 49.9975%（显示 50.00%）∈ [40, 50) → B，4 分` or
    /// `A1 2 个 × 5 分 = 10 分；B1 1 个 × 4 分 = 4 分；合计 10 + 4 = 14 分`.
    public func render(_ lang: Lang, symbols: DerivationSymbols = .standard) -> String {
        let writer = DerivationWriter(lang: lang, symbols: symbols)
        let text = steps.contains(where: { if case .child = $0 { return true } else { return false } }) ? writer.sum(self) : writer.leaf(self)
        // Chinese sets no space after a full-width closing bracket: 49.9975%（显示 50.00%）∈ [40, 50).
        return lang == .zh ? text.replacingOccurrences(of: "） ", with: "）") : text
    }
}
