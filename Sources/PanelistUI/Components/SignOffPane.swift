import Foundation
import PanelistCore

/// What signing off commits to, shown before the reviewer confirms: totals, outcome, gates,
/// what is still open or doubtful, and that the review becomes read-only.
struct SignOffPane: Component {
    /// Where the pane is drawn (the right-hand side: text and panel together).
    var rect: Layout.Rect
    /// The summary lines.
    var lines: [StyledLine]

    var lineCount: Int { lines.count }

    /// Lays out the summary of a session.
    init(session: ReviewSession, rect: Layout.Rect, lang: Lang) {
        self.rect = rect
        let width = max(10, rect.width - 1)
        var out: [StyledLine] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal) { out += StyledLine.wrap([StyledLine.Run(text, style)], width: width) }
        let review = session.review
        let sheet = review.sheet
        let (done, total) = review.progress
        add(session.dossier.name + lang.pick("（\(session.dossier.id)）", " (\(session.dossier.id))"), .heading)
        add(lang.pick("评审专家：", "Reviewer: ") + session.reviewerName)
        if let recusal = review.state.recusal {
            add(lang.pick("已声明回避：", "Recused: ") + recusal, .warning)
            add(lang.pick("签字确认本人回避、不评分。", "Signing confirms the recusal; no scores are given."))
        } else {
            add(lang.pick("已评 \(done)/\(total) 项", "Scored \(done)/\(total)"))
            var totals = lang.pick("基础分 \(sheet.base.plain) + 加分 \(sheet.bonus.plain) = 总分 \(sheet.total.plain)",
                                   "base \(sheet.base.plain) + bonus \(sheet.bonus.plain) = total \(sheet.total.plain)")
            if let threshold = sheet.threshold { totals += lang.pick("（认定线 \(threshold.plain)）", " (threshold \(threshold.plain))") }
            add(totals, .bold)
            add(UIText.outcome(sheet.outcome, lang: lang), sheet.outcome == .ineligible ? .bad : .bold)
            let gates = sheet.gates.filter(\.applicable)
            if !gates.isEmpty {
                let failed = gates.filter { $0.verdict == .fail }.map(\.id)
                add(lang.pick("门槛条件：\(gates.count - failed.count) 项通过", "Gates: \(gates.count - failed.count) passed")
                    + (failed.isEmpty ? "" : lang.pick("，不通过：", ", failed: ") + failed.joined(separator: lang.pick("、", ", "))),
                    failed.isEmpty ? .normal : .bad)
            }
            let state = review.state
            let doubtful = state.evidence.filter { $0.value.mark != .seen }.count
            if doubtful > 0 {
                add(lang.pick("佐证材料：\(doubtful) 项标为缺失或存疑", "Evidence: \(doubtful) marked missing or doubtful"), .warning)
            }
            let unexplained = review.rubric.indicators.flatMap { FigureOverride.of($0, state: state, stated: session.dossier.statedFigures) }
                .filter { $0.reason == nil }
            if !unexplained.isEmpty {
                add(lang.pick("与申报书不同而未写理由的核实数值：", "Verified figures that differ from the application without a reason: ")
                    + unexplained.map(\.key.indicator).joined(separator: lang.pick("、", ", ")), .warning)
            }
            let commented = state.comments.keys.filter { !$0.isEmpty }.count
            add(lang.pick("评语：\(commented) 项；总体意见：", "Comments: \(commented); overall opinion: ")
                + ((state.comments[""] ?? "").isEmpty ? lang.pick("未写", "not written") : lang.pick("已写", "written")),
                (state.comments[""] ?? "").isEmpty ? .warning : .normal)
        }
        out.append(StyledLine(""))
        add(lang.pick("签字后本申报的评分只读；如需修改，须 :reopen 并写明原因（记入日志）。",
                      "After signing, this review is read-only; changing it needs :reopen with a reason (journaled)."), .dim)
        add(lang.pick("确认签字？", "Sign off now?"), .bold)
        self.lines = out
    }

    /// Scroll commands; returns the new stored scroll (normalised later).
    func handle(_ invocation: Invocation, scroll: Int) -> Int {
        switch invocation.command {
        case .up: return scroll - 1
        case .down: return scroll + 1
        case .pageUp: return scroll - page
        case .pageDown: return scroll + page
        default: return scroll
        }
    }

    /// Draws the summary from the stored scroll.
    func render(scroll: Int, lang: Lang, into grid: inout ScreenGrid) {
        grid.fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height, style: .normal)
        drawHeader(lang.pick("签字确认", "Sign off"), focused: true, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            guard lines.indices.contains(scroll + i) else { break }
            lines[scroll + i].draw(into: &grid, row: rect.row + 1 + i, column: rect.column + 1, limit: rect.width - 1)
        }
    }
}
