import Foundation

/// One step of how a number was reached, rendered for people by `Derivation.render`.
public enum DerivationStep: Sendable, Equatable {
    /// A chosen option and its points.
    case option(id: String, points: Decimal)
    /// "None of these" chosen where the part allows it (0 points).
    case noneApplies
    /// A number placed in a band: the number's id, its exact value and unit, the band's edges, id and points.
    case band(input: String, value: Decimal, unit: String, lower: Band.Edge?, upper: Band.Edge?, id: String, points: Decimal)
    /// A derived ratio: numerator ÷ denominator × scale, the value exactly as compared.
    case ratio(id: String, numerator: Decimal, denominator: Decimal, scale: Decimal, value: Decimal)
    /// A ratio whose parts are both 0 where the rubric lets that mean "no such figure" (0 points).
    case zeroTotal(id: String, denominator: String, text: LocalizedText)
    /// A counted line: count × points per unit; `per` is what is counted (个, 项, 篇 …).
    case count(id: String, count: Int, per: String, unit: Decimal, subtotal: Decimal)
    /// Items ticked in a part whose items add up, with each item's points.
    case ticked(ids: [String], points: [Decimal], total: Decimal)
    /// The highest of the ticked items (按最高分取值).
    case highest(ids: [String], id: String, points: Decimal)
    /// The highest level ticked of cumulative levels; lower levels implied.
    case level(id: String, implied: [String], points: Decimal)
    /// Points entered by the expert.
    case manual(points: Decimal)
    /// Coverage counted, the tiers that fell short, and the tier reached.
    case coverage(CoverageWorking)
    /// A child node's points, for sums.
    case child(id: String, points: Decimal)
    /// A part that has not been answered yet.
    case unanswered(part: String)
    /// Nothing applies (the condition excludes this applicant).
    case notApplicable
    /// The part was answered with nothing ticked or counted.
    case nothing(Nothing)

    /// What a part answered with nothing was.
    public enum Nothing: Sendable, Equatable {
        /// A checklist with no item ticked.
        case ticked
        /// Count lines all 0.
        case counted
    }

    /// The points the step contributes to a sum, or `nil` for steps that carry none of their own
    /// (a ratio feeds its band; an unanswered part adds nothing).
    public var points: Decimal? {
        switch self {
        case .option(_, let p), .band(_, _, _, _, _, _, let p), .highest(_, _, let p), .level(_, _, let p),
             .manual(let p), .child(_, let p):
            return p
        case .count(_, _, _, _, let p), .ticked(_, _, let p):
            return p
        case .coverage(let w):
            return w.points
        case .noneApplies, .zeroTotal, .nothing:
            return 0
        case .ratio, .unanswered, .notApplicable:
            return nil
        }
    }
}
