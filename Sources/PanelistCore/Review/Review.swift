import Foundation

/// The review's domain state: the rubric and applicant it is scored under, the entries
/// replayed from the journal, and the score sheet they give.
///
/// `apply(_:)` is the one way it changes: a journal record, durably written, goes in; the
/// sheet is recomputed then and only then (never per frame).
public struct Review: Sendable {
    /// The rubric the application is scored under.
    public let rubric: Rubric
    /// The applicant's variant and attributes, which decide what applies.
    public let profile: ApplicantProfile
    /// The application's stated figures and claimed scenarios, for the engine's suggestions.
    public let facts: ApplicationFacts
    /// The reviewer's entries, replayed from the journal.
    public private(set) var state: ReviewState
    /// The scored sheet for `state`.
    public private(set) var sheet: ScoreSheet

    /// Creates the review from a replayed state (empty by default).
    public init(rubric: Rubric, profile: ApplicantProfile, facts: ApplicationFacts = ApplicationFacts(), state: ReviewState = ReviewState()) {
        self.rubric = rubric
        self.profile = profile
        self.facts = facts
        self.state = state
        self.sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs, facts: facts)
    }

    /// Applies a journal record (its action, time and sequence number) and rescores.
    public mutating func apply(_ record: JournalRecord) {
        state.apply(record)
        sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs, facts: facts)
    }

    /// Why `action` would be refused now, in `lang`; `nil` when it may be appended.
    public func problem(with action: JournalAction, lang: Lang) -> String? {
        ActionValidator(rubric: rubric, profile: profile, lang: lang).problem(with: action, state: state)
    }

    /// Whether entries may change: not signed off and not recused.
    public var isWritable: Bool { !state.isSignedOff && state.recusal == nil }

    /// Indicators scored (done) and applicable indicators in all.
    public var progress: (done: Int, total: Int) {
        var done = 0
        var total = 0
        for node in rubric.indicators {
            guard let score = sheet.nodes[node.id], score.progress != .notApplicable else { continue }
            total += 1
            if score.progress == .done { done += 1 }
        }
        return (done, total)
    }

    /// Applicable gates still pending a verdict.
    public var pendingGates: [GateResult] { sheet.gates.filter { $0.applicable && $0.verdict == .pending } }
}
