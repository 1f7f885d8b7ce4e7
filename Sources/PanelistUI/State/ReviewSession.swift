import Foundation
import PanelistCore

/// One application under review: the review's domain state (a Core value), what the
/// application pane shows, and beside them only the view and the undo and redo stacks.
public struct ReviewSession: Sendable {
    /// The rubric, applicant, replayed entries and score.
    public private(set) var review: Review
    /// What the application pane shows.
    public let dossier: DossierText
    /// Where the journal is, for messages.
    public let journalPath: String
    /// The reviewer's name, from the journal header.
    public let reviewerName: String
    /// Where the reviewer is on the review screen.
    public var view: ReviewView
    /// Inverse actions of this session's confirmed actions, newest last.
    public internal(set) var undoStack: [JournalAction] = []
    /// Actions undone in this session, newest last (redo appends them again).
    public internal(set) var redoStack: [JournalAction] = []

    /// Creates a session for one application.
    public init(review: Review, dossier: DossierText, journalPath: String, reviewerName: String, view: ReviewView? = nil) {
        self.review = review
        self.dossier = dossier
        self.journalPath = journalPath
        self.reviewerName = reviewerName
        self.view = view ?? ReviewView(selected: review.rubric.categories.first.map { .node($0.id) } ?? .overall,
                                       expanded: Set(review.rubric.categories.map { .node($0.id) }))
    }

    /// The rubric the application is scored under.
    public var rubric: Rubric { review.rubric }
    /// The applicant's variant and attributes.
    public var profile: ApplicantProfile { review.profile }
    /// The reviewer's entries.
    public var state: ReviewState { review.state }
    /// The score sheet.
    public var sheet: ScoreSheet { review.sheet }

    /// Applies a durably written journal record to the review.
    mutating func apply(_ record: JournalRecord) { review.apply(record) }
}
