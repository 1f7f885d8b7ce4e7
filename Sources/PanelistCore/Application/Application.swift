/// An application (申报书) as a programme secretary transcribes it from the Word form.
///
/// The format (`panelist-application/1`) is documented in `docs/APPLICATIONS.md`.
public struct Application: Sendable, Equatable {
    /// Stable id of the application, e.g. `zz-2024-w-001`.
    public var id: String
    /// The rubric id it applies under, e.g. `zhuzhou-benchmark`.
    public var rubric: Located<String>
    /// The rubric variant applied for (申报类型), e.g. `workshop`.
    public var variant: Located<String>?
    /// 项目名称.
    public var title: String
    /// 申报日期, as written.
    public var date: String
    public var applicant: Applicant
    /// Extra attribute values (attribute id → value id) besides the industry.
    public var attributes: [String: Located<String>]
    public var facts: [StatedFact]
    public var numbers: [StatedIndicatorNumber]
    public var keyFigures: [KeyFigure]
    public var tables: [ApplicationTable]
    public var scenarios: [ClaimedScenario]
    public var sections: [ApplicationSection]
    public var evidence: [ApplicationEvidence]
    /// The file it was read from, for messages.
    public var file: String
    /// Where each top-level key is written (for messages about what is missing under it).
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, rubric: Located<String>, variant: Located<String>? = nil, title: String = "", date: String = "",
        applicant: Applicant, attributes: [String: Located<String>] = [:], facts: [StatedFact] = [],
        numbers: [StatedIndicatorNumber] = [], keyFigures: [KeyFigure] = [], tables: [ApplicationTable] = [],
        scenarios: [ClaimedScenario] = [], sections: [ApplicationSection] = [], evidence: [ApplicationEvidence] = [], file: String = "",
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.rubric = rubric
        self.variant = variant
        self.title = title
        self.date = date
        self.applicant = applicant
        self.attributes = attributes
        self.facts = facts
        self.numbers = numbers
        self.keyFigures = keyFigures
        self.tables = tables
        self.scenarios = scenarios
        self.sections = sections
        self.evidence = evidence
        self.file = file
        self.keyLocations = keyLocations
    }

    /// The stated fact with an id, if any.
    public func fact(_ id: String) -> StatedFact? { facts.first { $0.id == id } }

    /// The stated number of an indicator, if any.
    public func number(indicator: String, id: String) -> StatedIndicatorNumber? {
        numbers.first { $0.indicator.value == indicator && $0.id == id }
    }

    /// The section with an id, if any.
    public func section(_ id: String) -> ApplicationSection? { sections.first { $0.id == id } }
}
