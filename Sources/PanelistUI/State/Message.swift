import PanelistCore

/// A line of feedback on the message row: saved, refused, found.
public struct Message: Sendable, Equatable {
    /// The feedback shown.
    public var text: String
    /// How the line is drawn (e.g. `.bad` for a refusal).
    public var style: ScreenGrid.Style
    /// Creates a message.
    public init(_ text: String, style: ScreenGrid.Style = .normal) {
        self.text = text
        self.style = style
    }
}
