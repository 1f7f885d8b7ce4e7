import Foundation

/// A one-sided bound on a number: ≥, >, ≤ or < a value.
public struct Bound: Sendable, Equatable {
    /// The comparison: ≥, >, ≤ or <.
    public var op: Op
    /// The value compared against, possibly per variant.
    public var value: Varying<Decimal>

    /// Creates a bound.
    public init(_ op: Op, _ value: Varying<Decimal>) {
        self.op = op
        self.value = value
    }

    /// The comparison, named as rubric files write it.
    public enum Op: String, Sendable, CaseIterable {
        case atLeast = "at_least"
        case above = "above"
        case atMost = "at_most"
        case below = "below"

        /// The mathematical symbol.
        public var symbol: String {
            switch self {
            case .atLeast: return "≥"
            case .above: return ">"
            case .atMost: return "≤"
            case .below: return "<"
            }
        }
    }

    /// Whether `x` satisfies the bound for a variant; `nil` when the variant has no value.
    public func holds(_ x: Decimal, variant: String?) -> Bool? {
        guard let v = value.resolve(variant) else { return nil }
        switch op {
        case .atLeast: return x >= v
        case .above: return x > v
        case .atMost: return x <= v
        case .below: return x < v
        }
    }
}
