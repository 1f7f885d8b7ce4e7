import Foundation

/// A line of a count part: the reviewer enters how many, each worth `points`.
public struct CountLine: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    /// Points per unit counted (5分/个).
    public var points: Varying<Decimal>
    /// The greatest count accepted (1 for a flat award such as "计4分").
    public var maxCount: Int?
    public var when: Condition?
    public var location: SourceLocation?

    public init(id: String, text: LocalizedText, points: Varying<Decimal>, maxCount: Int? = nil, when: Condition? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.points = points
        self.maxCount = maxCount
        self.when = when
        self.location = location
    }
}
