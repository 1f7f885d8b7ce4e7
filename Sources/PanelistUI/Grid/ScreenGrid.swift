import PanelistCore

/// A terminal screen drawn in memory: rows of cells that tests can read and ncurses presents.
///
/// Each cell holds one extended grapheme cluster (a `Character`) measured by `DisplayWidth`'s
/// rule; a two-cell cluster occupies its cell and marks the next one as its continuation. A
/// cluster is never split: `write` places whole clusters or none, so every row is exactly
/// `width` cells of whole clusters.
///
/// Cells are stored compactly (a scalar, or an index into the grid's few multi-scalar clusters,
/// and a style), so a frame is cheap to build, to compare with the last one and to throw away.
public struct ScreenGrid: Sendable, Equatable {
    /// Width, in cells.
    public let width: Int
    /// Height, in rows.
    public let height: Int
    /// The cells, row by row, `width` to a row.
    @usableFromInline var slots: [Slot]
    /// The clusters of more than one scalar that slots refer to.
    var clusters: [Character] = []
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
        self.slots = Array(repeating: Slot.blank, count: self.width * self.height)
    }

    /// One screen cell: a character (or a continuation of the wide one to its left) and a style.
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
    }

    /// How a cell is drawn; the presenter maps styles to colours or, with NO_COLOR, to attributes.
    public enum Style: UInt8, Sendable, CaseIterable {
        case normal, bold, dim, selected, heading, good, warning, bad, status
    }

    /// A stored cell: `code` is the scalar of a one-scalar cluster, or `Slot.clusterBase` plus
    /// the index of a longer cluster in `clusters`.
    @usableFromInline
    struct Slot: Sendable, Equatable {
        @usableFromInline var code: UInt32
        @usableFromInline var style: Style
        @usableFromInline var continuation: Bool

        @usableFromInline static let clusterBase: UInt32 = 0x11_0000
        @usableFromInline static let blank = Slot(code: 0x20, style: .normal, continuation: false)

        @usableFromInline
        init(code: UInt32, style: Style, continuation: Bool) {
            self.code = code
            self.style = style
            self.continuation = continuation
        }
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
        // Most text is scalars that are clusters of their own: place them without segmenting.
        if DisplayWidth.simpleWidth(text.unicodeScalars) != nil {
            for scalar in text.unicodeScalars {
                let w = DisplayWidth.simpleWidth(scalar.value) ?? 1
                if w == 0 { continue }
                if col + w > end { break }
                if col >= 0 { place(scalar.value, width: w, row: row, column: col, style: style) }
                col += w
            }
            return col
        }
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > end { break }
            if col >= 0 { place(code(for: ScreenGrid.standalone(ch)), width: w, row: row, column: col, style: style) }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, style: Style = .normal) {
        for r in max(0, row)..<min(height, row + h) {
            for c in max(0, column)..<min(width, column + w) {
                clearWide(row: r, column: c)
                slots[r * width + c] = Slot(code: 0x20, style: style, continuation: false)
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
        while c > 0, slots[row * width + c].continuation { c -= 1 }
        cursor = Position(row: row, column: c)
    }

    /// The cell at (row, column).
    public subscript(row: Int, column: Int) -> Cell {
        let slot = slots[row * width + column]
        return Cell(character: character(slot.code), continuation: slot.continuation, style: slot.style)
    }

    /// Whether cell `index` (row-major) shows the same as that cell of `other`.
    public func sameCell(_ index: Int, as other: ScreenGrid) -> Bool {
        let a = slots[index]
        let b = other.slots[index]
        if a == b && a.code < Slot.clusterBase { return true }
        guard a.style == b.style, a.continuation == b.continuation,
              a.code >= Slot.clusterBase, b.code >= Slot.clusterBase else { return false }
        return character(a.code).unicodeScalars.elementsEqual(other.character(b.code).unicodeScalars)
    }

    /// The character of the cell `index` (row-major) and whether the cell is a continuation.
    public func cell(at index: Int) -> (character: Character, continuation: Bool, style: Style) {
        let slot = slots[index]
        return (character(slot.code), slot.continuation, slot.style)
    }

    /// Same size, same cursor, and every cell showing the same scalars in the same style.
    public static func == (a: ScreenGrid, b: ScreenGrid) -> Bool {
        guard a.width == b.width, a.height == b.height, a.cursor == b.cursor else { return false }
        for index in a.slots.indices where !a.sameCell(index, as: b) { return false }
        return true
    }

    /// The text of a row, with wide characters once and trailing spaces kept: exactly `width` cells.
    public func line(_ row: Int) -> String {
        var out = ""
        for c in 0..<width where !slots[row * width + c].continuation {
            out.append(character(slots[row * width + c].code))
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

    /// The character a slot code stands for.
    func character(_ code: UInt32) -> Character {
        if code >= Slot.clusterBase { return clusters[Int(code - Slot.clusterBase)] }
        return Unicode.Scalar(code).map(Character.init) ?? " "
    }

    /// The slot code of a cluster, storing it when it has more than one scalar.
    mutating func code(for ch: Character) -> UInt32 {
        let scalars = ch.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        clusters.append(ch)
        return Slot.clusterBase + UInt32(clusters.count - 1)
    }

    /// Puts a cluster of one or two cells at (row, column).
    @inline(__always)
    mutating func place(_ code: UInt32, width w: Int, row: Int, column col: Int, style: Style) {
        clearWide(row: row, column: col)
        slots[row * width + col] = Slot(code: code, style: style, continuation: false)
        if w == 2 {
            clearWide(row: row, column: col + 1)
            slots[row * width + col + 1] = Slot(code: 0x20, style: style, continuation: true)
        }
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
    @inline(__always)
    mutating func clearWide(row: Int, column: Int) {
        let index = row * width + column
        if slots[index].continuation {
            if column > 0 { slots[index - 1] = Slot(code: 0x20, style: slots[index - 1].style, continuation: false) }
        } else if column + 1 < width, slots[index + 1].continuation {
            slots[index + 1] = Slot(code: 0x20, style: slots[index + 1].style, continuation: false)
        }
    }
}
