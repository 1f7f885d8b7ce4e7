import Foundation

/// A line of a count part: the reviewer enters how many, each worth `points`.
public struct CountLine: Sendable, Equatable {
    /// Stable id of the line within its part.
    public var id: String
    /// The line's text, verbatim from the seed.
    public var text: LocalizedText
    /// Points per unit counted (5分/个).
    public var points: Varying<Decimal>
    /// The greatest count accepted (1 for a flat award such as "计4分").
    public var maxCount: Int?
    /// What is counted, as the seed says it (个, 项, 篇, 家, 场).
    public var unit: String
    /// The line applies only to applicants meeting this condition.
    public var when: Condition?
    /// Where the line is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a count line (counting 个 unless told).
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
