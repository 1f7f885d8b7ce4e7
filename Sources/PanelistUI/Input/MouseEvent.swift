/// A mouse event at a screen cell.
public struct MouseEvent: Sendable, Hashable {
    /// What the mouse did.
    public var kind: Kind
    /// The screen row (0 at the top).
    public var row: Int
    /// The screen column (0 at the left).
    public var column: Int

    /// Creates a mouse event.
    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }

    /// What the mouse did.
    public enum Kind: Sendable, Hashable {
        case click, wheelUp, wheelDown
    }
}
