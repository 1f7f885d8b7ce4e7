/// An entry that does not fit the rubric; it is left out of the points, never clamped.
public struct ScoreProblem: Sendable, Equatable, CustomStringConvertible {
    /// The node or gate concerned.
    public var id: String
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }

    /// `id: message`.
    public var description: String { "\(id): \(message)" }
}
