import Foundation

/// A node's points with its cap applied, its progress, and how the points were reached.
public struct NodeScore: Sendable, Equatable {
    /// The node id.
    public var id: String
    /// The node's points, capped.
    public var points: Decimal
    /// The node's full marks for this applicant.
    public var cap: Decimal
    /// How far the reviewer's entries for the node have got.
    public var progress: Progress
    /// How the points were reached.
    public var derivation: Derivation
    /// Requirements of the node that the entries do not meet (e.g. fewer than 5 scenarios scored).
    public var unmet: [String]

    /// Creates a node score.
    public init(id: String, points: Decimal, cap: Decimal, progress: Progress, derivation: Derivation, unmet: [String] = []) {
        self.id = id
        self.points = points
        self.cap = cap
        self.progress = progress
        self.derivation = derivation
        self.unmet = unmet
    }
}
