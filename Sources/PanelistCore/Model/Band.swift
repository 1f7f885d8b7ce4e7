import Foundation

/// A numeric band: lower and upper edges, each inclusive or exclusive, and the points it gives.
///
/// 004: "B．大于等于1500万元且小于3000万元（10分）" is `at_least: 1500, below: 3000, points: 10`.
public struct Band: Sendable, Equatable {
    /// Stable id of the band, e.g. `B`.
    public var id: String
    /// The seed's label for the band, as the rubric prints it.
    public var label: LocalizedText?
    /// The lower edge; `nil` when the band has no lower bound.
    public var lower: Edge?
    /// The upper edge; `nil` when the band has no upper bound.
    public var upper: Edge?
    /// Points a value in the band scores, possibly per variant.
    public var points: Varying<Decimal>
    /// Where the band is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a band.
    public init(id: String, label: LocalizedText? = nil, lower: Edge? = nil, upper: Edge? = nil, points: Varying<Decimal>, location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.lower = lower
        self.upper = upper
        self.points = points
        self.location = location
    }

    /// One edge of a band.
    public struct Edge: Sendable, Equatable {
        /// The edge's value.
        public var value: Decimal
        /// Whether a value equal to the edge lies in the band.
        public var inclusive: Bool
        /// Creates an edge.
        public init(_ value: Decimal, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    /// Whether `x` lies in the band.
    public func contains(_ x: Decimal) -> Bool {
        if let lower {
            if lower.inclusive ? x < lower.value : x <= lower.value { return false }
        }
        if let upper {
            if upper.inclusive ? x > upper.value : x >= upper.value { return false }
        }
        return true
    }

    /// The band in interval notation, e.g. `[1500, 3000)`.
    public var interval: String {
        let lo = lower.map { ($0.inclusive ? "[" : "(") + $0.value.plain } ?? "(-∞"
        let hi = upper.map { $0.value.plain + ($0.inclusive ? "]" : ")") } ?? "+∞)"
        return "\(lo), \(hi)"
    }
}
