import PanelistCore

/// The chair's view of one flagged indicator: figures, each reviewer's points and comment,
/// and the agreed value beside the computed one.
struct DetailPane: Component {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The wrapped lines.
    var lines: [StyledLine]

    var lineCount: Int { lines.count }

    /// Lays out an agenda item (or says nothing is flagged).
    init(item: ChairAgendaItem?, rubric: Rubric, rect: Layout.Rect, lang: Lang) {
        self.rect = rect
        let width = max(10, rect.width - 1)
        var out: [StyledLine] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal, indent: String = "") {
            out += StyledLine.wrap([StyledLine.Run(text, style)], width: width, indent: indent, first: indent)
        }
        guard let item else {
            self.lines = StyledLine.wrap([StyledLine.Run(lang.pick("没有需要讨论的指标。", "Nothing is flagged for discussion."), .good)], width: width)
            return
        }
        let i = item.indicator
        let f = PanelFormat(rubric: rubric, lang: lang)
        add("\(item.application)  \(i.id) " + (rubric.node(i.id)?.title.text(lang) ?? ""), .heading)
        add(lang.pick("满分 \(i.cap.plain)；极差 \(i.spread?.plain ?? "-")；中位数 \(i.median?.plain ?? "-")",
                      "cap \(i.cap.plain); spread \(i.spread?.plain ?? "-"); median \(i.median?.plain ?? "-")"))
        add(lang.pick("计算的专家组分值：", "Computed panel value: ") + (i.value?.plain ?? "-") + f.paren(f.ruleTag(i)), .bold)
        for reason in f.divergence(i) { add("! " + reason, .warning) }
        out.append(StyledLine(""))
        for score in i.scores {
            let chosen = f.choices(score, indicator: i.id, variant: nil), ticked = f.ticks(score, indicator: i.id, variant: nil)
            add(score.name + lang.pick("：", ": ") + score.points.plain + (chosen.isEmpty ? "" : "  [\(chosen)]") + (ticked.isEmpty ? "" : "  \(ticked)"), .bold)
            if !score.comment.isEmpty { add(score.comment, .normal, indent: "  ") }
            for figure in score.figures { add(figure.line(lang), .dim, indent: "  ") }
            for e in score.evidence where e.isFlagged { add(f.evidence(e, target: i.id, variant: nil), .warning, indent: "  ") }
        }
        out.append(StyledLine(""))
        if let r = i.resolution {
            add(lang.pick("组长裁定：\(r.value.plain)（与计算值并列显示，不替换）", "Agreed: \(r.value.plain) (shown beside the computed value, never replacing it)"), .good)
            add(lang.pick("理由：", "Reason: ") + r.reason, .normal, indent: "  ")
        } else {
            let key = Keymap.map(.chair).bindings.first { $0.command == .resolve }?.trigger.label(lang) ?? "Enter"
            add(lang.pick("未裁定：\(key) 录入议定分值与理由", "Not resolved: \(key) records the agreed value and reason"), .dim)
        }
        self.lines = out
    }

    /// Draws the lines from the stored scroll.
    func render(scroll: Int, lang: Lang, into grid: inout ScreenGrid) {
        drawHeader(lang.pick("专家评分与裁定", "Reviewers and resolution"), focused: false, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            guard lines.indices.contains(scroll + i) else { break }
            lines[scroll + i].draw(into: &grid, row: rect.row + 1 + i, column: rect.column + 1, limit: rect.width - 1)
        }
    }
}
