/// A numbered section of the form (二、企业情况概述（200字以内）) and the indicators it answers.
public struct FormSectionRule: Sendable, Equatable {
    /// The application section id it becomes.
    public var id: String
    /// The heading as the form prints it, word limit included.
    public var heading: String
    /// Indicator and gate ids the section answers.
    public var indicators: [String]
    /// The section holds the form table (基本情况表); `form` fields are listed in it.
    public var holdsForm: Bool
    /// Numbered subsections ((一)…, 1.1 …) that become sections of their own.
    public var subsections: [FormSectionRule]
    /// Attachment rules: a line of the section naming this text is evidence for the indicator or gate.
    public var evidence: [FormEvidenceRule]
    /// Where the section is written in the template file.
    public var location: SourceLocation

    /// Creates a section rule.
    public init(id: String, heading: String, indicators: [String] = [], holdsForm: Bool = false, subsections: [FormSectionRule] = [],
                evidence: [FormEvidenceRule] = [], location: SourceLocation) {
        self.id = id
        self.heading = heading
        self.indicators = indicators
        self.holdsForm = holdsForm
        self.subsections = subsections
        self.evidence = evidence
        self.location = location
    }
}
