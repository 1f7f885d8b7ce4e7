import Foundation

/// The panel report as one self-contained, print-friendly HTML file (A4, Chinese fonts,
/// one application per printed section). No scripts, no external resources.
public enum PanelHTML {
    /// Escapes text for HTML.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }

    static let style = """
    @page { size: A4; margin: 16mm 14mm; }
    body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "Microsoft YaHei", serif; font-size: 10.5pt; color: #000; }
    h1 { font-size: 16pt; } h2 { font-size: 13.5pt; border-bottom: 1px solid #000; } h3 { font-size: 11.5pt; margin-bottom: 2pt; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; }
    th, td { border: 0.5pt solid #555; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
    th { background: #eee; } td.n { text-align: right; white-space: nowrap; }
    tr { page-break-inside: avoid; } thead { display: table-header-group; }
    section.app { page-break-before: always; }
    .flag { font-weight: bold; } .warn { color: #8a4b00; } .small { font-size: 8.5pt; }
    @media screen { body { max-width: 200mm; margin: auto; } }
    """

    /// Renders the report.
    public static func render(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang)
        let e = escape
        var o: [String] = []
        func table(_ heads: [String], _ rows: [[String]], numeric: Set<Int> = []) {
            o.append("<table><thead><tr>" + heads.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
            for row in rows {
                o.append("<tr>" + row.enumerated().map { i, c in numeric.contains(i) ? "<td class=\"n\">\(c)</td>" : "<td>\(c)</td>" }.joined() + "</tr>")
            }
            o.append("</tbody></table>")
        }
        o.append("<!DOCTYPE html>")
        o.append("<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">")
        o.append("<title>\(e(lang.pick("专家组评审汇总：", "Panel report: ") + report.rubricTitle.text(lang)))</title>")
        o.append("<style>\n\(style)\n</style></head><body>")
        o.append("<h1>\(e(lang.pick("专家组评审汇总：", "Panel report: ") + report.rubricTitle.text(lang)))</h1>")
        o.append("<ul>")
        o.append("<li>\(e(lang.pick("评分细则", "Rubric"))): <code>\(e(report.rubricID))</code> \(e(report.rubricVersion)) sha256 <code>\(e(report.rubricSHA256))</code></li>")
        for line in f.rulesText(report.rules) { o.append("<li>\(e(line))</li>") }
        if let chair = report.chair {
            o.append("<li>\(e(lang.pick("组长日志", "Chair journal"))): \(e(chair.file)) — \(e(chair.reviewer?.name ?? "?")) — \(e(chair.decision.label(lang))) \(e(f.issues(chair)))</li>")
        }
        o.append("</ul>")
        o.append("<h2>\(e(lang.pick("输入日志", "Input journals")))</h2>")
        table([lang.pick("文件", "File"), lang.pick("专家", "Reviewer"), lang.pick("申报", "Application"), lang.pick("处理", "Decision"), lang.pick("问题", "Issues")],
              report.intake.map { [e($0.file), e($0.reviewer.map { "\($0.name) (\($0.id))" } ?? "—"), e($0.applicationID ?? "—"), e($0.decision.label(lang)), e(f.issues($0))] })
        for n in report.notes { o.append("<p class=\"warn\">⚠ \(e(n))</p>") }
        o.append("<h2>\(e(lang.pick("排名", "Ranking")))</h2>")
        table([lang.pick("名次", "Rank"), lang.pick("申报", "Application"), lang.pick("总分", "Total"), lang.pick("计算总分", "Computed total"), lang.pick("结论", "Verdict")],
              PanelMarkdown.ranked(report.applications).map { [$0.rank.map(String.init) ?? "—", e($0.id), f.value($0.total), f.value($0.computedTotal), e($0.outcome.label(lang))] },
              numeric: [0, 2, 3])
        for a in report.applications {
            let v = a.profile.variant
            o.append("<section class=\"app\">")
            o.append("<h2>\(e(lang.pick("申报 ", "Application ") + a.id))</h2>")
            o.append("<p>\(e(lang.pick("评分专家", "Reviewers"))): \(e(a.reviewers.map { report.reviewerLabel($0.id) + ($0.admitted.isEmpty ? "" : " [" + $0.admitted.map { $0.kind.label(lang) }.joined(separator: ", ") + "]") }.joined(separator: ", ")))")
            if !a.recused.isEmpty {
                o.append("<br>\(e(lang.pick("回避", "Recused"))): \(e(a.recused.map { "\(report.reviewerLabel($0.id)): \($0.reason)" }.joined(separator: "; ")))")
            }
            o.append("<br>\(e(lang.pick("基础分", "Base"))) \(f.value(a.base)), \(e(lang.pick("加分", "bonus"))) \(f.value(a.bonus)), \(e(lang.pick("总分", "total"))) <b>\(f.value(a.total))</b>" +
                     (a.total != a.computedTotal ? e(lang.pick("（计算总分 ", " (computed ") + f.value(a.computedTotal) + lang.pick("）", ")")) : "") +
                     (a.threshold.map { ", " + e(lang.pick("分数线", "threshold")) + " \($0.plain)" } ?? "") +
                     " — <b>\(e(a.outcome.label(lang)))</b>" + (a.rank.map { ", " + e(lang.pick("第 \($0) 名", "rank \($0)")) } ?? "") + "</p>")
            for n in a.notes { o.append("<p class=\"warn\">⚠ \(e(n))</p>") }
            if !a.gates.isEmpty {
                o.append("<h3>\(e(lang.pick("基本要求", "Gates")))</h3>")
                table([lang.pick("要求", "Gate"), lang.pick("专家组结论", "Panel"), lang.pick("各专家", "Reviewers"), lang.pick("不通过理由", "Fail reasons")],
                      a.gates.map { g in [e(g.id + " " + f.title(g.id)), e(g.applicable ? f.verdict(g.verdict) : lang.pick("不适用", "n/a")),
                                           e(g.votes.map { "\($0.reviewer) \(f.verdict($0.verdict))" }.joined(separator: ", ")),
                                           e(g.fails.map { "\(report.reviewerLabel($0.reviewer)): \($0.reason)" }.joined(separator: "; "))] })
            }
            o.append("<h3>\(e(lang.pick("分类小计", "Subtotals")))</h3>")
            table([lang.pick("指标", "Node"), lang.pick("满分", "Cap"), lang.pick("得分", "Points"), lang.pick("计算值", "Computed")],
                  a.subtotals.map { [e($0.id + " " + f.title($0.id, variant: v)), $0.cap.plain, f.value($0.points), f.value($0.computed)] }, numeric: [1, 2, 3])
            o.append("<h3>\(e(lang.pick("指标", "Indicators")))</h3>")
            let heads = [lang.pick("指标", "Indicator"), lang.pick("满分", "Cap")] + a.reviewers.map(\.id) +
                [lang.pick("最低", "Min"), lang.pick("最高", "Max"), lang.pick("极差", "Spread"), lang.pick("中位数", "Median"), lang.pick("规则", "Rule"),
                 lang.pick("专家组分值", "Panel"), lang.pick("组长裁定", "Chair"), lang.pick("分歧", "Flag")]
            let n = a.reviewers.count
            var rows: [[String]] = []
            for ind in a.indicators {
                var row = [e(ind.id + " " + f.title(ind.id, variant: v)), ind.cap.plain]
                if ind.applicable {
                    row += ind.scores.map { f.points($0.points) + ($0.answered ? "" : "*") }
                    row += [f.points(ind.min), f.points(ind.max), f.points(ind.spread), f.points(ind.median), e(f.ruleTag(ind)), "<b>\(f.value(ind.value))</b>",
                            ind.resolution.map { f.value($0.value) } ?? "", ind.divergent ? "<span class=\"flag\">⚑</span>" : ""]
                } else {
                    row += Array(repeating: "", count: n) + ["", "", "", "", "", e(lang.pick("不适用", "n/a")), "", ""]
                }
                rows.append(row)
            }
            table(heads, rows, numeric: Set(1..<(n + 8)))
            var items: [String] = []
            for ind in a.indicators where ind.applicable {
                var lines: [String] = []
                if ind.divergent { lines.append("<li class=\"flag\">⚑ \(e(ind.divergenceReasons.joined(separator: "; ")))</li>") }
                if let r = ind.resolution {
                    lines.append("<li>\(e(lang.pick("组长裁定", "Chair"))) <b>\(f.value(r.value))</b>（\(e(lang.pick("计算值", "computed"))) \(f.value(ind.value))）: \(e(r.reason))</li>")
                }
                for s in ind.scores where !s.comment.isEmpty || !s.ticks.isEmpty || !s.option.isEmpty || !s.figures.isEmpty {
                    var parts: [String] = []
                    if !s.option.isEmpty { parts.append(lang.pick("选项 ", "option ") + s.option) }
                    if !s.ticks.isEmpty { parts.append(lang.pick("勾选 ", "ticks ") + s.ticks) }
                    if !s.comment.isEmpty { parts.append(s.comment) }
                    parts += s.figures.map { $0.line(lang, variant: a.profile.variant) }
                    lines.append("<li>\(e(report.reviewerLabel(s.reviewer))) (\(f.points(s.points))): \(e(parts.joined(separator: " — ")))</li>")
                }
                if !lines.isEmpty { items.append("<li><b>\(e(ind.id))</b> \(e(f.title(ind.id, variant: v)))<ul>" + lines.joined() + "</ul></li>") }
            }
            if !items.isEmpty {
                o.append("<h3>\(e(lang.pick("专家意见与裁定", "Comments and resolutions")))</h3>")
                o.append("<ul class=\"small\">")
                o += items
                o.append("</ul>")
            }
            if !a.opinions.isEmpty {
                o.append("<h3>\(e(lang.pick("总体意见", "Overall opinions")))</h3><ul>")
                for c in a.opinions { o.append("<li>\(e(report.reviewerLabel(c.reviewer))): \(e(c.text))</li>") }
                o.append("</ul>")
            }
            o.append("</section>")
        }
        o.append("</body></html>")
        o.append("")
        return o.joined(separator: "\n")
    }
}
