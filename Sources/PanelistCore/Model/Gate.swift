import Foundation

/// A pass/fail condition (基本要求, 申报条件): not scored; a failed gate makes the application ineligible.
public struct Gate: Sendable, Equatable {
    /// Stable id of the gate.
    public var id: String
    /// The gate's short title.
    public var title: LocalizedText
    /// The gate's full requirement text, verbatim, if longer than the title.
    public var text: LocalizedText?
    /// Documents expected as evidence for the gate.
    public var evidence: [EvidenceItem]
    /// Notes for reviewers: the seed's notes and the readings that apply here.
    public var notes: [LocalizedText]
    /// Notes for the rubric's authors and editors (`author_notes:`): never shown to reviewers.
    public var authorNotes: [LocalizedText]
    /// The gate applies only to applicants meeting this condition.
    public var when: Condition?
    /// A check the application's figures can suggest a verdict from; the reviewer decides.
    public var check: Check?
    /// Where the gate is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a gate.
    public init(
        id: String, title: LocalizedText, text: LocalizedText? = nil, evidence: [EvidenceItem] = [],
        notes: [LocalizedText] = [], when: Condition? = nil, check: Check? = nil, location: SourceLocation? = nil,
        authorNotes: [LocalizedText] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.evidence = evidence
        self.notes = notes
        self.when = when
        self.check = check
        self.location = location
        self.authorNotes = authorNotes
    }

    /// What a gate's figures must satisfy for a suggested pass.
    public enum Check: Sendable, Equatable {
        /// A fact compared with a bound, e.g. investment ≥ 300 万元.
        case fact(id: String, bound: Bound)
        /// Scenario coverage, e.g. ≥ 2 segments and ≥ 3 scenarios.
        case coverage(CoverageRequirement)
    }
}
