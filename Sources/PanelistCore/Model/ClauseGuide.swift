/// What a reviewer reads under an option or a coverage tier before deciding: its sub-clauses
/// (004's per-industry clauses (1)–(4)), the one for the applicant first, each with the key
/// segments (重点环节) of its industry where the tier counts them.
///
/// The screen, the sheet and `rubric show` all list clauses through this, so they agree.
public enum ClauseGuide {
    /// One clause as shown: its text and whom it speaks to.
    public struct Line: Sendable, Equatable {
        /// The clause text for the variant and language.
        public var text: String
        /// `true`: it speaks to this applicant; `false`: to others; `nil`: no condition, or the
        /// applicant's attribute is not known.
        public var forApplicant: Bool?
        /// The title of the attribute value the clause is for (e.g. 装备制造业), if it names one.
        public var valueTitle: String?
        /// The key segments of the clause's attribute value, when the tier counts key segments.
        public var keySegments: [KeySegment]

        /// Creates a line.
        public init(text: String, forApplicant: Bool?, valueTitle: String? = nil, keySegments: [KeySegment] = []) {
            self.text = text
            self.forApplicant = forApplicant
            self.valueTitle = valueTitle
            self.keySegments = keySegments
        }
    }

    /// A key segment of the scenario table, and whether the reviewer's confirmed scenarios cover it.
    public struct KeySegment: Sendable, Equatable {
        /// The segment id, e.g. `5`.
        public var id: String
        /// The segment's title, e.g. 生产作业.
        public var title: String
        /// Covered by confirmed scenarios; `nil` when coverage was not given.
        public var covered: Bool?

        /// Creates a key segment.
        public init(id: String, title: String, covered: Bool? = nil) {
            self.id = id
            self.title = title
            self.covered = covered
        }
    }

    /// The clauses of an option, the applicant's first (then the others in the seed's order).
    public static func lines(for option: ChoiceOption, rubric: Rubric, profile: ApplicantProfile?, lang: Lang) -> [Line] {
        lines(option.clauses, keySegments: nil, rubric: rubric, profile: profile, covered: nil, lang: lang)
    }

    /// The clauses of a coverage tier with their key segments, the applicant's first;
    /// `covered` (segment ids) marks which key segments the confirmed scenarios reach.
    public static func lines(for tier: CoverageTier, rubric: Rubric, profile: ApplicantProfile?, covered: Set<String>? = nil, lang: Lang) -> [Line] {
        lines(tier.clauses, keySegments: tier.requirement.keySegments, rubric: rubric, profile: profile, covered: covered, lang: lang)
    }

    /// The key segments of the applicant's attribute value for a tier (e.g. an equipment maker's six), if it counts them.
    public static func applicantKeySegments(_ tier: CoverageTier, rubric: Rubric, profile: ApplicantProfile, covered: Set<String>? = nil) -> [KeySegment]? {
        guard let key = tier.requirement.keySegments, let value = profile.value(of: key.attribute),
              let ids = key.segments(for: value) else { return nil }
        return segments(ids, rubric: rubric, covered: covered)
    }

    static func lines(_ clauses: [ChoiceOption.Clause], keySegments: CoverageRequirement.KeySegments?, rubric: Rubric,
                      profile: ApplicantProfile?, covered: Set<String>?, lang: Lang) -> [Line] {
        let variant = profile?.variant ?? rubric.variants.first?.id
        let all = clauses.map { clause -> Line in
            let forApplicant = profile.flatMap { clause.when?.evaluate($0) }
            var valueTitle: String?
            var keys: [KeySegment] = []
            if let first = clause.when?.clauses.first(where: { $0.attribute != "variant" }), first.values.count == 1 {
                valueTitle = rubric.attribute(first.attribute)?.values.first { $0.id == first.values[0] }?.title.text(lang)
                if let key = keySegments, key.attribute == first.attribute, let ids = key.segments(for: first.values[0]) {
                    keys = segments(ids, rubric: rubric, covered: covered)
                }
            }
            return Line(text: clause.text.text(lang, variant: variant), forApplicant: forApplicant, valueTitle: valueTitle, keySegments: keys)
        }
        return all.filter { $0.forApplicant == true } + all.filter { $0.forApplicant != true }
    }

    static func segments(_ ids: [String], rubric: Rubric, covered: Set<String>?) -> [KeySegment] {
        ids.map { id in
            KeySegment(id: id, title: rubric.scenarioTable?.segments.first { $0.id == id }?.title.text(.zh) ?? id,
                       covered: covered.map { $0.contains(id) })
        }
    }

    /// `5 生产作业、7 质量管控…`, with a covered mark when coverage is known.
    public static func segmentList(_ segments: [KeySegment], lang: Lang, coveredMark: String = "✓") -> String {
        segments.map { "\($0.id) \($0.title)" + ($0.covered == true ? coveredMark : "") }.joined(separator: lang.pick("、", ", "))
    }
}
