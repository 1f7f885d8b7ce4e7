import Foundation
import PanelistCore

extension ChairModel {
    /// Draws the chair's screen: the agenda on the left, the selected indicator on the right.
    public func render() -> ScreenGrid {
        var grid = ScreenGrid(width: width, height: height)
        guard Layout.fits(width: width, height: height) else {
            let text = lang.pick("窗口太小：至少 \(Layout.minimumWidth)x\(Layout.minimumHeight)", "Window too small: needs \(Layout.minimumWidth)x\(Layout.minimumHeight)")
            grid.write(glyphs.truncate(text, to: width), row: height / 2, column: 0, style: .bad)
            return grid
        }
        if mode == .help {
            var row = 0
            for (text, style) in HelpScreen.lines(keys: keys, lang: lang) where row < height {
                grid.write(text, row: row, column: 1, style: style)
                row += 1
            }
            return grid
        }
        let open = agenda.open.count
        grid.fill(row: 0, column: 0, width: width, height: 1, style: .status)
        let dot = glyphs.dot
        grid.write(glyphs.truncate(lang.pick(" Panelist \(dot) 组长裁定 \(dot) 待议 \(agenda.items.count) 项，未裁定 \(open) 项",
                                             " Panelist \(dot) Chair \(dot) \(agenda.items.count) flagged, \(open) open"), to: width), row: 0, column: 0, style: .status)
        let listWidth = max(30, width * 2 / 5)
        let bodyHeight = height - 3
        ReviewScreen.header(lang.pick("待议指标", "Flagged indicators"), focused: true, rect: Layout.Rect(row: 1, column: 0, width: listWidth, height: 1), into: &grid)
        let visible = bodyHeight - 1
        let scroll = ReviewScreen.effectiveScroll(0, selected: cursor, count: agenda.items.count, visible: visible)
        for i in 0..<visible {
            let index = scroll + i
            guard agenda.items.indices.contains(index) else { break }
            let item = agenda.items[index]
            let selected = index == cursor
            let style: ScreenGrid.Style = selected ? .selected : item.isResolved ? .good : .normal
            if selected { grid.fill(row: 2 + i, column: 0, width: listWidth, height: 1, style: style) }
            let mark = item.isResolved ? glyphs.done : "!"
            let right = item.indicator.resolution.map { " " + glyphs.arrow + $0.value.plain } ?? ""
            let label = "\(mark) \(item.application) \(item.indicator.id) " + title(item.indicator.id)
            grid.write(glyphs.pad(label, to: listWidth - DisplayWidth.of(right)) + right, row: 2 + i, column: 0, style: style)
        }
        for r in 1..<(height - 2) { grid.write("|", row: r, column: listWidth, style: .dim) }
        let detail = Layout.Rect(row: 1, column: listWidth + 1, width: width - listWidth - 1, height: bodyHeight)
        ReviewScreen.header(lang.pick("专家评分与裁定", "Reviewers and resolution"), focused: false, rect: detail, into: &grid)
        let lines = detailLines(width: detail.width - 1)
        let start = min(detailScroll, max(0, lines.count - (detail.height - 1)))
        for i in 0..<(detail.height - 1) {
            guard lines.indices.contains(start + i) else { break }
            grid.write(lines[start + i].text, row: detail.row + 1 + i, column: detail.column + 1, style: lines[start + i].style, limit: detail.width - 1)
        }
        drawBottom(into: &grid)
        return grid
    }

    func title(_ id: String) -> String { rubric.node(id)?.title.text(lang) ?? "" }

    /// The right-hand lines for the selected item.
    func detailLines(width: Int) -> [ReviewScreen.Line] {
        guard let item else { return [ReviewScreen.Line(lang.pick("没有需要讨论的指标。", "Nothing is flagged for discussion."), .good)] }
        var out: [ReviewScreen.Line] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal, indent: String = "") {
            for line in TextLayout.wrap(text, width: max(4, width - DisplayWidth.of(indent))) { out.append(.init(indent + line, style)) }
        }
        let i = item.indicator
        let none = glyphs.none
        add("\(item.application) \(glyphs.dot) \(i.id) \(title(i.id))", .heading)
        add(lang.pick("满分 \(i.cap.plain)；极差 \(i.spread?.plain ?? none)；中位数 \(i.median?.plain ?? none)", "cap \(i.cap.plain); spread \(i.spread?.plain ?? none); median \(i.median?.plain ?? none)"))
        let f = PanelFormat(rubric: rubric, lang: lang)
        add(lang.pick("计算的专家组分值：", "Computed panel value: ") + (i.value?.plain ?? none) + glyphs.plain(f.paren(f.ruleTag(i))), .bold)
        for reason in f.divergence(i) { add(glyphs.flag + " " + glyphs.plain(reason), .warning) }
        out.append(.init(""))
        for score in i.scores {
            let chosen = f.choices(score, indicator: i.id, variant: nil), ticked = f.ticks(score, indicator: i.id, variant: nil)
            add("\(score.name)：\(score.points.plain)" + (chosen.isEmpty ? "" : "  [\(chosen)]") + (ticked.isEmpty ? "" : "  \(ticked)"), .bold)
            if !score.comment.isEmpty { add(score.comment, .normal, indent: "  ") }
            for e in score.evidence where e.isFlagged { add(glyphs.plain(f.evidence(e, target: i.id, variant: nil)), .warning, indent: "  ") }
        }
        out.append(.init(""))
        if let r = i.resolution {
            add(lang.pick("组长裁定：\(r.value.plain)（与计算值并列显示，不替换）", "Agreed: \(r.value.plain) (shown beside the computed value, never replacing it)"), .good)
            add(lang.pick("理由：", "Reason: ") + r.reason, .normal, indent: "  ")
        } else {
            add(lang.pick("未裁定：Enter 录入议定分值与理由", "Not resolved: Enter records the agreed value and reason"), .dim)
        }
        return out
    }

    func drawBottom(into grid: inout ScreenGrid) {
        let dot = glyphs.dot
        let row = height - 2
        switch mode {
        case .value(let editor):
            drawEditor(lang.pick("议定分值：", "Agreed value: "), editor, row: row, into: &grid)
        case .reason(let value, let editor):
            drawEditor(lang.pick("议定 \(value.plain)，理由：", "Agreed \(value.plain), reason: "), editor, row: row, into: &grid)
        default:
            if let message { grid.write(glyphs.truncate(" " + glyphs.plain(message.text), to: width), row: row, column: 0, style: message.style) }
        }
        grid.fill(row: height - 1, column: 0, width: width, height: 1, style: .status)
        grid.write(lang.pick(" \(glyphs.upDown) 选择 \(dot) Enter 裁定 \(dot) n 下一未裁定 \(dot) ? 帮助 \(dot) q 退出",
                             " \(glyphs.upDown) select \(dot) Enter resolve \(dot) n next open \(dot) ? help \(dot) q quit"), row: height - 1, column: 0, style: .status)
    }

    /// A prompt and its one-line editor, with the terminal's cursor at the editing position.
    func drawEditor(_ title: String, _ editor: LineEditor, row: Int, into grid: inout ScreenGrid) {
        let column = grid.write(title, row: row, column: 0, style: .bold)
        let view = editor.view(width: max(2, width - column - 1))
        grid.write(view.text, row: row, column: column, style: editor.selected ? .selected : .bold)
        grid.placeCursor(row: row, column: column + view.cursorColumn)
    }
}
