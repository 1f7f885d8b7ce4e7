import PanelistCore

/// A line of feedback on the message row: saved, refused, found.
public struct Message: Sendable, Equatable {
    public var text: String
    public var style: ScreenGrid.Style
    public init(_ text: String, style: ScreenGrid.Style = .normal) {
        self.text = text
        self.style = style
    }
}
