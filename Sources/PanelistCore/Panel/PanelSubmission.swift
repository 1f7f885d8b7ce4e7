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
    /// The journal's chain head when it was merged (its last record's checksum).
    public var head: String

    /// Creates a submission.
    public init(file: String, header: JournalHeader, state: ReviewState, admitted: [IntakeIssue] = [], head: String = "") {
        self.file = file
        self.header = header
        self.state = state
        self.admitted = admitted
        self.head = head
    }

    /// The mark a chair's journal records of this journal, so that a later merge refuses older copies.
    public var mergedHead: MergedHead {
        MergedHead(application: header.application.id, reviewer: header.reviewer.name, fingerprint: fingerprint, seq: state.lastSeq, head: head)
    }

    /// The reviewer's key fingerprint: the reviewer's identity in the merge.
    public var fingerprint: String { header.reviewer.fingerprint }
}
