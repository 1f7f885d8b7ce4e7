/// A condition on applicant attributes: every named attribute must hold one of the listed values.
///
/// Written in a rubric as `when: {industry: [raw_materials, equipment]}`; the attribute
/// `variant` refers to the rubric's variants (e.g. 标杆车间 / 标杆中小企业).
public struct Condition: Sendable, Equatable {
    /// Attribute id → allowed value ids, in the order written.
    public var clauses: [(attribute: String, values: [String])]
    /// Where the condition is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a condition from its attribute clauses.
    public init(clauses: [(attribute: String, values: [String])], location: SourceLocation? = nil) {
        self.clauses = clauses
        self.location = location
    }

    /// Conditions are equal when their clauses match in order; the location is ignored.
    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.clauses.count == rhs.clauses.count
            && zip(lhs.clauses, rhs.clauses).allSatisfy { $0.attribute == $1.attribute && $0.values == $1.values }
    }

    /// Evaluates against a profile: `true`, `false`, or `nil` when an attribute it needs is unknown.
    public func evaluate(_ profile: ApplicantProfile) -> Bool? {
        var unknown = false
        for clause in clauses {
            guard let value = profile.value(of: clause.attribute) else {
                unknown = true
                continue
            }
            if !clause.values.contains(value) { return false }
        }
        return unknown ? nil : true
    }
}
