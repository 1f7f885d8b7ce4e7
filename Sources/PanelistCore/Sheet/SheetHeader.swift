/// The header block of a score sheet: what it is for, and the journal head it was exported from.
public struct SheetHeader: Sendable, Equatable {
    /// The sheet format written by this version (`panelist-sheet/1`).
    public static let format = "panelist-sheet/1"

    /// The rubric the sheet is for, by id and checksum.
    public var rubric: JournalDocumentRef
    /// The application the sheet is for, by id and checksum.
    public var application: JournalDocumentRef
    /// The rubric variant, if the rubric has variants.
    public var variant: String?
    /// The reviewer's name (may be empty on a blank sheet).
    public var reviewer: String
    /// The reviewer's key fingerprint, if known.
    public var fingerprint: String?
    /// The journal head the sheet was exported from: sequence number and checksum (`nil` for a fresh sheet).
    public var head: Head?

    /// Creates a header.
    public init(rubric: JournalDocumentRef, application: JournalDocumentRef, variant: String?, reviewer: String = "",
                fingerprint: String? = nil, head: Head? = nil) {
        self.rubric = rubric
        self.application = application
        self.variant = variant
        self.reviewer = reviewer
        self.fingerprint = fingerprint
        self.head = head
    }

    /// A journal head: the last record's sequence number and `sum`.
    public struct Head: Sendable, Equatable {
        /// The last record's sequence number.
        public var seq: Int
        /// The last record's checksum.
        public var sum: String
        /// Creates a head.
        public init(seq: Int, sum: String) {
            self.seq = seq
            self.sum = sum
        }
    }
}
