/// An entry that does not fit the rubric; it is left out of the points, never clamped.
public struct ScoreProblem: Sendable, Equatable, CustomStringConvertible {
    /// The node or gate concerned.
    public var id: String
    public var message: String

    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }

    public var description: String { "\(id): \(message)" }
}
