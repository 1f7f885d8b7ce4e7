import PanelistCore

/// The laid-out components of the screen after the last event: what drawing reads.
public struct Panes: Sendable {
    /// The review screen's layout.
    public var layout: Layout
    var tree: TreePane?
    var text: TextPane?
    var panel: ScoringPane?
    var picker: PickerPane?
    var comment: CommentPane?
    var signOff: SignOffPane?
    var list: ListPane?
    var help: HelpPane?
    /// Application texts laid out before, by what they were laid out from (moving back and
    /// forth in the tree reuses them); bounded.
    var texts: [TextPane.Source: TextPane] = [:]
    /// Scoring panels laid out before, by what they were laid out from (the journal's last seq is
    /// part of it, so any change to the review makes them new); bounded like `texts`.
    var panels: [ScoringPane.Source: ScoringPane] = [:]
    /// The status line's hints for the context, in keymap order.
    var hints: [String] = []

    /// Nothing laid out yet.
    init(layout: Layout) { self.layout = layout }
}
