import PanelistCore

/// The chair's list of flagged indicators, the resolved ones marked with their agreed value.
struct AgendaPane: Component {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// One label per agenda item, and the agreed value on the right.
    var rows: [(label: String, right: String, resolved: Bool)]

    var lineCount: Int { rows.count }

    /// Lays out an agenda.
    init(agenda: ChairAgenda, rubric: Rubric, rect: Layout.Rect, lang: Lang, glyphs: Glyphs) {
        self.rect = rect
        self.rows = agenda.items.map { item in
            let mark = item.isResolved ? glyphs.done : "!"
            let title = rubric.node(item.indicator.id)?.title.text(lang) ?? ""
            return ("\(mark) \(item.application) \(item.indicator.id) \(title)", item.indicator.resolution.map { " = " + $0.value.plain } ?? "", item.isResolved)
        }
    }

    /// Draws the rows from the stored scroll.
    func render(cursor: Int, scroll: Int, lang: Lang, into grid: inout ScreenGrid) {
        drawHeader(lang.pick("待议指标", "Flagged indicators"), focused: true, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            let index = scroll + i
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let r = rect.row + 1 + i
            let style: ScreenGrid.Style = index == cursor ? .selected : row.resolved ? .good : .normal
            if index == cursor { grid.fill(row: r, column: rect.column, width: rect.width, height: 1, style: style) }
            grid.write(Fit.pad(row.label, to: rect.width - DisplayWidth.of(row.right)) + row.right, row: r, column: rect.column, style: style)
        }
    }
}
