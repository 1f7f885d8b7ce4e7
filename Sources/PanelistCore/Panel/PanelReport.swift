/// The merged result of a batch: the inputs, the rules, every application, and agreement figures.
///
/// A pure value: renderers (`PanelMarkdown`, `PanelHTML`, `PanelCSV`, `PanelJSON`) and the
/// chair's screen read it. `agreement` is for the chair only (see `AgreementMarkdown`).
public struct PanelReport: Sendable, Equatable {
    /// Id of the rubric the panel scored under.
    public var rubricID: String
    /// The rubric's title.
    public var rubricTitle: LocalizedText
    /// The rubric's version.
    public var rubricVersion: String
    /// Hex SHA-256 of the rubric file in use.
    public var rubricSHA256: String
    /// The merge rules applied.
    public var rules: PanelRules
    /// Every input journal and what was done with it.
    public var intake: [IntakeEntry]
    /// The chair journal, if given.
    public var chair: IntakeEntry?
    /// Applications sorted by id.
    public var applications: [ApplicationPanel]
    /// Reviewer id → display name, for every reviewer merged.
    public var reviewerNames: [String: String]
    /// Batch problems (e.g. a resolution for an unknown indicator).
    public var notes: [String]
    /// Deviation and reliability figures: chair only.
    public var agreement: AgreementFigures

    /// Creates a report.
    public init(rubricID: String, rubricTitle: LocalizedText, rubricVersion: String, rubricSHA256: String, rules: PanelRules, intake: [IntakeEntry],
                chair: IntakeEntry?, applications: [ApplicationPanel], reviewerNames: [String: String], notes: [String], agreement: AgreementFigures) {
        self.rubricID = rubricID
        self.rubricTitle = rubricTitle
        self.rubricVersion = rubricVersion
        self.rubricSHA256 = rubricSHA256
        self.rules = rules
        self.intake = intake
        self.chair = chair
        self.applications = applications
        self.reviewerNames = reviewerNames
        self.notes = notes
        self.agreement = agreement
    }

    /// The application with an id.
    public func application(_ id: String) -> ApplicationPanel? { applications.first { $0.id == id } }

    /// A reviewer's display name, `name (id)`.
    public func reviewerLabel(_ id: String) -> String {
        guard let name = reviewerNames[id], !name.isEmpty, name != id else { return id }
        return "\(name) (\(id))"
    }
}
