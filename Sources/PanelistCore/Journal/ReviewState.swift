import Foundation

/// A reviewer's state for one application, replayed from a journal.
public struct ReviewState: Sendable, Equatable {
    /// The entries the scoring engine reads.
    public var inputs: ReviewerInputs
    /// Indicator id → whole comment text; `""` is the overall opinion.
    public var comments: [String: String]
    /// Evidence marks per (indicator or gate, evidence item).
    public var evidence: [EvidenceKey: EvidenceEntry]
    /// Why a verified figure differs from the application's, per number (the last `.number` record's reason).
    public var figureReasons: [FigureKey: String]
    /// The reason of a declared conflict of interest (回避), if any.
    public var recusal: String?
    /// The sign-off in force, if the journal is signed and not reopened.
    public var signOff: SignOffState?
    /// Time of the last record applied.
    public var lastSaved: Date?
    /// Sequence number of the last record applied.
    public var lastSeq: Int

    /// An empty state (nothing entered).
    public init() {
        inputs = ReviewerInputs()
        comments = [:]
        evidence = [:]
        figureReasons = [:]
        recusal = nil
        signOff = nil
        lastSaved = nil
        lastSeq = -1
    }

    /// Whether the journal is signed off (actions other than reopen are refused).
    public var isSignedOff: Bool { signOff != nil }

    /// Replays records (the header included) into a state.
    public static func replay<S: Sequence>(_ records: S) -> ReviewState where S.Element == JournalRecord {
        var state = ReviewState()
        for record in records { state.apply(record) }
        return state
    }
}
