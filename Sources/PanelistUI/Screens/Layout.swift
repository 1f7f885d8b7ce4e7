/// Where the review screen's panes go for a terminal size.
public struct Layout: Sendable, Equatable {
    public struct Rect: Sendable, Equatable {
        public var row: Int, column: Int, width: Int, height: Int
        /// Whether a cell lies inside.
        public func contains(row r: Int, column c: Int) -> Bool {
            r >= row && r < row + height && c >= column && c < column + width
        }
    }

    /// The smallest usable terminal.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var width: Int
    public var height: Int
    public var tree: Rect
    public var text: Rect
    public var panel: Rect

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
    }

    /// Whether the terminal is big enough.
    public var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }
}
