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

    /// Nothing laid out yet.
    init(layout: Layout) { self.layout = layout }
}
