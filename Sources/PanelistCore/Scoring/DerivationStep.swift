import Foundation

/// One step of how a number was reached, rendered for people by `Derivation.render`.
public enum DerivationStep: Sendable, Equatable {
    /// A chosen option and its points.
    case option(id: String, points: Decimal)
    /// A number placed in a band.
    case band(value: Decimal, unit: String, interval: String, id: String, points: Decimal)
    /// A derived ratio: numerator ÷ denominator × scale.
    case ratio(id: String, numerator: Decimal, denominator: Decimal, scale: Decimal, value: Decimal)
    /// A counted line: count × unit points.
    case count(id: String, count: Int, unit: Decimal, subtotal: Decimal)
    /// A ticked item and its points.
    case item(id: String, points: Decimal)
    /// The highest of the ticked items (按最高分取值).
    case highest(ids: [String], id: String, points: Decimal)
    /// The highest level ticked of cumulative levels; lower levels implied.
    case level(id: String, implied: [String], points: Decimal)
    /// Points entered by the expert.
    case manual(points: Decimal)
    /// Coverage counted and the tier reached.
    case coverage(segments: Int, scenarios: Int, keySegments: Int?, areas: Int?, tier: String, points: Decimal)
    /// A child node's points, for sums.
    case child(id: String, points: Decimal)
    /// A part that has not been answered yet.
    case unanswered(part: String)
    /// Nothing applies (the condition excludes this applicant).
    case notApplicable
    /// Nothing ticked or counted.
    case none
}
