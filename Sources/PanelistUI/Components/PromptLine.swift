import PanelistCore

/// A prompt drawn on the message row: its title, then the text (selected when pre-filled).
enum PromptLine {
    /// Draws a prompt on a row of the given width and puts the terminal's cursor at the editing
    /// position; returns the cursor's column.
    @discardableResult
    static func render(_ prompt: Prompt, row: Int, width: Int, into grid: inout ScreenGrid) -> Int {
        let titleWidth = DisplayWidth.of(prompt.title)
        grid.write(prompt.title, row: row, column: 0, style: .bold)
        let view = prompt.editor.view(width: max(2, width - titleWidth - 1))
        grid.write(view.text, row: row, column: titleWidth, style: prompt.selected ? .selected : .normal)
        let column = titleWidth + view.cursorColumn
        grid.placeCursor(row: row, column: column)
        return column
    }
}
