import PanelistCore

/// The comment editor, drawn in the scoring panel's place while it is open.
struct CommentPane: Component {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The editor's visual rows.
    var rows: [TextEditor.Row]

    var lineCount: Int { rows.count }

    /// The width text wraps at inside the pane.
    static func textWidth(_ rect: Layout.Rect) -> Int { max(10, rect.width - 2) }

    /// Lays out the editor's text.
    init(edit: CommentEdit, rect: Layout.Rect) {
        self.rect = rect
        self.rows = edit.editor.rows(width: Self.textWidth(rect))
    }

    /// The first row to show so the cursor's row is visible.
    func scroll(for edit: CommentEdit) -> Int {
        let cursor = edit.editor.cursorPosition(width: Self.textWidth(rect)).row
        return normalized(max(0, cursor - visibleRows + 1), showing: cursor...cursor)
    }

    /// Draws the text and puts the terminal's cursor at the editing position; returns its screen cell.
    @discardableResult
    func render(edit: CommentEdit, title: String, into grid: inout ScreenGrid) -> (row: Int, column: Int)? {
        drawHeader(title, focused: true, into: &grid)
        let width = Self.textWidth(rect)
        let cursor = edit.editor.cursorPosition(width: width)
        let scroll = self.scroll(for: edit)
        var cell: (Int, Int)?
        for i in 0..<visibleRows {
            guard rows.indices.contains(scroll + i) else { break }
            let r = rect.row + 1 + i
            grid.write(edit.editor.text(of: rows[scroll + i]), row: r, column: rect.column + 1)
            if scroll + i == cursor.row {
                let column = rect.column + 1 + cursor.column
                grid.placeCursor(row: r, column: column)
                cell = (r, column)
            }
        }
        return cell
    }
}
