import PanelistCore

/// A one-line text field: the cursor moves by grapheme cluster, the view scrolls by display width.
/// (A pre-filled value selected so that typing replaces it is `Prompt`'s.)
public struct LineEditor: Sendable, Equatable {
    /// The text, one element per grapheme cluster; always equal to `Array(text)`.
    public private(set) var characters: [Character]
    /// Cursor position as a cluster index (0 … count): never inside a cluster.
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
            cursor = ClusterSplice.replace(&characters, cursor..<cursor, with: String(c))
        case .backspace:
            guard cursor > 0 else { return true }
            cursor = ClusterSplice.replace(&characters, (cursor - 1)..<cursor, with: "")
        case .delete:
            guard cursor < characters.count else { return true }
            cursor = ClusterSplice.replace(&characters, cursor..<(cursor + 1), with: "")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            cursor = ClusterSplice.replace(&characters, 0..<cursor, with: "")
        default:
            return false
        }
        return true
    }

    /// The visible text for a field `width` cells wide and the cursor's cell within it.
    ///
    /// The view scrolls by whole clusters so that the cursor and one cell for it stay inside.
    public func view(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        var before = ClusterSplice.cells(characters, 0..<cursor)
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
