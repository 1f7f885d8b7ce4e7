import PanelistCore

/// Draws the application list: rubric, progress, total, signed off, recused.
enum ListScreen {
    static func draw(_ model: AppModel, into grid: inout ScreenGrid) {
        let lang = model.lang
        grid.fill(row: 0, column: 0, width: grid.width, height: 1, style: .status)
        let g = model.glyphs
        grid.write(lang.pick(" Panelist \(g.dot) 申报列表（Enter 打开，q 退出）", " Panelist \(g.dot) Applications (Enter opens, q quits)"), row: 0, column: 0, style: .status)
        let columns = [(lang.pick("编号", "Id"), 16), (lang.pick("申报单位", "Applicant"), 30), (lang.pick("细则", "Rubric"), 26),
                       (lang.pick("进度", "Done"), 8), (lang.pick("总分", "Total"), 7), (lang.pick("状态", "State"), 12)]
        var column = 1
        for (title, width) in columns {
            grid.write(g.pad(title, to: width), row: 1, column: column, style: .heading)
            column += width + 1
        }
        for (index, session) in model.sessions.enumerated() {
            let row = 2 + index
            guard row < grid.height - 2 else { break }
            let selected = index == model.listCursor
            let style: ScreenGrid.Style = selected ? .selected : .normal
            if selected { grid.fill(row: row, column: 0, width: grid.width, height: 1, style: style) }
            let (done, total) = session.progress
            var state = lang.pick("评审中", "open")
            if session.state.recusal != nil { state = lang.pick("已回避", "recused") } else if session.state.isSignedOff { state = lang.pick("已签字", "signed") }
            let rubric = session.rubric.id + (session.profile.variant.map { "/" + $0 } ?? "")
            let cells = [session.dossier.id, session.dossier.name, rubric, "\(done)/\(total)", session.sheet.total.plain, state]
            var c = 1
            for ((_, width), text) in zip(columns, cells) {
                grid.write(g.pad(text, to: width), row: row, column: c, style: style)
                c += width + 1
            }
        }
        if let message = model.message {
            grid.write(g.truncate(" " + g.plain(message.text), to: grid.width), row: grid.height - 2, column: 0, style: message.style)
        } else if case .prompt(let prompt) = model.mode {
            let column = grid.write(prompt.title, row: grid.height - 2, column: 0)
            let view = prompt.editor.view(width: max(2, grid.width - column - 1))
            grid.write(view.text, row: grid.height - 2, column: column)
            grid.placeCursor(row: grid.height - 2, column: column + view.cursorColumn)
        }
        grid.fill(row: grid.height - 1, column: 0, width: grid.width, height: 1, style: .status)
        grid.write(lang.pick(" \(g.upDown) 选择 \(g.dot) Enter 打开 \(g.dot) ? 帮助 \(g.dot) q 退出", " \(g.upDown) select \(g.dot) Enter open \(g.dot) ? help \(g.dot) q quit"),
                   row: grid.height - 1, column: 0, style: .status)
    }
}
