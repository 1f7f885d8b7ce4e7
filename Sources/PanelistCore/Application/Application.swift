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
    /// The applicant's basic information (基本情况表).
    public var applicant: Applicant
    /// Extra attribute values (attribute id → value id) besides the industry.
    public var attributes: [String: Located<String>]
    /// Stated figures for the rubric's facts (e.g. `investment_total`).
    public var facts: [StatedFact]
    /// Stated figures for indicator numbers, keyed by indicator and number id.
    public var numbers: [StatedIndicatorNumber]
    /// The form's key performance figures (主要经济指标, 智能制造实施效果 …).
    public var keyFigures: [KeyFigure]
    /// The form's titled tables (equipment, patents, standards …).
    public var tables: [ApplicationTable]
    /// The scenarios the application claims (环节 — 场景 — 实例).
    public var scenarios: [ClaimedScenario]
    /// The narrative sections, linked to the indicators they answer.
    public var sections: [ApplicationSection]
    /// The supporting documents (佐证材料) listed for indicators and gates.
    public var evidence: [ApplicationEvidence]
    /// The file it was read from, for messages.
    public var file: String
    /// Where each top-level key is written (for messages about what is missing under it).
    public var keyLocations: [String: SourceLocation]

    /// Creates an application; everything but the id, rubric and applicant defaults to empty.
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
