import PanelistCore

/// The help screen of a context: its keymap in force and, where `:` works, the commands.
struct HelpPane: Component {
    /// Where the pane is drawn (the whole screen above the status row).
    var rect: Layout.Rect
    /// The context whose keys are shown.
    var context: InputContext
    /// The heading (the first help line) and the rows below it.
    var heading: String
    var rows: [(text: String, style: ScreenGrid.Style)]

    var lineCount: Int { rows.count }

    /// Lays out the help of a context.
    init(context: InputContext, width: Int, height: Int, lang: Lang) {
        self.rect = Layout.Rect(row: 0, column: 0, width: width, height: max(1, height - 1))
        self.context = context
        let all = HelpText.rows(context, lang: lang, width: max(10, width - 2))
        self.heading = all.first?.text ?? ""
        self.rows = Array(all.dropFirst())
    }

    /// Draws the help from the stored scroll.
    func render(scroll: Int, into grid: inout ScreenGrid) {
        drawHeader(heading.trimmingCharacters(in: .whitespaces), focused: false, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            guard rows.indices.contains(scroll + i) else { break }
            grid.write(rows[scroll + i].text, row: rect.row + 1 + i, column: 1, style: rows[scroll + i].style, limit: rect.width - 1)
        }
    }
}
