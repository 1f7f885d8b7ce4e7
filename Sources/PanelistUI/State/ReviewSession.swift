import Foundation
import PanelistCore

/// One application under review: rubric, applicant, the replayed journal state and the view.
///
/// The scored sheet is recomputed only when the state changes, never per frame.
public struct ReviewSession: Sendable {
    /// The rubric the application is scored under.
    public let rubric: Rubric
    /// The applicant's variant and attributes, which decide what applies.
    public let profile: ApplicantProfile
    /// What the application pane shows.
    public let dossier: DossierText
    /// The application's stated figures and claimed scenarios, for suggestions.
    public let facts: ApplicationFacts
    /// Where the journal is, for messages.
    public let journalPath: String
    /// The reviewer's name, from the journal header.
    public let reviewerName: String
    /// The reviewer's entries, replayed from the journal and kept current.
    public private(set) var state: ReviewState
    /// The scored sheet for `state`, recomputed when it changes.
    public private(set) var sheet: ScoreSheet
    /// Where the reviewer is on the review screen.
    public var view: ReviewView
    /// Inverse actions of this session's actions, newest last (undo pops one and journals it).
    public var undoStack: [JournalAction] = []

    /// Creates a session for one application.
    public init(rubric: Rubric, profile: ApplicantProfile, dossier: DossierText, facts: ApplicationFacts = ApplicationFacts(),
                journalPath: String, reviewerName: String, state: ReviewState, view: ReviewView? = nil) {
        self.rubric = rubric
        self.profile = profile
        self.dossier = dossier
        self.facts = facts
        self.journalPath = journalPath
        self.reviewerName = reviewerName
        self.state = state
        self.sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs, facts: facts)
        self.view = view ?? ReviewView(selected: rubric.categories.first?.id ?? "", expanded: Set(rubric.categories.map(\.id)))
    }

    /// Records that `action` is durably journaled: applies it, rescoring, and remembers its inverse.
    public mutating func applied(_ action: JournalAction, time: Date, seq: Int, undoable: Bool = true) {
        if undoable, let inverse = inverse(of: action) { undoStack.append(inverse) }
        state.apply(action, time: time, seq: seq)
        state.lastSaved = time
        state.lastSeq = seq
        sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs, facts: facts)
    }

    /// The action that puts back what `action` changes, from the current state.
    public func inverse(of action: JournalAction) -> JournalAction? {
        let inputs = state.inputs
        switch action {
        case .tick(let indicator, let part, let item, _):
            let had = inputs.indicators[indicator]?.ticks[part]?.contains(item) ?? false
            return .tick(indicator: indicator, part: part, item: item, on: had)
        case .choose(let indicator, let part, _):
            return .choose(indicator: indicator, part: part, option: inputs.indicators[indicator]?.choices[part])
        case .number(let indicator, let number, _):
            return .number(indicator: indicator, number: number, value: inputs.indicators[indicator]?.numbers[number])
        case .count(let indicator, let part, let line, _):
            return .count(indicator: indicator, part: part, line: line, count: inputs.indicators[indicator]?.counts[part]?[line] ?? 0)
        case .points(let indicator, let part, _):
            return .points(indicator: indicator, part: part, points: inputs.indicators[indicator]?.manual[part])
        case .scenarios:
            return .scenarios(ids: inputs.scenarios.sorted(), other: inputs.otherScenarios)
        case .gate(let gate, _, _):
            let previous = inputs.gates[gate]
            return .gate(gate: gate, verdict: previous?.verdict ?? .pending, reason: previous?.reason ?? "")
        case .evidence(let target, let item, _, _):
            let previous = state.evidence[EvidenceKey(target: target, item: item)]
            return .evidence(target: target, item: item, mark: previous?.mark, note: previous?.note ?? "")
        case .comment(let target, _):
            return .comment(target: target, text: state.comments[target] ?? "")
        case .recuse, .signoff, .reopen, .resolve, .heads:
            return nil
        }
    }

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
}
