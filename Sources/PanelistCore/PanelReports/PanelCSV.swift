import Foundation

/// The panel report as CSV tables (UTF-8 with BOM, CRLF, so Excel opens Chinese text correctly).
public enum PanelCSV {
    /// The byte-order mark Excel needs to read UTF-8.
    public static let bom = "\u{FEFF}"

    /// One field, quoted when it holds a comma, quote or line break.
    public static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func table(_ rows: [[String]]) -> String {
        bom + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One row per application: rank, verdict, gates, subtotals, totals.
    public static func applications(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang)
        let categories = rubric.categories.map(\.id)
        var rows: [[String]] = [[lang.pick("名次", "rank"), lang.pick("申报", "application"), lang.pick("结论", "verdict"), lang.pick("评分专家", "reviewers"),
                                 lang.pick("回避", "recused"), lang.pick("基本要求不通过", "failed gates")] +
                                categories.map { "\($0) " + f.title($0) } +
                                [lang.pick("基础分", "base"), lang.pick("加分", "bonus"), lang.pick("总分", "total"), lang.pick("计算总分", "computed total"), lang.pick("分数线", "threshold")]]
        for a in PanelMarkdown.ranked(report.applications) {
            let subs = Dictionary(a.subtotals.map { ($0.id, $0.points) }, uniquingKeysWith: { x, _ in x })
            let failed = a.gates.filter { $0.applicable && $0.verdict == .fail }
            let gateText: [String] = failed.map { g in
                let reasons: [String] = g.fails.map { "\($0.reviewer): \($0.reason)" }
                return g.id + " (" + reasons.joined(separator: "; ") + ")"
            }
            let recused: [String] = a.recused.map { "\($0.id): \($0.reason)" }
            var row: [String] = [a.rank.map(String.init) ?? "", a.id, a.outcome.label(lang), a.reviewers.map(\.id).joined(separator: " "),
                                 recused.joined(separator: "; "), gateText.joined(separator: "; ")]
            row += categories.map { f.value(subs[$0]) }
            row += [f.value(a.base), f.value(a.bonus), f.value(a.total), f.value(a.computedTotal), a.threshold?.plain ?? ""]
            rows.append(row)
        }
        return table(rows)
    }

    /// One row per application and indicator: the panel figures and the chair's resolution.
    public static func indicators(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang)
        var rows: [[String]] = [[lang.pick("申报", "application"), lang.pick("指标", "indicator"), lang.pick("名称", "title"), lang.pick("满分", "cap"),
                                 lang.pick("适用", "applicable"), lang.pick("规则", "rule"), lang.pick("人数", "reviewers"), lang.pick("最低", "min"),
                                 lang.pick("最高", "max"), lang.pick("极差", "spread"), lang.pick("中位数", "median"), lang.pick("专家组分值", "panel value"),
                                 lang.pick("分歧", "divergent"), lang.pick("分歧说明", "divergence"), lang.pick("组长裁定", "chair value"), lang.pick("裁定理由", "chair reason")]]
        for a in report.applications {
            for ind in a.indicators {
                rows.append([a.id, ind.id, f.title(ind.id, variant: a.profile.variant), ind.cap.plain, ind.applicable ? "1" : "0", ind.rule.rawValue + (ind.trimmed ? "*" : ""),
                             String(ind.scores.count), ind.min?.plain ?? "", ind.max?.plain ?? "", ind.spread?.plain ?? "", ind.median?.plain ?? "",
                             ind.value.map { f.value($0) } ?? "", ind.divergent ? "1" : "0", ind.divergenceReasons.joined(separator: "; "),
                             ind.resolution.map { f.value($0.value) } ?? "", ind.resolution?.reason ?? ""])
            }
        }
        return table(rows)
    }

    /// One row per application, indicator and reviewer: points, ticks, option, comment.
    public static func scores(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        var rows: [[String]] = [[lang.pick("申报", "application"), lang.pick("指标", "indicator"), lang.pick("专家编号", "reviewer"), lang.pick("专家", "name"),
                                 lang.pick("分值", "points"), lang.pick("已完成", "answered"), lang.pick("勾选", "ticks"), lang.pick("选项", "option"), lang.pick("意见", "comment")]]
        for a in report.applications {
            for ind in a.indicators where ind.applicable {
                for s in ind.scores {
                    rows.append([a.id, ind.id, s.reviewer, report.reviewerNames[s.reviewer] ?? "", s.points.plain, s.answered ? "1" : "0", s.ticks, s.option, s.comment])
                }
            }
        }
        return table(rows)
    }
}
