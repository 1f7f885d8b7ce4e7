/// One input journal as the merge saw it: who, what, the decision and every issue.
public struct IntakeEntry: Sendable, Equatable {
    /// The file name (last path component) as given.
    public var file: String
    /// Hex SHA-256 of the file's bytes.
    public var contentSHA256: String
    /// The journal's reviewer, if its header could be read.
    public var reviewer: JournalReviewer?
    /// The application the journal reviews, if its header could be read.
    public var applicationID: String?
    /// The application checksum the journal records, if its header could be read.
    public var applicationSHA256: String?
    /// The rubric checksum the journal records, if its header could be read.
    public var rubricSHA256: String?
    /// Whether the journal was merged, admitted by a flag, or refused.
    public var decision: IntakeDecision
    /// Every problem found with the journal.
    public var issues: [IntakeIssue]

    /// Creates an entry.
    public init(file: String, contentSHA256: String, reviewer: JournalReviewer?, applicationID: String?, applicationSHA256: String?,
                rubricSHA256: String?, decision: IntakeDecision, issues: [IntakeIssue]) {
        self.file = file
        self.contentSHA256 = contentSHA256
        self.reviewer = reviewer
        self.applicationID = applicationID
        self.applicationSHA256 = applicationSHA256
        self.rubricSHA256 = rubricSHA256
        self.decision = decision
        self.issues = issues
    }

    /// Sort key: application, reviewer id, fingerprint, file, content hash.
    var sortKey: [String] {
        [applicationID ?? "", reviewer?.id ?? "", reviewer?.fingerprint ?? "", file, contentSHA256]
    }
}
