import Foundation

/// A tier of a coverage part: the first tier whose requirement holds gives its points.
public struct CoverageTier: Sendable, Equatable {
    /// Stable id of the tier within its part.
    public var id: String
    /// The tier's text, verbatim from the seed.
    public var text: LocalizedText
    /// Points the tier gives, possibly per variant.
    public var points: Varying<Decimal>
    /// The tier applies only to applicants meeting this condition.
    public var when: Condition?
    /// The coverage the application must reach for this tier.
    public var requirement: CoverageRequirement
    /// Sub-clauses shown under the tier.
    public var clauses: [ChoiceOption.Clause]
    /// Where the tier is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a tier.
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
