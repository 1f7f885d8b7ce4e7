import PanelistCore

/// The application list: id, applicant, rubric, progress, total and state, in the chosen order.
struct ListPane: Component {
    /// Where the pane is drawn (its header row holds the column titles).
    var rect: Layout.Rect
    /// Session indices in display order.
    var order: [Int]
    /// The cells of each session's row, by session index.
    var cells: [[String]]
    /// Column titles and widths.
    var columns: [(title: String, width: Int)]

    var lineCount: Int { order.count }

    /// Lays out the list; the id column is as wide as the longest id, never cut.
    init(sessions: [ReviewSession], sort: ListSort, rect: Layout.Rect, lang: Lang) {
        self.rect = rect
        self.order = sort.order(sessions)
        let cells = sessions.map { session -> [String] in
            let (done, total) = session.review.progress
            var state = lang.pick("评审中", "open")
            if session.state.recusal != nil { state = lang.pick("已回避", "recused") } else if session.state.isSignedOff { state = lang.pick("已签字", "signed") }
            let rubric = session.rubric.id + (session.profile.variant.map { "/" + $0 } ?? "")
            return [session.dossier.id, session.dossier.name, rubric, "\(done)/\(total)", session.sheet.total.plain, state]
        }
        self.cells = cells
        let titles = [lang.pick("编号", "Id"), lang.pick("申报单位", "Applicant"), lang.pick("细则", "Rubric"),
                      lang.pick("进度", "Done"), lang.pick("总分", "Total"), lang.pick("状态", "State")]
        var widths = titles.indices.map { c in max(DisplayWidth.of(titles[c]), cells.map { DisplayWidth.of($0[c]) }.max() ?? 0) }
        // Every column but the applicant keeps its full width; the applicant takes what is left.
        let others = widths.enumerated().filter { $0.offset != 1 }.map(\.element).reduce(0, +)
        widths[1] = max(8, min(widths[1], rect.width - 1 - others - titles.count))
        self.columns = Array(zip(titles, widths))
    }

    /// The display row of a session.
    func row(of session: Int) -> Int? { order.firstIndex(of: session) }

    /// What a list command asks the model to do.
    enum Outcome: Equatable {
        case none
        case select(Int)
        case open(Int)
    }

    /// Handles a command meant for the list, from the selected session and stored scroll.
    func handle(_ invocation: Invocation, selected: Int, scroll: Int) -> Outcome {
        guard !order.isEmpty else { return .none }
        let index = row(of: selected) ?? 0
        if let line = moved(invocation, from: index) { return .select(order[line]) }
        switch invocation.command {
        case .open: return .open(order[index])
        case .click:
            guard let cell = invocation.cell, let line = hitTest(row: cell.row, column: cell.column, scroll: scroll) else { return .none }
            return order[line] == selected ? .open(order[line]) : .select(order[line])
        default:
            return .none
        }
    }

    /// Draws the column titles and the rows from the stored scroll.
    func render(selected: Int, scroll: Int, into grid: inout ScreenGrid) {
        var column = rect.column + 1
        for (title, width) in columns {
            grid.write(Fit.pad(title, to: width), row: rect.row, column: column, style: .heading)
            column += width + 1
        }
        for i in 0..<visibleRows {
            let index = scroll + i
            guard order.indices.contains(index) else { break }
            let session = order[index]
            let r = rect.row + 1 + i
            let style: ScreenGrid.Style = session == selected ? .selected : .normal
            if session == selected { grid.fill(row: r, column: rect.column, width: rect.width, height: 1, style: style) }
            var c = rect.column + 1
            for ((_, width), text) in zip(columns, cells[session]) {
                grid.write(Fit.pad(text, to: width), row: r, column: c, style: style)
                c += width + 1
            }
        }
    }
}
