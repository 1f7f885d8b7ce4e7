/// Every command of the screens. Keys, `:` lines, clicks and the wheel all become one of
/// these; handlers switch on them, never on raw keys.
public enum CommandID: String, Sendable, CaseIterable {
    // Moving
    case up, down, pageUp, pageDown, first, last, collapse, expand, nextPane, previousPane, back
    case nextTodo, previousTodo
    // Searching
    case search, searchBackward, searchNext, searchPrevious
    // Scoring
    case activate, increment, decrement, clear, typeValue, markEvidence, editComment, undo, redo
    // The application list
    case open, sort
    // Editing text (prompts and the comment editor)
    case edit, submit, cancel, complete, saveComment
    // The scenario picker and confirmations
    case toggle, confirm
    // The chair
    case resolve, nextUnresolved
    // The mouse
    case click, wheelUp, wheelDown
    // Commands also typed after `:`
    case commandLine, help, quit, interrupt, applications, signoff, reopen, recuse, rationale, lang, ascii, unicode
}
