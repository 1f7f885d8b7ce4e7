/// Where the reviewer is on the review screen; saved beside the journal to resume exactly.
public struct ReviewView: Sendable, Equatable, Codable {
    /// The selected tree row's key (a node id, `gate:<id>`, `group:gates` or `overall`).
    public var selected: String
    /// Keys of expanded tree rows.
    public var expanded: Set<String>
    public var treeScroll: Int
    public var textScroll: Int
    public var panelScroll: Int
    /// Index of the focused field in the scoring panel.
    public var field: Int
    public var focus: Pane

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
