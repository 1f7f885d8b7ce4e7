/// Where the review screen's panes go for a terminal size.
public struct Layout: Sendable, Equatable {
    /// A pane's place on screen: top-left cell and size.
    public struct Rect: Sendable, Equatable {
        /// Top row, left column, width in cells and height in rows.
        public var row: Int, column: Int, width: Int, height: Int
        /// Creates a rectangle.
        public init(row: Int, column: Int, width: Int, height: Int) {
            self.row = row
            self.column = column
            self.width = width
            self.height = height
        }
        /// Whether a cell lies inside.
        public func contains(row r: Int, column c: Int) -> Bool {
            r >= row && r < row + height && c >= column && c < column + width
        }
    }

    /// The smallest usable terminal.
    public static let minimumWidth = 80
    /// The fewest rows usable.
    public static let minimumHeight = 24

    /// Terminal width, in cells.
    public var width: Int
    /// Terminal height, in rows.
    public var height: Int
    /// The rubric tree pane, on the left.
    public var tree: Rect
    /// The application text pane, top right.
    public var text: Rect
    /// The scoring panel, bottom right.
    public var panel: Rect
    /// The list-like body of the full-width screens (list, chair agenda, help): below the title bar.
    public var body: Rect

    /// Title bar on row 0; panes below; message row and status row at the bottom.
    /// Left: the rubric tree. Right: the application text above the scoring panel.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        let bodyTop = 1
        let bodyHeight = max(0, height - 3)
        let treeWidth = max(30, min(60, width * 2 / 5))
        let right = treeWidth + 1
        let rightWidth = max(0, width - right)
        let textHeight = max(4, bodyHeight * 2 / 5)
        tree = Rect(row: bodyTop, column: 0, width: treeWidth, height: bodyHeight)
        text = Rect(row: bodyTop, column: right, width: rightWidth, height: textHeight)
        panel = Rect(row: bodyTop + textHeight, column: right, width: rightWidth, height: max(0, bodyHeight - textHeight))
        body = Rect(row: bodyTop, column: 0, width: width, height: bodyHeight)
    }

    /// Whether a terminal of this size is big enough for the screens.
    public static func fits(width: Int, height: Int) -> Bool { width >= minimumWidth && height >= minimumHeight }
}
