/// Everything a key can do in the reviewer's UI; handlers switch on these, never on raw keys.
public enum KeyAction: String, Sendable, CaseIterable {
    // Movement
    case up, down, collapse, expand, pageUp, pageDown, top, bottom
    case nextTodo, previousTodo, focusNext, focusPrevious
    case search, searchNext
    // Scoring
    case activate, increment, decrement, clear, markEvidence, editComment, undo
    // Commands
    case commandMenu, help, quit, applications
}
