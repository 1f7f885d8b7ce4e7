/// A line of the attachments section (九、相关附件) that names a document: evidence for an indicator or gate.
public struct FormEvidenceRule: Sendable, Equatable {
    /// Text the line contains, e.g. 营业执照.
    public var match: String
    /// The indicator or gate id the document supports.
    public var target: String

    /// Creates a rule.
    public init(match: String, target: String) {
        self.match = match
        self.target = target
    }
}
