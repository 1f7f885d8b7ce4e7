import PanelistCore

/// Work the UI asks its runner to do; the model changes only when the runner reports back.
public enum Effect: Sendable, Equatable {
    /// Append an action to a session's journal (durably), then call `AppModel.appended`.
    case append(session: Int, action: JournalAction, undoable: Bool)
    /// Sign the session's journal with the reviewer's key.
    case signOff(session: Int)
    /// Write the per-indicator rationale printout for the session.
    case rationale(session: Int)
    /// Save the session's view (selection, scroll, expanded nodes) for resuming.
    case saveView(session: Int)
    /// Leave the program.
    case quit
}
