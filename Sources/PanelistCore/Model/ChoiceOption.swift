import Foundation

/// One option of a graded choice, e.g. 004 自评估等级 "A．三级及以上（10分）".
public struct ChoiceOption: Sendable, Equatable {
    /// Stable id of the option within its part, e.g. `A`.
    public var id: String
    /// The option's text, verbatim from the seed.
    public var text: LocalizedText
    /// Points the option gives, possibly per variant.
    public var points: Varying<Decimal>
    /// The option is open only to applicants meeting this condition.
    public var when: Condition?
    /// Sub-clauses shown under the option, e.g. the per-industry clauses (1)–(4).
    public var clauses: [Clause]
    /// Where the option is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates an option.
    public init(
        id: String, text: LocalizedText, points: Varying<Decimal>, when: Condition? = nil,
        clauses: [Clause] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.text = text
        self.points = points
        self.when = when
        self.clauses = clauses
        self.location = location
    }

    /// A sub-clause of an option; `when` says which applicants it speaks to.
    public struct Clause: Sendable, Equatable {
        /// The clause's text, verbatim from the seed.
        public var text: LocalizedText
        /// The applicants the clause speaks to; `nil` for all.
        public var when: Condition?
        /// Creates a clause.
        public init(text: LocalizedText, when: Condition? = nil) {
            self.text = text
            self.when = when
        }
    }
}
