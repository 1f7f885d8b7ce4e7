import Foundation

/// A line of a count part: the reviewer enters how many, each worth `points`.
public struct CountLine: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    /// Points per unit counted (5分/个).
    public var points: Varying<Decimal>
    /// The greatest count accepted (1 for a flat award such as "计4分").
    public var maxCount: Int?
    /// What is counted, as the seed says it (个, 项, 篇, 家, 场).
    public var unit: String
    public var when: Condition?
    public var location: SourceLocation?

    public init(id: String, text: LocalizedText, points: Varying<Decimal>, maxCount: Int? = nil, unit: String = "个", when: Condition? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.points = points
        self.maxCount = maxCount
        self.unit = unit
        self.when = when
        self.location = location
    }
}
