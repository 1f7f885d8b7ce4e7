import PanelistCore

/// A multi-line text editor for comments: Chinese input, cursor by character and display width,
/// soft wrapping at the field's width, newlines with Enter, and pasted text as typed.
public struct TextEditor: Sendable, Equatable {
    /// The text, one element per character (newlines included).
    public private(set) var characters: [Character]
    /// Cursor position as a character index (0 … count).
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

    /// A visual row: the character range it shows.
    public struct Row: Sendable, Equatable {
        /// Index of the row's first character.
        public var start: Int
        /// Index just past the row's last character.
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
            if ch == "\n" {
                rows.append(Row(start: start, end: i))
                start = i + 1
                used = 0
                i += 1
                continue
            }
            let cw = DisplayWidth.of(ch)
            if used + cw > w {
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

    /// The cursor's row and display column at `width`.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let all = rows(width: width)
        for (index, row) in all.enumerated() where cursor >= row.start && cursor <= row.end {
            // At a soft break the cursor belongs to the next row.
            if cursor == row.end, index + 1 < all.count, all[index + 1].start == row.end { continue }
            return (index, DisplayWidth.of(String(characters[row.start..<cursor])))
        }
        return (max(0, all.count - 1), 0)
    }

    /// Applies an editing key at a field width; returns `false` when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
            goalColumn = nil
        case .enter:
            characters.insert("\n", at: cursor)
            cursor += 1
            goalColumn = nil
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
            goalColumn = nil
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
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
        let row = all[target]
        var index = row.start
        var used = 0
        while index < row.end {
            let w = DisplayWidth.of(characters[index])
            if used + w > goal { break }
            used += w
            index += 1
        }
        cursor = index
        goalColumn = goal
    }
}
