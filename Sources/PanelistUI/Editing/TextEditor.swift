import PanelistCore

/// A multi-line text editor for comments: Chinese input, emoji and combining marks, the cursor
/// by grapheme cluster and display width, soft wrapping at the field's width, newlines with
/// Enter, and pasted text as typed.
///
/// Positions come in three kinds, and the editor maps between them: a cluster index (0 … count,
/// never inside a cluster), a logical (line, column) counted in clusters between newlines, and
/// a visual (row, cell) at a wrapping width, the cell being where the cluster starts on screen.
public struct TextEditor: Sendable, Equatable {
    /// The text, one element per grapheme cluster (newlines included); always equal to `Array(text)`.
    public private(set) var characters: [Character]
    /// Cursor position as a cluster index (0 … count).
    public private(set) var cursor: Int
    /// The display column the cursor aims for when moving up and down.
    private var goalColumn: Int?

    /// Creates an editor holding text, with the cursor at its end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text being edited.
    public var text: String { String(characters) }

    /// A visual row: the cluster range it shows.
    public struct Row: Sendable, Equatable {
        /// Index of the row's first cluster.
        public var start: Int
        /// Index just past the row's last cluster (a newline ending the row is not part of it).
        public var end: Int
    }

    /// Breaks the text into rows of at most `width` cells (hard breaks at newlines).
    public func rows(width: Int) -> [Row] {
        let w = max(2, width)
        var rows: [Row] = []
        var start = 0
        var used = 0
        var i = 0
        while i < characters.count {
            let ch = characters[i]
            if ch.isNewline {
                rows.append(Row(start: start, end: i))
                start = i + 1
                used = 0
                i += 1
                continue
            }
            let cw = DisplayWidth.of(ch)
            if used + cw > w, i > start {
                rows.append(Row(start: start, end: i))
                start = i
                used = 0
                continue
            }
            used += cw
            i += 1
        }
        rows.append(Row(start: start, end: characters.count))
        return rows
    }

    /// The text a row shows.
    public func text(of row: Row) -> String {
        String(characters[row.start..<row.end])
    }

    /// The cursor's row and display column at `width`.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        position(of: cursor, width: width)
    }

    /// The visual row and cell of a cluster index at `width` (at a soft break: the next row's start).
    public func position(of index: Int, width: Int) -> (row: Int, column: Int) {
        let index = max(0, min(index, characters.count))
        let all = rows(width: width)
        for (n, row) in all.enumerated() where index >= row.start && index <= row.end {
            if index == row.end, n + 1 < all.count, all[n + 1].start == row.end { continue }
            return (n, ClusterSplice.cells(characters, row.start..<index))
        }
        return (max(0, all.count - 1), 0)
    }

    /// The first cluster index shown at a visual row and cell (a cell inside a wide cluster gives
    /// the boundary before it; a cell past the row's end, the row's end).
    public func index(row: Int, column: Int, width: Int) -> Int {
        let all = rows(width: width)
        guard !all.isEmpty else { return 0 }
        let r = all[max(0, min(row, all.count - 1))]
        var index = r.start
        var used = 0
        while index < r.end, used < column {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        return index
    }

    /// The logical line (between newlines) and column, in clusters, of a cluster index.
    public func location(of index: Int) -> (line: Int, column: Int) {
        var line = 0
        var column = 0
        for ch in characters[0..<max(0, min(index, characters.count))] {
            if ch.isNewline {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The cluster index of a logical line and column (clamped to the line's end and the text).
    public func index(line: Int, column: Int) -> Int {
        var index = 0
        var current = 0
        while current < line, index < characters.count {
            if characters[index].isNewline { current += 1 }
            index += 1
        }
        var c = 0
        while c < column, index < characters.count, !characters[index].isNewline {
            index += 1
            c += 1
        }
        return index
    }

    /// Moves the cursor to a cluster index (clamped).
    public mutating func moveCursor(to index: Int) {
        cursor = max(0, min(index, characters.count))
        goalColumn = nil
    }

    /// Applies an editing key at a field width; returns `false` when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .character(let c):
            cursor = ClusterSplice.replace(&characters, cursor..<cursor, with: String(c))
            goalColumn = nil
        case .enter:
            cursor = ClusterSplice.replace(&characters, cursor..<cursor, with: "\n")
            goalColumn = nil
        case .backspace:
            if cursor > 0 { cursor = ClusterSplice.replace(&characters, (cursor - 1)..<cursor, with: "") }
            goalColumn = nil
        case .delete:
            if cursor < characters.count { cursor = ClusterSplice.replace(&characters, cursor..<(cursor + 1), with: "") }
            goalColumn = nil
        case .left:
            cursor = max(0, cursor - 1)
            goalColumn = nil
        case .right:
            cursor = min(characters.count, cursor + 1)
            goalColumn = nil
        case .up, .down:
            moveVertically(down: key == .down, width: width)
        case .home, .control("a"):
            let all = rows(width: width)
            cursor = all[cursorPosition(width: width).row].start
            goalColumn = nil
        case .end, .control("e"):
            let all = rows(width: width)
            cursor = all[cursorPosition(width: width).row].end
            goalColumn = nil
        default:
            return false
        }
        return true
    }

    mutating func moveVertically(down: Bool, width: Int) {
        let all = rows(width: width)
        let position = cursorPosition(width: width)
        let target = position.row + (down ? 1 : -1)
        guard target >= 0, target < all.count else { return }
        let goal = goalColumn ?? position.column
        cursor = index(row: target, column: goal, width: width)
        goalColumn = goal
    }
}
