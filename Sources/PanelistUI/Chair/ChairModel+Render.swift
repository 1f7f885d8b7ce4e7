import Foundation
import PanelistCore

extension ChairModel {
    /// Lays out the panes and normalises the stored scrolls (after every event).
    mutating func refresh() {
        let layout = Layout(width: panes.layout.width, height: panes.layout.height)
        var next = ChairPanes(layout: layout)
        defer { panes = next }
        guard Layout.fits(width: layout.width, height: layout.height) else { return }
        let listWidth = max(30, layout.width * 2 / 5)
        let bodyHeight = layout.height - 3
        let agendaPane = AgendaPane(agenda: agenda, rubric: rubric, rect: Layout.Rect(row: 1, column: 0, width: listWidth, height: bodyHeight), lang: lang,
                                    glyphs: settings.glyphs, report: report)
        cursor = min(max(0, cursor), max(0, agenda.items.count - 1))
        listScroll = agendaPane.normalized(listScroll, showing: agenda.items.isEmpty ? nil : cursor...cursor)
        let detail = DetailPane(item: item, rubric: rubric, rect: Layout.Rect(row: 1, column: listWidth + 1, width: layout.width - listWidth - 1, height: bodyHeight), lang: lang,
                                report: report)
        detailScroll = detail.normalized(detailScroll)
        next.agenda = agendaPane
        next.detail = detail
        if case .help(let of, let scroll)? = overlay {
            let pane = HelpPane(context: of, width: layout.width, height: layout.height, lang: lang)
            overlay = .help(of: of, scroll: pane.normalized(scroll))
            next.help = pane
        }
    }

    /// Draws the chair's screen: the agenda on the left, the selected indicator on the right.
    public func render() -> ScreenGrid {
        let layout = panes.layout
        var grid = ScreenGrid(width: layout.width, height: layout.height)
        guard Layout.fits(width: layout.width, height: layout.height) else {
            let text = lang.pick("窗口太小：至少 \(Layout.minimumWidth)x\(Layout.minimumHeight)；q 退出", "Window too small: needs \(Layout.minimumWidth)x\(Layout.minimumHeight); q quits")
            grid.write(Fit.truncate(text, to: layout.width), row: layout.height / 2, column: 0, style: .bad)
            return grid
        }
        if case .help(_, let scroll)? = overlay, let help = panes.help {
            help.render(scroll: scroll, into: &grid)
            StatusLine.render("", context: .help, lang: lang, row: layout.height - 1, width: layout.width, into: &grid)
            return grid
        }
        let bar = " " + settings.glyphs.separator + " "
        grid.fill(row: 0, column: 0, width: layout.width, height: 1, style: .status)
        grid.write(Fit.truncate(" Panelist" + bar + lang.pick("组长裁定", "Chair") + bar
                                + lang.pick("待议 \(agenda.items.count) 项，未裁定 \(agenda.open.count) 项", "\(agenda.items.count) flagged, \(agenda.open.count) open")
                                + incompleteTag(bar), to: layout.width),
                   row: 0, column: 0, style: .status)
        panes.agenda?.render(cursor: cursor, scroll: listScroll, lang: lang, into: &grid)
        if let agendaPane = panes.agenda {
            for r in 1..<(layout.height - 2) { grid.write(settings.glyphs.separator, row: r, column: agendaPane.rect.width, style: .dim) }
        }
        panes.detail?.render(scroll: detailScroll, lang: lang, into: &grid)
        let messageRow = layout.height - 2
        let statusRow = layout.height - 1
        if case .prompt(let prompt)? = overlay {
            PromptLine.render(prompt, row: messageRow, width: layout.width, into: &grid)
            if let message {
                if StatusLine.fitsOneRow(message, width: layout.width) {
                    StatusLine.message(message, row: statusRow, width: layout.width, top: statusRow, into: &grid)
                    return grid
                }
                StatusLine.message(message, row: messageRow - 1, width: layout.width, top: 1, into: &grid)   // above the prompt, wrapped
            }
        } else {
            StatusLine.message(message, row: messageRow, width: layout.width, top: 1, into: &grid)
        }
        StatusLine.render("", context: context, lang: lang, row: statusRow, width: layout.width, into: &grid)
        return grid
    }

    /// `| 报告不完整：2 项缺失或被拒绝` when the merged report lacks something, else nothing.
    func incompleteTag(_ bar: String) -> String {
        guard let problems = report?.completeness.problems, !problems.isEmpty else { return "" }
        return bar + lang.pick("报告不完整：\(problems.count) 项缺失或被拒绝", "incomplete report: \(problems.count) missing or refused")
    }
}
