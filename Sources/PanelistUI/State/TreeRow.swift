import PanelistCore

/// One visible row of the rubric tree pane.
public struct TreeRow: Sendable, Equatable {
    /// A node id, `gate:<id>`, `group:gates` or `overall`.
    public var key: String
    public var depth: Int
    public var label: String
    public var hasChildren: Bool
    public var expanded: Bool
    public var points: String
    public var mark: Mark

    /// The progress mark drawn at the end of the row.
    public enum Mark: Sendable, Equatable {
        case untouched, partial, done, failed, notApplicable, none
    }
}
