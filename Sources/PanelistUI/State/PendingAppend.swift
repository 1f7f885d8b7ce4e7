import Foundation
import PanelistCore

/// What waits on an append: committed when the runner confirms it, rolled back when it fails.
struct PendingAppend: Sendable, Equatable {
    /// The session the action goes to.
    var session: Int
    /// The action.
    var action: JournalAction
    /// What the append is for.
    var purpose: Purpose

    /// What an append is for, which decides what its confirmation commits and its failure undoes.
    enum Purpose: Sendable, Equatable {
        /// An entry: its inverse goes on the undo stack when confirmed.
        case entry
        /// A typed value (figure, count, points): on failure the prompt comes back with the text.
        case value(Prompt)
        /// An undo: the stack's top is popped (and redo pushed) only when confirmed.
        case undo
        /// A redo: the redo stack's top is popped only when confirmed.
        case redo
        /// A comment being edited: the editor's "saved" mark (and leaving it) waits for the confirmation.
        case comment(text: String, leave: Bool)
        /// Recusal, reopening, sign-off: not undone.
        case final
    }
}
