import PanelistCore

extension AppModel {
    /// Draws the state at the model's size: a pure function that reads the laid-out panes and
    /// the stored scrolls, and computes none.
    public func render() -> ScreenGrid {
        let layout = panes.layout
        var grid = ScreenGrid(width: layout.width, height: layout.height)
        guard fits else {
            renderTooSmall(into: &grid)
            return grid
        }
        if case .help(_, let scroll)? = route.overlay, let help = panes.help {
            help.render(scroll: scroll, into: &grid)
            StatusLine.render("", context: .help, lang: lang, row: layout.height - 1, width: layout.width, into: &grid)
            return grid
        }
        if route.screen == .review, let session {
            renderReview(session, into: &grid)
        } else {
            renderList(into: &grid)
        }
        return grid
    }

    func renderTooSmall(into grid: inout ScreenGrid) {
        let layout = panes.layout
        let quit = Keymap.map(.tooSmall).bindings.first { $0.command == .quit }?.trigger.label(lang) ?? "q"
        let lines = [lang.pick("窗口太小", "Window too small"),
                     lang.pick("至少需要 \(Layout.minimumWidth)x\(Layout.minimumHeight)，当前 \(layout.width)x\(layout.height)",
                               "Needs at least \(Layout.minimumWidth)x\(Layout.minimumHeight); now \(layout.width)x\(layout.height)"),
                     lang.pick("请放大窗口；\(quit) 退出", "Enlarge the window; \(quit) quits")]
        for (i, line) in lines.enumerated() {
            let text = Fit.truncate(line, to: layout.width)
            grid.write(text, row: max(0, layout.height / 2 - 1 + i), column: max(0, (layout.width - DisplayWidth.of(text)) / 2), style: i == 0 ? .bad : .normal)
        }
    }

    func titleBar(_ text: String, into grid: inout ScreenGrid) {
        grid.fill(row: 0, column: 0, width: grid.width, height: 1, style: .status)
        grid.write(Fit.truncate(text, to: grid.width), row: 0, column: 0, style: .status)
    }

    func renderList(into grid: inout ScreenGrid) {
        let bar = " " + glyphs.separator + " "
        titleBar(" Panelist" + bar + lang.pick("申报列表", "Applications") + bar + list.sort.title(lang), into: &grid)
        for (i, line) in listHeaderShown.enumerated() {
            grid.write(Fit.truncate(" " + line, to: grid.width), row: 1 + i, column: 0, style: line.hasPrefix("  ") ? .normal : .heading)
        }
        panes.list?.render(selected: list.selected, scroll: list.scroll, into: &grid)
        bottom(summary: lang.pick(" \(sessions.count) 份申报", " \(sessions.count) applications"), into: &grid)
    }

    func renderReview(_ session: ReviewSession, into grid: inout ScreenGrid) {
        let layout = panes.layout
        let bar = " " + glyphs.separator + " "
        titleBar(" Panelist" + bar + session.dossier.name + lang.pick("（\(session.dossier.id)）", " (\(session.dossier.id))") + bar
                 + session.rubric.title.text(lang, variant: session.profile.variant), into: &grid)
        let view = session.view
        let browsing = route.overlay == nil
        panes.tree?.render(view: view, focused: browsing && view.focus == .tree, into: &grid)
        for r in layout.tree.row..<(layout.tree.row + layout.tree.height) {
            grid.write(glyphs.separator, row: r, column: layout.tree.width, style: .dim)
        }
        panes.text?.render(scroll: view.textScroll, focused: browsing && view.focus == .text, highlight: search.query, into: &grid)
        switch route.overlay {
        case .scenarios(let picker)?:
            panes.picker?.render(picker: picker, glyphs: glyphs, lang: lang, into: &grid)
        case .comment(let edit)?:
            let target = edit.key == .overall ? lang.pick("总体意见", "overall opinion") : AppModel.name(edit.key, in: session, lang: lang)
            let state = edit.failure != nil ? lang.pick("未保存（写入失败）", "NOT SAVED (write failed)")
                : edit.dirty ? lang.pick("未保存", "unsaved") : lang.pick("已保存", "saved")
            panes.comment?.render(edit: edit, title: lang.pick("编辑评语：", "Comment: ") + target + " " + glyphs.separator + " " + state, into: &grid)
        default:
            panes.panel?.render(view: view, focused: browsing && view.focus == .panel, showFocus: view.focus == .panel, into: &grid)
        }
        if case .signOff(let scroll)? = route.overlay { panes.signOff?.render(scroll: scroll, lang: lang, into: &grid) }
        let sheet = session.sheet
        var summary = " \(session.reviewerName)" + " " + glyphs.separator + " "
        summary += lang.pick("基础 \(sheet.base.plain) + 加分 \(sheet.bonus.plain) = \(sheet.total.plain)",
                             "base \(sheet.base.plain) + bonus \(sheet.bonus.plain) = \(sheet.total.plain)")
        if let threshold = sheet.threshold { summary += lang.pick("（线 \(threshold.plain)）", " (threshold \(threshold.plain))") }
        summary += " " + glyphs.separator + " " + UIText.outcome(sheet.outcome, lang: lang)
        if let saved = session.state.lastSaved { summary += " " + glyphs.separator + " " + lang.pick("已存 ", "saved ") + LocalTime.clock(saved, in: settings.timeZone) }
        bottom(summary: summary, into: &grid)
    }

    /// The message row and the status row. While a prompt takes the message row, a message
    /// (a refusal, say) shows on the status row, so it is never hidden behind the prompt.
    func bottom(summary: String, into grid: inout ScreenGrid) {
        let messageRow = grid.height - 2
        let statusRow = grid.height - 1
        if case .prompt(let prompt)? = route.overlay {
            PromptLine.render(prompt, row: messageRow, width: grid.width, into: &grid)
            if let message {
                guard StatusLine.fitsOneRow(message, width: grid.width) else {
                    // A long one goes above the prompt, wrapped, so that neither hides the other.
                    StatusLine.message(message, row: messageRow - 1, width: grid.width, top: 1, into: &grid)
                    StatusLine.render(summary, hints: panes.hints, row: statusRow, width: grid.width, into: &grid)
                    return
                }
                grid.fill(row: statusRow, column: 0, width: grid.width, height: 1, style: .normal)
                StatusLine.message(message, row: statusRow, width: grid.width, top: statusRow, into: &grid)
                return
            }
        } else {
            StatusLine.message(message, row: messageRow, width: grid.width, top: 1, into: &grid)
        }
        StatusLine.render(summary, hints: panes.hints, row: statusRow, width: grid.width, into: &grid)
    }
}
