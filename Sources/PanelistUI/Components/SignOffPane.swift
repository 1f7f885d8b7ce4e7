import Foundation
import PanelistCore

/// What signing off commits to, shown before the reviewer confirms: totals, outcome, gates,
/// what is still open or doubtful, and that the review becomes read-only.
struct SignOffPane: Component {
    /// Where the pane is drawn (the right-hand side: text and panel together).
    var rect: Layout.Rect
    /// The summary lines.
    var lines: [StyledLine]
    /// What the reviewer is asked (in the header, so it shows however long the summary is).
    var question: String

    var lineCount: Int { lines.count }

    /// Lays out the summary of a session: Core's `SignOffSummary` (the same as `panelist signoff`
    /// prints), the verified figures left without a reason, and the question.
    init(session: ReviewSession, rect: Layout.Rect, lang: Lang) {
        self.rect = rect
        let width = max(10, rect.width - 1)
        var out: [StyledLine] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal) { out += StyledLine.wrap([StyledLine.Run(text, style)], width: width) }
        let review = session.review
        let summary = SignOffSummary(rubric: review.rubric, profile: review.profile, state: review.state, sheet: review.sheet,
                                     applicationID: session.dossier.id, reviewer: session.reviewerName)
        for (index, line) in summary.lines(lang).enumerated() {
            let heading = index == 0 || (!line.hasPrefix(" ") && !line.contains(lang.pick("：", ": ")) && !line.isEmpty)
            add(line, index == 0 ? .heading : heading ? .bold : .normal)
        }
        let unexplained = review.rubric.indicators.flatMap { FigureOverride.of($0, state: review.state, stated: session.dossier.statedFigures) }
            .filter { $0.reason == nil }
        if summary.recusal == nil, !unexplained.isEmpty {
            add(lang.pick("与申报书不同而未写理由的核实数值：", "Verified figures that differ from the application, without a reason:"), .warning)
            for figure in unexplained { add("  \(figure.key.indicator) " + figure.line(lang, variant: review.profile.variant), .warning) }
        }
        out.append(StyledLine(""))
        add(lang.pick("签字后本申报的评分只读；如需修改，须 :reopen 并写明原因（记入日志）。",
                      "After signing, this review is read-only; changing it needs :reopen with a reason (journaled)."), .dim)
        question = summary.isComplete ? lang.pick("确认签字？", "Sign off now?")
                                      : lang.pick("尚有未评或未标记的内容。仍然签字？", "Some items are still open or unmarked. Sign off anyway?")
        add(question, summary.isComplete ? .bold : .warning)
        self.lines = out
    }

    /// Draws the summary from the stored scroll.
    func render(scroll: Int, lang: Lang, into grid: inout ScreenGrid) {
        grid.fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height, style: .normal)
        drawHeader(lang.pick("签字确认：", "Sign off: ") + question, focused: true, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            guard lines.indices.contains(scroll + i) else { break }
            lines[scroll + i].draw(into: &grid, row: rect.row + 1 + i, column: rect.column + 1, limit: rect.width - 1)
        }
    }
}
