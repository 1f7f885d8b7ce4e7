/// Where the reviewer is on the review screen; saved beside the journal to resume exactly.
public struct ReviewView: Sendable, Equatable, Codable {
    /// The selected tree row's key (a node id, `gate:<id>`, `group:gates` or `overall`).
    public var selected: String
    /// Keys of expanded tree rows.
    public var expanded: Set<String>
    /// First row shown in the tree pane.
    public var treeScroll: Int
    /// First line shown in the text pane.
    public var textScroll: Int
    /// First row shown in the scoring panel.
    public var panelScroll: Int
    /// Index of the focused field in the scoring panel.
    public var field: Int
    /// The pane that has the keyboard.
    public var focus: Pane

    /// Creates a view; by default at the top of the tree with nothing expanded.
    public init(selected: String = "", expanded: Set<String> = [], treeScroll: Int = 0, textScroll: Int = 0,
                panelScroll: Int = 0, field: Int = 0, focus: Pane = .tree) {
        self.selected = selected
        self.expanded = expanded
        self.treeScroll = treeScroll
        self.textScroll = textScroll
        self.panelScroll = panelScroll
        self.field = field
        self.focus = focus
    }
}
