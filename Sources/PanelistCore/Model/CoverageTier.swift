import Foundation

/// A tier of a coverage part: the first tier whose requirement holds gives its points.
public struct CoverageTier: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    public var points: Varying<Decimal>
    public var when: Condition?
    public var requirement: CoverageRequirement
    public var clauses: [ChoiceOption.Clause]
    public var location: SourceLocation?

    public init(
        id: String, text: LocalizedText, points: Varying<Decimal>, when: Condition? = nil,
        requirement: CoverageRequirement, clauses: [ChoiceOption.Clause] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.text = text
        self.points = points
        self.when = when
        self.requirement = requirement
        self.clauses = clauses
        self.location = location
    }
}
