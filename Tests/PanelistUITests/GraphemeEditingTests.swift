import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// Text typed scalar by scalar, as a terminal delivers it, through the editors, the grid and the
/// comment screen: no crash, no cluster split, every row exactly its width, the cursor on a
/// cluster's first cell.
@Suite("Grapheme clusters: editors, grid, comment screen")
struct GraphemeEditingTests {
    static let strings = GraphemeSamples.strings(count: 120)

    /// The keys a terminal sends for text: one per Unicode scalar (newlines as Enter).
    static func keys(_ text: String) -> [Key] {
        text.unicodeScalars.map { $0 == "\n" ? Key.enter : Key.character(Character($0)) }
    }

    @Test func typingScalarByScalarRebuildsTheTextExactly() {
        for text in Self.strings {
            var editor = TextEditor()
            for key in Self.keys(text) { editor.handle(key, width: 17) }
            #expect(editor.text.unicodeScalars.elementsEqual(text.unicodeScalars), "\(text.debugDescription)")
            #expect(editor.characters == Array(text))
            #expect(editor.cursor == editor.characters.count)
            var line = LineEditor()
            for key in Self.keys(text) where key != .enter { line.handle(key) }
            #expect(line.text.unicodeScalars.elementsEqual(text.unicodeScalars.filter { $0 != "\n" }))
        }
    }

    /// The scalars of `characters` with the cluster at `index` left out.
    static func scalars(_ characters: [Character], without index: Int) -> [Unicode.Scalar] {
        characters.enumerated().flatMap { $0.offset == index ? [] : Array($0.element.unicodeScalars) }
    }

    @Test func insertDeleteAndMoveNeverSplitACluster() {
        var rng = GraphemeSamples.SplitMix64(seed: 7)
        let moves: [Key] = [.left, .right, .up, .down, .home, .end, .backspace, .delete, .left, .left]
        for text in Self.strings {
            let width = Int.random(in: 4...30, using: &rng)
            var editor = TextEditor()
            var line = LineEditor()
            for key in Self.keys(text) {
                for _ in 0..<Int.random(in: 0...2, using: &rng) {
                    let move = moves.randomElement(using: &rng) ?? .left
                    let before = editor
                    editor.handle(move, width: width)
                    if move == .backspace, before.cursor > 0 {
                        #expect(Array(editor.text.unicodeScalars) == Self.scalars(before.characters, without: before.cursor - 1), "backspace removes one whole cluster")
                    }
                    if move == .delete, before.cursor < before.characters.count {
                        #expect(Array(editor.text.unicodeScalars) == Self.scalars(before.characters, without: before.cursor), "delete removes one whole cluster")
                    }
                    line.handle(move)
                }
                let before = editor
                editor.handle(key, width: width)
                // What is typed lands at the cursor, as scalars: nothing before or after it moves.
                let offset = before.characters[..<before.cursor].reduce(0) { $0 + $1.unicodeScalars.count }
                var expected = Array(before.text.unicodeScalars)
                let typed: [Unicode.Scalar] = key == .enter ? ["\n"] : Self.character(key).map { Array($0.unicodeScalars) } ?? []
                expected.insert(contentsOf: typed, at: offset)
                #expect(Array(editor.text.unicodeScalars) == expected)
                if key != .enter { line.handle(key) }
                Self.check(editor, width: width)
                #expect(line.characters == Array(line.text))
                #expect((0...line.characters.count).contains(line.cursor))
                let view = line.view(width: width)
                #expect(DisplayWidth.of(view.text) <= width && view.cursorColumn < width)
            }
        }
    }

    static func character(_ key: Key) -> Character? {
        if case .character(let c) = key { return c }
        return nil
    }

