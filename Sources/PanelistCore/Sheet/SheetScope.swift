/// What a score sheet covers for an applicant: applicable gates, indicators and parts, in rubric order.
public struct SheetScope: Sendable {
    /// The rubric whose gates and indicators the sheet covers.
    public let rubric: Rubric
    /// The applicant's variant and attributes, which decide what applies.
    public let profile: ApplicantProfile

    /// Creates the scope of a rubric for an applicant.
    public init(rubric: Rubric, profile: ApplicantProfile) {
        self.rubric = rubric
        self.profile = profile
    }

    /// Whether a condition admits the applicant (an unknown attribute admits).
    public func admits(_ condition: Condition?) -> Bool {
        guard let condition else { return true }
        return condition.evaluate(profile) != false
    }

    /// Applicable gates, in rubric order.
    public var gates: [Gate] { rubric.gates.filter { admits($0.when) } }

    /// Applicable scored leaves (indicators), in rubric order; a node excluded by a condition excludes its subtree.
    public var indicators: [RubricNode] {
        var out: [RubricNode] = []
        func walk(_ node: RubricNode) {
            guard admits(node.when) else { return }
            if node.children.isEmpty {
                if node.depth > 0 { out.append(node) }
            } else {
                node.children.forEach(walk)
            }
        }
        rubric.categories.forEach(walk)
        return out
    }

    /// Applicable parts of an indicator.
    public func parts(of node: RubricNode) -> [ScoringPart] { node.parts.filter { admits($0.when) } }

    /// Whether the sheet carries scenario coverage (the rubric has a scenario table).
    public var hasScenarios: Bool { rubric.scenarioTable != nil }
}
