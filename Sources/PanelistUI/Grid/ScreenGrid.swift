import PanelistCore

/// A terminal screen drawn in memory: rows of cells that tests can read and ncurses presents.
///
/// Each cell holds one extended grapheme cluster (a `Character`) measured by `DisplayWidth`'s
/// rule; a two-cell cluster occupies its cell and marks the next one as its continuation. A
/// cluster is never split: `write` places whole clusters or none, so every row is exactly
/// `width` cells of whole clusters.
public struct ScreenGrid: Sendable, Equatable {
    /// Width, in cells.
    public let width: Int
    /// Height, in rows.
    public let height: Int
    /// The cells row by row, `width` to a row.
    public private(set) var cells: [Cell]
    /// Where the terminal shows its real cursor (the editing position), or nil to hide it.
    ///
    /// A screen with an editor open sets it to the cell where typed text goes, so that an input
    /// method's candidate window opens there. Use `placeCursor(row:column:)`, which keeps it on a
    /// cluster's first cell.
    public private(set) var cursor: Position?

    /// A cell position.
    public struct Position: Sendable, Equatable {
        /// Row, from 0 at the top.
        public var row: Int
        /// Column, from 0 at the left.
        public var column: Int
        /// Creates a position.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// Creates a blank grid; negative sizes become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// One screen cell: a character (or a continuation of the wide one to its left) and a style.
    ///
    /// Cells are equal when they hold the same scalars (not merely canonically equivalent ones:
    /// the terminal is sent scalars), which is also what makes comparing two frames cheap.
    public struct Cell: Sendable, Equatable {
        /// The character shown in the cell.
        public var character: Character = " "
        /// Whether the cell is the right half of the wide character to its left.
        public var continuation = false
        /// How the cell is drawn.
        public var style: Style = .normal
        /// Creates a cell; by default a normal blank.
        public init(character: Character = " ", continuation: Bool = false, style: Style = .normal) {
            self.character = character
            self.continuation = continuation
            self.style = style
        }

        /// Same style, same continuation, same scalars.
        public static func == (a: Cell, b: Cell) -> Bool {
            guard a.style == b.style, a.continuation == b.continuation else { return false }
            if let x = a.character.asciiValue, let y = b.character.asciiValue { return x == y }
            return a.character.utf8.elementsEqual(b.character.utf8)
        }
    }

    /// How a cell is drawn; the presenter maps styles to colours or, with NO_COLOR, to attributes.
    public enum Style: UInt8, Sendable, CaseIterable {
        case normal, bold, dim, selected, heading, good, warning, bad, status
    }

    /// Writes text from (row, column), clipped at `limit` cells (default: the row's end); returns the column after it.
    ///
    /// Clusters of no width (control and format characters) are skipped; a cluster that would
    /// cross the limit is not drawn, nor anything after it.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(width, limit.map { column + $0 } ?? width)
        var col = column
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > end { break }
            if col >= 0 {
                clearWide(row: row, column: col)
                cells[row * width + col] = Cell(character: ScreenGrid.standalone(ch), continuation: false, style: style)
                if w == 2 {
                    clearWide(row: row, column: col + 1)
                    cells[row * width + col + 1] = Cell(character: " ", continuation: true, style: style)
                }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, style: Style = .normal) {
        for r in max(0, row)..<min(height, row + h) {
            for c in max(0, column)..<min(width, column + w) {
                clearWide(row: r, column: c)
                cells[r * width + c] = Cell(character: " ", continuation: false, style: style)
            }
        }
    }

    /// Shows the terminal's cursor at (row, column) — moved left onto the cluster's first cell
    /// when it falls on a continuation — or hides it when the position is off the grid.
    public mutating func placeCursor(row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width else {
            cursor = nil
            return
        }
        var c = column
        while c > 0, cells[row * width + c].continuation { c -= 1 }
        cursor = Position(row: row, column: c)
    }

    /// Hides the terminal's cursor.
    public mutating func hideCursor() { cursor = nil }

    /// The cell at (row, column).
    public subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

    /// The text of a row, with wide characters once and trailing spaces kept: exactly `width` cells.
    public func line(_ row: Int) -> String {
        var out = ""
        for c in 0..<width where !cells[row * width + c].continuation {
            out.append(cells[row * width + c].character)
        }
        return out
    }

    /// Every row's text, trailing spaces removed: the form snapshots compare.
    public var text: String {
        (0..<height).map { row -> String in
            var l = line(row)
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// A cluster as a cell holds it: one that starts with a mark (nothing before it to combine
    /// with) gets a space as its base, so that it cannot join the cell to its left; one that a
    /// space cannot carry (a lone Hangul vowel jamo) is shown as `?`.
    static func standalone(_ ch: Character) -> Character {
        guard ch.asciiValue == nil, let first = ch.unicodeScalars.first, DisplayWidth.of(first) == 0 else { return ch }
        var s = " "
        s.unicodeScalars.append(contentsOf: ch.unicodeScalars)
        return s.count == 1 ? Character(s) : "?"
    }

    /// Breaks a wide character that a write is about to overlap, so no half character remains.
    mutating func clearWide(row: Int, column: Int) {
        let index = row * width + column
        if cells[index].continuation, column > 0 {
            cells[index - 1] = Cell(character: " ", continuation: false, style: cells[index - 1].style)
        } else if column + 1 < width, cells[index + 1].continuation {
            cells[index + 1] = Cell(character: " ", continuation: false, style: cells[index + 1].style)
        }
    }
}
