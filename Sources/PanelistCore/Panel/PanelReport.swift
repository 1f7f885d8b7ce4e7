import Foundation

/// The merged result of a batch: the inputs, the rules, every application, and agreement figures.
///
/// A pure value: renderers (`PanelMarkdown`, `PanelHTML`, `PanelCSV`, `PanelJSON`, `PanelWorkbook`,
/// `PanelForms`) and the chair's screen read it. `agreement` is for the chair only (see `AgreementMarkdown`).
public struct PanelReport: Sendable, Equatable {
    /// Id of the rubric the panel scored under.
    public var rubricID: String
    /// The rubric's title (it may vary by variant; see `programmeTitle`).
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
    /// Reviewer id → display label: the name, told apart by a key prefix when two reviewers share it.
    public var reviewerNames: [String: String]
    /// Batch problems (e.g. a resolution for an unknown indicator).
    public var notes: [PanelNote]
    /// Deviation and reliability figures: chair only.
    public var agreement: AgreementFigures
    /// The variants of the batch's applications, sorted (decides the programme title).
    public var variants: [String]
    /// The panel's title from the panel file, if one was given.
    public var panelTitle: String?
    /// What is missing or refused, and the flags the report was issued under.
    public var completeness: PanelCompleteness

    /// Journals refused against the panel file: `file\u{0}content-sha256` → why.
    public var mismatches: [String: RosterMismatch]

    /// Creates a report.
    public init(rubricID: String, rubricTitle: LocalizedText, rubricVersion: String, rubricSHA256: String, rules: PanelRules, intake: [IntakeEntry],
                chair: IntakeEntry?, applications: [ApplicationPanel], reviewerNames: [String: String], notes: [PanelNote], agreement: AgreementFigures,
                variants: [String] = [], panelTitle: String? = nil, mismatches: [String: RosterMismatch] = [:], completeness: PanelCompleteness = PanelCompleteness()) {
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
        self.variants = variants
        self.panelTitle = panelTitle
        self.mismatches = mismatches
        self.completeness = completeness
    }

    /// The application with an id.
    public func application(_ id: String) -> ApplicationPanel? { applications.first { $0.id == id } }

    /// A reviewer's display label (the name; a namesake is told apart by a key prefix).
    public func reviewerLabel(_ id: String) -> String {
        guard let name = reviewerNames[id], !name.isEmpty else { return id }
        return name
    }

    /// The programme's title for this batch: the rubric title of the batch's one variant, or,
    /// when the batch mixes variants, the title without its variant suffix (e.g. `（标杆车间）`).
    public func programmeTitle(_ lang: Lang) -> String {
        let titles = variants.isEmpty ? [rubricTitle.text(lang)] : Array(Set(variants.map { rubricTitle.text(lang, variant: $0) })).sorted()
        if titles.count == 1 { return titles[0] }
        let stems = Set(titles.map(Self.stripVariantSuffix))
        return stems.count == 1 ? stems.first ?? titles[0] : titles.joined(separator: lang.pick("；", "; "))
    }

    /// A title without a trailing bracketed variant: `…标准（标杆车间）` → `…标准`, `… criteria (benchmark SME)` → `… criteria`.
    static func stripVariantSuffix(_ title: String) -> String {
        let t = title.trimmingCharacters(in: .whitespaces)
        for (open, close) in [("（", "）"), ("(", ")")] where t.hasSuffix(close) {
            if let r = t.range(of: open, options: .backwards) { return String(t[..<r.lowerBound]).trimmingCharacters(in: .whitespaces) }
        }
        return t
    }
}
