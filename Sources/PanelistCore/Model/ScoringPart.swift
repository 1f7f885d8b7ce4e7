import Foundation

/// One way an indicator earns points; an indicator's points are its parts' sum, capped.
///
/// 004's 技术支撑 has three parts (A: research centres counted, B: a team choice,
/// C: partnerships counted); most indicators have one.
public struct ScoringPart: Sendable, Equatable {
    /// Stable id of the part within its indicator, e.g. `A`.
    public var id: String
    /// The part's title, if the seed gives one.
    public var title: LocalizedText?
    /// The part applies only to applicants meeting this condition.
    public var when: Condition?
    /// Notes for reviewers: the seed's notes and the readings that apply here.
    public var notes: [LocalizedText]
    /// Notes for the rubric's authors and editors (`author_notes:`): never shown to reviewers.
    public var authorNotes: [LocalizedText]
    /// How the part is scored.
    public var rule: Rule
    /// For choices: the reviewer may answer "none of these" (0 points) without a seed option for it.
    public var allowsNone: Bool
    /// Where the part is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// The answer id a reviewer gives for "none of these" on a choice that allows it.
    public static let noneAnswer = "none"

    /// Creates a scoring part.
    public init(
        id: String, title: LocalizedText? = nil, when: Condition? = nil, notes: [LocalizedText] = [],
        rule: Rule, allowsNone: Bool = false, location: SourceLocation? = nil,
        authorNotes: [LocalizedText] = []
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.notes = notes
        self.rule = rule
        self.allowsNone = allowsNone
        self.location = location
        self.authorNotes = authorNotes
    }

    /// The scoring model of a part (see DOMAIN.md, "Scoring models").
    public enum Rule: Sendable, Equatable {
        /// Graded choice: one option, fixed points.
        case choice([ChoiceOption])
        /// □ items ticked by the reviewer, scored by `mode`.
        case checklist(ChecklistMode, [ChecklistItem])
        /// Count × unit points per line, summed.
        case counts([CountLine])
        /// A number (entered or derived) falls in a band that gives points.
        case bands(input: String, bands: [Band])
        /// Points entered by the expert up to `max` (default: the indicator's cap), in steps.
        case manual(max: Varying<Decimal>?, step: Decimal?, guide: [LocalizedText])
        /// Coverage of the scenario table: the first tier whose requirement holds.
        case coverage([CoverageTier])
    }

    /// How ticked checklist items turn into points.
    public enum ChecklistMode: String, Sendable, CaseIterable {
        /// Independent items: the sum of ticked items' points.
        case sum
        /// Independent items: the highest ticked item's points (按所获荣誉最高分取值).
        case highest
        /// Cumulative levels: ticking a level implies the lower ones; points of the highest level.
        case levels
        /// Ticks record what the expert found; no points (used beside a manual part).
        case record
    }

    /// The kind's name as rubric files write it.
    public var kindName: String {
        switch rule {
        case .choice: return "choice"
        case .checklist: return "checklist"
        case .counts: return "counts"
        case .bands: return "bands"
        case .manual: return "manual"
        case .coverage: return "coverage"
        }
    }
}
