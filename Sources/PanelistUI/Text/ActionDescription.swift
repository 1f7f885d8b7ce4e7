import Foundation
import PanelistCore

/// A one-line account of a saved action for the message row, in the screen's language, with
/// titles instead of internal ids (never `E1 doubtful`).
enum ActionDescription {
    static func describe(_ action: JournalAction, rubric: Rubric, variant: String?, lang: Lang) -> String {
        switch action {
        case .tick(let i, _, let item, let on):
            return "\(i) \(item) " + (on ? lang.pick("已勾选", "ticked") : lang.pick("取消勾选", "unticked"))
        case .choose(let i, _, let option):
            guard let option else { return "\(i) " + lang.pick("清除选项", "choice cleared") }
            return option == ScoringPart.noneAnswer ? "\(i) " + lang.pick("均不符合", "none applies") : "\(i) " + lang.pick("选 \(option)", "option \(option)")
        case .number(let i, let n, let value, let reason):
            let field = rubric.node(i)?.number(n)
            let title = field?.title.text(lang, variant: variant) ?? n
            let shown = value.map { $0.plain + (field?.unit ?? "") } ?? lang.pick("已清除", "cleared")
            return "\(i) \(title) = \(shown)" + (reason == nil ? "" : lang.pick("（附理由）", " (with reason)"))
        case .count(let i, _, let line, let count):
            return "\(i) \(line) = \(count)"
        case .points(let i, _, let points):
            return "\(i) " + lang.pick("专家评分", "expert points") + " = " + (points?.plain ?? lang.pick("已清除", "cleared"))
        case .scenarios(let ids, let other):
            return lang.pick("场景覆盖：\(ids.count + other) 个", "coverage: \(ids.count + other) scenarios")
        case .gate(let gate, let verdict, _):
            return "\(gate) " + UIText.verdict(verdict, lang: lang)
        case .evidence(let target, let item, let mark, _):
            let items = rubric.gates.first { $0.id == target }?.evidence ?? rubric.node(target)?.evidence ?? []
            let text = items.first { $0.id == item }?.text.text(lang, variant: variant) ?? item
            return "\(target) " + lang.pick("佐证「\(Fit.truncate(text, to: 24))」：", "evidence '\(Fit.truncate(text, to: 24))': ") + UIText.mark(mark, lang: lang)
        case .comment(let target, _):
            return target.isEmpty ? lang.pick("总体意见", "overall opinion") : lang.pick("评语 \(target)", "comment \(target)")
        case .recuse: return lang.pick("已声明回避", "recused")
        case .signoff: return lang.pick("已签字", "signed off")
        case .reopen: return lang.pick("已重新打开", "reopened")
        case .resolve(_, let indicator, let value, _): return lang.pick("组长裁定 \(indicator) = \(value.plain)", "chair resolved \(indicator) = \(value.plain)")
        }
    }
}
