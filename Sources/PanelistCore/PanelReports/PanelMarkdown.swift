import Foundation

/// The panel report as Markdown, for the programme office (no agreement figures).
public enum PanelMarkdown {
    /// Renders the report.
    public static func render(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang)
        var o: [String] = []
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        o.append("# " + lang.pick("专家组评审汇总：", "Panel report: ") + report.rubricTitle.text(lang))
        o.append("")
        o.append("- " + lang.pick("评分细则", "Rubric") + ": `\(report.rubricID)` \(report.rubricVersion) sha256 `\(report.rubricSHA256)`")
        for line in f.rulesText(report.rules) { o.append("- " + line) }
        if let chair = report.chair {
            o.append("- " + lang.pick("组长日志", "Chair journal") + ": \(chair.file) — \(chair.reviewer?.name ?? "?") (\(chair.reviewer?.fingerprint ?? "?")) — \(chair.decision.label(lang))" +
                     (chair.issues.isEmpty ? "" : " — " + f.issues(chair)))
        }
        o.append("")
        o.append("## " + lang.pick("输入日志", "Input journals"))
        o.append("")
        o.append("| " + [lang.pick("文件", "File"), lang.pick("专家", "Reviewer"), lang.pick("申报", "Application"), lang.pick("处理", "Decision"), lang.pick("问题", "Issues")].joined(separator: " | ") + " |")
        o.append("|---|---|---|---|---|")
        for e in report.intake {
            o.append("| \(cell(e.file)) | \(cell(e.reviewer.map { "\($0.name) (\($0.id))" } ?? "—")) | \(cell(e.applicationID ?? "—")) | \(e.decision.label(lang)) | \(cell(f.issues(e))) |")
        }
        if !report.notes.isEmpty {
            o.append("")
            for n in report.notes { o.append("- ⚠ " + n) }
        }
        o.append("")
        o.append("## " + lang.pick("排名", "Ranking"))
        o.append("")
        o.append("| " + [lang.pick("名次", "Rank"), lang.pick("申报", "Application"), lang.pick("总分", "Total"), lang.pick("计算总分", "Computed total"), lang.pick("结论", "Verdict")].joined(separator: " | ") + " |")
        o.append("|---|---|---|---|---|")
        for a in ranked(report.applications) {
            o.append("| \(a.rank.map(String.init) ?? "—") | \(cell(a.id)) | \(f.value(a.total)) | \(f.value(a.computedTotal)) | \(a.outcome.label(lang)) |")
        }
        for a in report.applications {
            o.append("")
            o.append("## " + lang.pick("申报 ", "Application ") + a.id)
            o.append("")
            o.append("- " + lang.pick("申报材料", "Application file") + " sha256 `\(a.applicationSHA256)`" + (a.profile.variant.map { "; " + lang.pick("类别", "variant") + " \($0)" } ?? ""))
            o.append("- " + lang.pick("评分专家", "Reviewers") + ": " + (a.reviewers.isEmpty ? "—" : a.reviewers.map { r in
                report.reviewerLabel(r.id) + (r.admitted.isEmpty ? "" : "（" + r.admitted.map { $0.kind.label(lang) }.joined(separator: ", ") + "）")
            }.joined(separator: ", ")))
            if !a.recused.isEmpty {
                o.append("- " + lang.pick("回避", "Recused") + ": " + a.recused.map { "\(report.reviewerLabel($0.id)): \($0.reason)" }.joined(separator: "; "))
            }
            o.append("- " + lang.pick("基础分", "Base") + " \(f.value(a.base)), " + lang.pick("加分", "bonus") + " \(f.value(a.bonus)), " +
                     lang.pick("总分", "total") + " **\(f.value(a.total))**" + (a.total != a.computedTotal ? lang.pick("（计算总分 ", " (computed ") + f.value(a.computedTotal) + lang.pick("）", ")") : "") +
                     (a.threshold.map { ", " + lang.pick("分数线", "threshold") + " \($0.plain)" } ?? "") +
                     " — **\(a.outcome.label(lang))**" + (a.rank.map { ", " + lang.pick("第 \($0) 名", "rank \($0)") } ?? ""))
            for n in a.notes { o.append("- ⚠ " + n) }
            if !a.gates.isEmpty {
                o.append("")
                o.append("### " + lang.pick("基本要求", "Gates"))
                o.append("")
                o.append("| " + [lang.pick("要求", "Gate"), lang.pick("专家组结论", "Panel"), lang.pick("各专家", "Reviewers"), lang.pick("不通过理由", "Fail reasons")].joined(separator: " | ") + " |")
                o.append("|---|---|---|---|")
                for g in a.gates {
                    let votes = g.votes.map { "\($0.reviewer) \(f.verdict($0.verdict))" }.joined(separator: ", ")
                    let fails = g.fails.map { "\(report.reviewerLabel($0.reviewer)): \($0.reason)" }.joined(separator: "; ")
                    o.append("| \(cell(g.id + " " + f.title(g.id))) | \(g.applicable ? f.verdict(g.verdict) : lang.pick("不适用", "n/a")) | \(cell(votes)) | \(cell(fails)) |")
                }
            }
            o.append("")
            o.append("### " + lang.pick("分类小计", "Subtotals"))
            o.append("")
            o.append("| " + [lang.pick("指标", "Node"), lang.pick("满分", "Cap"), lang.pick("得分", "Points"), lang.pick("计算值", "Computed")].joined(separator: " | ") + " |")
            o.append("|---|---|---|---|")
            for s in a.subtotals {
                o.append("| \(cell(s.id + " " + f.title(s.id, variant: a.profile.variant))) | \(s.cap.plain) | \(f.value(s.points)) | \(f.value(s.computed)) |")
            }
            o.append("")
            o.append("### " + lang.pick("指标", "Indicators"))
            o.append("")
            let heads = [lang.pick("指标", "Indicator"), lang.pick("满分", "Cap")] + a.reviewers.map(\.id) +
                [lang.pick("最低", "Min"), lang.pick("最高", "Max"), lang.pick("极差", "Spread"), lang.pick("中位数", "Median"), lang.pick("规则", "Rule"),
                 lang.pick("专家组分值", "Panel"), lang.pick("组长裁定", "Chair"), lang.pick("分歧", "Flag")]
            o.append("| " + heads.joined(separator: " | ") + " |")
            o.append("|" + String(repeating: "---|", count: heads.count))
            for ind in a.indicators {
                var row = [cell(ind.id + " " + f.title(ind.id, variant: a.profile.variant)), ind.cap.plain]
                if ind.applicable {
                    row += ind.scores.map { f.points($0.points) + ($0.answered ? "" : "*") }
                    row += [f.points(ind.min), f.points(ind.max), f.points(ind.spread), f.points(ind.median), f.ruleTag(ind), "**\(f.value(ind.value))**",
                            ind.resolution.map { f.value($0.value) } ?? "", ind.divergent ? "⚑" : ""]
                } else {
                    row += a.reviewers.map { _ in "" } + ["", "", "", "", "", lang.pick("不适用", "n/a"), "", ""]
                }
                o.append("| " + row.joined(separator: " | ") + " |")
            }
            o.append("")
            o.append(lang.pick("\\* 该专家未完成此项（按 0 分或已录部分计）。⚑ 分歧超过阈值。", "\\* the reviewer left this indicator incomplete (counted as entered). ⚑ divergence above the threshold."))
            var details: [String] = []
            for ind in a.indicators where ind.applicable {
                var lines: [String] = []
                if ind.divergent { lines.append("  - ⚑ " + ind.divergenceReasons.joined(separator: "; ")) }
                if let r = ind.resolution {
                    lines.append("  - " + lang.pick("组长裁定", "Chair") + " \(f.value(r.value))（" + lang.pick("计算值", "computed") + " \(f.value(ind.value))）: \(r.reason)")
                }
                for s in ind.scores where !s.comment.isEmpty || !s.ticks.isEmpty || !s.option.isEmpty || !s.figures.isEmpty {
                    var parts: [String] = []
                    if !s.option.isEmpty { parts.append(lang.pick("选项 ", "option ") + s.option) }
                    if !s.ticks.isEmpty { parts.append(lang.pick("勾选 ", "ticks ") + s.ticks) }
                    if !s.comment.isEmpty { parts.append(s.comment.replacingOccurrences(of: "\n", with: " ")) }
                    parts += s.figures.map { $0.line(lang, variant: a.profile.variant) }
                    lines.append("  - \(report.reviewerLabel(s.reviewer)) (\(f.points(s.points))): " + parts.joined(separator: " — "))
                }
                if !lines.isEmpty { details.append("- **\(ind.id)** " + f.title(ind.id, variant: a.profile.variant)); details += lines }
            }
            if !details.isEmpty {
                o.append("")
                o.append("### " + lang.pick("专家意见与裁定", "Comments and resolutions"))
                o.append("")
                o += details
            }
            if !a.opinions.isEmpty {
                o.append("")
                o.append("### " + lang.pick("总体意见", "Overall opinions"))
                o.append("")
                for c in a.opinions { o.append("- \(report.reviewerLabel(c.reviewer)): " + c.text.replacingOccurrences(of: "\n", with: " ")) }
            }
        }
        o.append("")
        return o.joined(separator: "\n")
    }

    /// Applications by rank (unranked last), then id.
    static func ranked(_ apps: [ApplicationPanel]) -> [ApplicationPanel] {
        apps.sorted { ($0.rank ?? Int.max, $0.id) < ($1.rank ?? Int.max, $1.id) }
    }
}
