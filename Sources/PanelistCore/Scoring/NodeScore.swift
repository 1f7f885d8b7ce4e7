import Foundation

/// A node's points with its cap applied, its progress, and how the points were reached.
public struct NodeScore: Sendable, Equatable {
    public var id: String
    public var points: Decimal
    public var cap: Decimal
    public var progress: Progress
    public var derivation: Derivation
    /// Requirements of the node that the entries do not meet (e.g. fewer than 5 scenarios scored).
    public var unmet: [String]

    public init(id: String, points: Decimal, cap: Decimal, progress: Progress, derivation: Derivation, unmet: [String] = []) {
        self.id = id
        self.points = points
        self.cap = cap
        self.progress = progress
        self.derivation = derivation
        self.unmet = unmet
    }
}
