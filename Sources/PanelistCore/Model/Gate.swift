import Foundation

/// A pass/fail condition (基本要求, 申报条件): not scored; a failed gate makes the application ineligible.
public struct Gate: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var text: LocalizedText?
    public var evidence: [EvidenceItem]
    public var notes: [LocalizedText]
    /// The gate applies only to applicants meeting this condition.
    public var when: Condition?
    /// A check the application's figures can suggest a verdict from; the reviewer decides.
    public var check: Check?
    public var location: SourceLocation?

    public init(
        id: String, title: LocalizedText, text: LocalizedText? = nil, evidence: [EvidenceItem] = [],
        notes: [LocalizedText] = [], when: Condition? = nil, check: Check? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.evidence = evidence
        self.notes = notes
        self.when = when
        self.check = check
        self.location = location
    }

    /// What a gate's figures must satisfy for a suggested pass.
    public enum Check: Sendable, Equatable {
        /// A fact compared with a bound, e.g. investment ≥ 300 万元.
        case fact(id: String, bound: Bound)
        /// Scenario coverage, e.g. ≥ 2 segments and ≥ 3 scenarios.
        case coverage(CoverageRequirement)
    }
}
