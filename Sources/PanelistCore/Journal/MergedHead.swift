/// The head of a reviewer journal as a merge took it, recorded in the chair's signed journal.
///
/// A later merge refuses a journal of the same reviewer key and application whose chain does
/// not reach this record: a journal cut back to an earlier sign-off, or an older copy.
public struct MergedHead: Sendable, Equatable, Hashable {
    /// The application the journal reviews.
    public var application: String
    /// The reviewer's name, as the journal's header gives it.
    public var reviewer: String
    /// The reviewer's key fingerprint.
    public var fingerprint: String
    /// The sequence number of the journal's last record when it was merged.
    public var seq: Int
    /// That record's checksum (the chain head).
    public var head: String

    /// Creates a mark.
    public init(application: String, reviewer: String, fingerprint: String, seq: Int, head: String) {
        self.application = application
        self.reviewer = reviewer
        self.fingerprint = fingerprint
        self.seq = seq
        self.head = head
    }

    /// The journal it marks: application and reviewer key.
    public var journalKey: String { application + "\u{0}" + fingerprint }

    /// The mark as JSON.
    var json: JSONValue {
        .object(["application": .string(application), "reviewer": .string(reviewer), "fingerprint": .string(fingerprint),
                 "seq": .int(seq), "head": .string(head)])
    }

    /// Reads a mark from JSON.
    init(json v: JSONValue) throws(JournalDecodeError) {
        self.init(application: try v.str("application"), reviewer: try v.str("reviewer"), fingerprint: try v.str("fingerprint"),
                  seq: try v.int("seq"), head: try v.str("head"))
    }
}
