import Foundation

/// The comment being edited; saved on leaving or after a pause, the "saved" mark shown only
/// once the journal confirms it.
public struct CommentEdit: Sendable, Equatable {
    /// The row whose comment it is (an indicator or the overall opinion).
    public var key: TreeKey
    /// The text being edited.
    public var editor: TextEditor
    /// The text the journal last confirmed.
    public var saved: String
    /// When the last key was typed, for saving after a pause.
    public var lastKey: Date
    /// Why the last save failed, while the text is still unsaved.
    public var failure: String?
    /// The text whose save failed (not retried on a pause until the text changes).
    public var failedText: String?

    /// Starts editing a row's comment, with its saved text.
    public init(key: TreeKey, text: String, now: Date) {
        self.key = key
        self.editor = TextEditor(text)
        self.saved = text
        self.lastKey = now
    }

    /// Whether there is text the journal has not confirmed.
    public var dirty: Bool { editor.text != saved }
}
