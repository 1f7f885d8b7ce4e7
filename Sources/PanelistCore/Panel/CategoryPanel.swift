import Foundation

/// A node's panel subtotal: the sum of its children's panel values, capped.
public struct CategoryPanel: Sendable, Equatable {
    /// The node id.
    public var id: String
    /// Whether the node counts toward base, bonus or nothing.
    public var kind: RubricNode.Kind
    /// The node's full marks for this applicant.
    public var cap: Decimal
    /// Subtotal from the values that count (chair's agreed values where recorded).
    public var points: Decimal
    /// Subtotal from the computed values alone.
    public var computed: Decimal

    /// Creates a subtotal.
    public init(id: String, kind: RubricNode.Kind, cap: Decimal, points: Decimal, computed: Decimal) {
        self.id = id
        self.kind = kind
        self.cap = cap
        self.points = points
        self.computed = computed
    }
}
