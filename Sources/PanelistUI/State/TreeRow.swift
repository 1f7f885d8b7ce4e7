/// One visible row of the rubric tree pane.
public struct TreeRow: Sendable, Equatable {
    /// The row's key.
    public var key: TreeKey
    /// Indentation level: 0 for categories and the gates group.
    public var depth: Int
    /// The id and title shown.
    public var label: String
    /// Whether the row can be expanded.
    public var hasChildren: Bool
    /// Whether the row's children are shown.
    public var expanded: Bool
    /// Points over cap (e.g. `7/10`), or a short status; empty when none.
    public var points: String
    /// The progress mark drawn at the end of the row.
    public var mark: Mark

    /// The progress mark drawn at the end of the row.
    public enum Mark: Sendable, Equatable {
        case untouched, partial, done, failed, notApplicable
    }
}
