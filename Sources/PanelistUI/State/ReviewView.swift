import Foundation

/// Where the reviewer is on the review screen; saved beside the journal to resume exactly.
///
/// The scroll offsets are normalised from the layout after every event and stored here;
/// drawing only reads them.
public struct ReviewView: Sendable, Equatable, Codable {
    /// The selected tree row.
    public var selected: TreeKey
    /// The expanded tree rows.
    public var expanded: Set<TreeKey>
    /// First row shown in the tree pane.
    public var treeScroll: Int
    /// First line shown in the text pane.
    public var textScroll: Int
    /// First line shown in the scoring panel.
    public var panelScroll: Int
    /// Index of the focused field in the scoring panel.
    public var field: Int
    /// The pane that has the keyboard.
    public var focus: Pane

    /// Creates a view; by default at the top of the tree with nothing expanded.
    public init(selected: TreeKey = .overall, expanded: Set<TreeKey> = [], treeScroll: Int = 0, textScroll: Int = 0,
                panelScroll: Int = 0, field: Int = 0, focus: Pane = .tree) {
        self.selected = selected
        self.expanded = expanded
        self.treeScroll = treeScroll
        self.textScroll = textScroll
        self.panelScroll = panelScroll
        self.field = field
        self.focus = focus
    }

    /// Decodes a view saved by `encoded()`; nil when the bytes are not a view (an older or damaged file).
    public static func decode(_ bytes: [UInt8]) -> ReviewView? {
        try? JSONDecoder().decode(ReviewView.self, from: Data(bytes))
    }

    /// The view as sorted-key JSON bytes, for saving beside the journal.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { Array($0) } ?? []
    }
}