    /// The editor's invariants at a width: clusters as the text segments them, rows that tile
    /// the text within the width, and a cursor on a cluster boundary with its cell.
    static func check(_ editor: TextEditor, width: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(editor.characters == Array(editor.text), sourceLocation: sourceLocation)
        #expect((0...editor.characters.count).contains(editor.cursor), sourceLocation: sourceLocation)
        let rows = editor.rows(width: width)
        var next = 0
        for row in rows {
            #expect(row.start == next || (row.start == next + 1 && editor.characters[next].isNewline), sourceLocation: sourceLocation)
            #expect(ClusterSplice.cells(editor.characters, row.start..<row.end) <= width, sourceLocation: sourceLocation)
            next = row.end
        }
        #expect(next == editor.characters.count, sourceLocation: sourceLocation)
        let position = editor.cursorPosition(width: width)
        let row = rows[position.row]
        #expect(row.start <= editor.cursor && editor.cursor <= row.end, sourceLocation: sourceLocation)
        #expect(position.column == ClusterSplice.cells(editor.characters, row.start..<editor.cursor), sourceLocation: sourceLocation)
        // Back from the cell: the same cell (a zero-width cluster may stand between two boundaries there).
        let back = editor.index(row: position.row, column: position.column, width: width)
        #expect(back <= editor.cursor && editor.position(of: back, width: width) == position, sourceLocation: sourceLocation)
        let location = editor.location(of: editor.cursor)
        #expect(editor.index(line: location.line, column: location.column) == editor.cursor, sourceLocation: sourceLocation)
    }

    @Test func gridRowsAreExactlyTheirWidthWhateverIsWritten() {
        var rng = GraphemeSamples.SplitMix64(seed: 3)
        for (n, text) in Self.strings.enumerated() {
            let width = 5 + n % 40
            var grid = ScreenGrid(width: width, height: 3)
            for _ in 0..<4 {
                let row = Int.random(in: 0..<3, using: &rng)
                let column = Int.random(in: -2..<width, using: &rng)
                let limit = Bool.random(using: &rng) ? nil : Int.random(in: 0...width, using: &rng)
                grid.write(text, row: row, column: column, style: .bold, limit: limit)
                if Bool.random(using: &rng) { grid.fill(row: row, column: Int.random(in: 0..<width, using: &rng), width: 3, height: 1) }
            }
            for row in 0..<3 {
                #expect(DisplayWidth.of(grid.line(row)) == width, "\(width): \(grid.line(row).debugDescription)")
                for column in 0..<width {
                    let cell = grid[row, column]
                    let cells = DisplayWidth.of(cell.character)
                    if cell.continuation {
                        #expect(column > 0 && DisplayWidth.of(grid[row, column - 1].character) == 2 && !grid[row, column - 1].continuation)
                    } else {
                        #expect(cells == 1 || (cells == 2 && column + 1 < width && grid[row, column + 1].continuation), "\(cell.character.debugDescription)")
                    }
                }
                grid.placeCursor(row: row, column: Int.random(in: 0..<width, using: &rng))
                if let cursor = grid.cursor { #expect(!grid[cursor.row, cursor.column].continuation) }
            }
        }
    }

    /// The issue's crash: typing ⚠️ 👍🏻 🇨🇳 or a combining accent into a comment.
    @Test func theCommentScreenDrawsWhateverIsTyped() throws {
        for (n, text) in Self.strings.enumerated() {
            var model = try UITestSupport.model(width: 80 + n % 50, height: 24 + n % 17, ascii: n % 2 == 0)
            _ = UITestSupport.type([.character("c")] + Self.keys(text), into: &model)
            guard case .comment(let edit)? = model.overlay, let pane = model.panes.comment else {
                Issue.record("no comment editor")
                return
            }
            #expect(edit.editor.text.unicodeScalars.elementsEqual(text.unicodeScalars))
            let grid = model.render()
            for row in 0..<grid.height { #expect(DisplayWidth.of(grid.line(row)) == grid.width) }
            let cursor = try #require(grid.cursor, "the real cursor is placed while a comment is edited")
            #expect(!grid[cursor.row, cursor.column].continuation)
            // The cursor stands just after the text typed on its row.
            let position = edit.editor.cursorPosition(width: CommentPane.textWidth(pane.rect))
            #expect(cursor.column == pane.rect.column + 1 + position.column)
            _ = UITestSupport.type([.escape], into: &model)
            #expect(model.sessions[0].state.comments.values.contains { $0.unicodeScalars.elementsEqual(text.unicodeScalars) }, "saved whole: \(text.debugDescription)")
            #expect(model.render().cursor == nil, "the cursor is hidden again")
        }
    }
}
