/// A reviewer journal admitted to the merge: its header and replayed state.
public struct PanelSubmission: Sendable, Equatable {
    /// The file name it came from.
    public var file: String
    /// The journal's header.
    public var header: JournalHeader
    /// The review state replayed from the journal.
    public var state: ReviewState
    /// Issues admitted by an explicit flag (shown in the report).
    public var admitted: [IntakeIssue]

    /// Creates a submission.
    public init(file: String, header: JournalHeader, state: ReviewState, admitted: [IntakeIssue] = []) {
        self.file = file
        self.header = header
        self.state = state
        self.admitted = admitted
    }

    /// The reviewer's key fingerprint: the reviewer's identity in the merge.
    public var fingerprint: String { header.reviewer.fingerprint }
}
