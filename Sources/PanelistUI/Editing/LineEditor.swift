import PanelistCore

/// A one-line text field: the cursor moves by character, the view scrolls by display width.
public struct LineEditor: Sendable, Equatable {
    /// The text, one element per character.
    public private(set) var characters: [Character]
    /// Cursor position as a character index (0 … count).
    public private(set) var cursor: Int

    /// Creates a field holding text, with the cursor at its end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The field's text.
    public var text: String { String(characters) }

    /// Applies an editing key; returns `false` when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// The visible text for a field `width` cells wide and the cursor's cell within it.
    public func view(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // Scroll so the cursor stays inside the field, keeping one cell for it at the end.
        var start = 0
        var before = DisplayWidth.of(String(characters[..<cursor]))
        while before > width - 1, start < cursor {
            before -= DisplayWidth.of(characters[start])
            start += 1
        }
        var out = ""
        var used = 0
        for ch in characters[start...] {
            let w = DisplayWidth.of(ch)
            if used + w > width { break }
            out.append(ch)
            used += w
        }
        return (out, before)
    }
}
