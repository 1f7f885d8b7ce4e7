/// The result of verifying a journal: header, signers, chain head, and every problem found.
public struct JournalVerification: Sendable, Equatable {
    /// The journal's header, if the first record could be read.
    public var header: JournalHeader?
    /// Number of records in the valid prefix.
    public var recordCount: Int
    /// The last record's checksum (the chain head).
    public var head: String?
    /// Every sign-off found, in order.
    public var signers: [JournalSigner]
    /// Whether the journal ends signed off (the last sign-off is not followed by a reopen).
    public var signedOff: Bool
    /// Every problem found; empty for a sound journal.
    public var problems: [JournalProblem]
    /// Lines of the action records that no valid sign-off covers: everything after the last valid
    /// sign-off (a `reopen` and what follows it, or a journal whose sign-off was removed), or every
    /// action of a journal never signed.
    public var unsignedLines: [Int] = []

    /// Creates a verification result.
    public init(header: JournalHeader?, recordCount: Int, head: String?, signers: [JournalSigner], signedOff: Bool, problems: [JournalProblem]) {
        self.header = header
        self.recordCount = recordCount
        self.head = head
        self.signers = signers
        self.signedOff = signedOff
        self.problems = problems
    }

    /// Whether nothing is wrong.
    public var isValid: Bool { problems.isEmpty }

    /// Whether the journal ends in a valid sign-off of its head: signed, and nothing after it.
    public var signedAtHead: Bool { signedOff && unsignedLines.isEmpty && signers.last?.valid == true }
}
