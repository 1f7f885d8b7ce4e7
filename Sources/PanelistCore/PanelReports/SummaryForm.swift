import Foundation

/// The panel's one-page 评审结果汇总表: the ranking with each reviewer's total, the panel total and
/// the verdict, the merge rule and who was dropped, what is missing, and the chair's and members'
/// signature lines. A4 HTML and 80-column text.
public struct SummaryForm: Sendable {
    /// The report summarised.
    public let report: PanelReport
    /// Wording and formatting.
    public let f: PanelFormat
    /// The chair's name (panel file), if known.
    public let chair: String?
    /// The members' names for the signature lines: the panel file's, else the reviewers merged.
    public let members: [String]

    /// Creates the form of a report.
    public init(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current, chair: String? = nil, members: [String]? = nil) {
        self.report = report
        self.f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
        self.chair = chair
        var seen: [String] = []
        for a in report.applications { for r in a.reviewers where !seen.contains(report.reviewerLabel(r.id)) { seen.append(report.reviewerLabel(r.id)) } }
        self.members = members ?? seen
    }

    var lang: Lang { f.lang }
    var title: String { lang.pick("评审结果汇总表", "Panel results summary") }

    /// The reviewers as columns: everyone who scored an application of the batch, in name order.
    var columns: [String] {
        var ids: [String] = []
        for a in report.applications { for r in a.reviewers where !ids.contains(r.id) { ids.append(r.id) } }
        return ids.sorted { (report.reviewerLabel($0), $0) < (report.reviewerLabel($1), $1) }
    }

    /// Header and rows of the ranking table.
    var table: (heads: [String], rows: [[String]]) {
        let cols = columns
        let heads = [lang.pick("名次", "Rank"), lang.pick("申报单位 / 项目", "Applicant / title"), lang.pick("类型", "Variant")] + cols.map { report.reviewerLabel($0) }
            + [lang.pick("专家组总分", "Panel total"), lang.pick("结论", "Verdict")]
        let rows = PanelMarkdown.ranked(report.applications).map { a -> [String] in
            let who = a.info.map { $0.applicant + ($0.title.isEmpty || $0.title == $0.applicant ? "" : " " + $0.title) } ?? a.id
            var row = [a.rank.map(String.init) ?? "—", who, f.variantLabel(a.profile.variant) ?? "—"]
            row += cols.map { id in
                if let r = a.reviewers.first(where: { $0.id == id }) {
                    return r.total.plain + (a.dropped.contains { $0.reviewer == id } ? lang.pick("（去）", " (x)") : "")
                }
                return a.recused.contains { $0.id == id } ? lang.pick("回避", "recused") : ""
            }
            row += [f.value(a.total), a.outcome.label(lang)]
            return row
        }
        return (heads, rows)
    }

    /// Lines under the table: the rule, who was dropped, recusals.
    var notes: [String] {
        var out = [lang.pick("合并规则：", "Merge rule: ") + f.rule(report.rules.rule)]
        for a in report.applications {
            if let d = f.dropped(a, report), !a.dropped.isEmpty { out.append(a.id + lang.pick("：", ": ") + d) }
            if !a.recused.isEmpty { out.append(a.id + lang.pick(" 回避：", " recused: ") + a.recused.map { $0.name }.joined(separator: f.comma)) }
        }
        return out
    }

    var signatures: [String] {
        [lang.pick("专家组组长：", "Chair: ") + (chair ?? "") + "  ____________________    " + lang.pick("日期：______年____月____日", "Date: ____________")]
            + members.map { lang.pick("专家组成员：", "Member: ") + $0 + "  ____________________    " + lang.pick("日期：______年____月____日", "Date: ____________") }
    }

    /// The form as 80-column text.
    public func text(width: Int = 80) -> String {
        var o: [String] = [RationaleReport.centered(title, width), RationaleReport.centered(report.programmeTitle(lang), width)]
        if let p = report.panelTitle { o.append(RationaleReport.centered(p, width)) }
        o.append(String(repeating: "=", count: width))
        for line in f.status(report) { o += TextLayout.wrap(line, width: width) }
        o.append(String(repeating: "=", count: width))
        let (heads, rows) = table
        let fixed = heads.count - 2
        let other = 4 + 8 + (heads.count - 5) * 8 + 8 + 14
        let whoW = max(12, width - other - fixed)
        let widths = [4, whoW, 8] + Array(repeating: 8, count: heads.count - 5) + [8, 14]
        func row(_ cells: [String]) -> String {
            TextLayout.trimTrailing(zip(cells, widths).map { TextLayout.pad(TextLayout.truncate($0.0, to: $0.1, ellipsis: "..."), to: $0.1) }.joined(separator: " "))
        }
        o.append(row(heads))
        o.append(String(repeating: "-", count: width))
        o += rows.map(row)
        o.append(String(repeating: "=", count: width))
        for n in notes { o += TextLayout.wrap(n, width: width) }
        o.append("")
        for s in signatures { o.append(""); o.append(s) }
        return o.joined(separator: "\n") + "\n"
    }

    /// The form as one A4 page of HTML.
    public func html() -> String {
        let e = HTMLText.escape
        var o: [String] = ["<!DOCTYPE html>", "<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(e(title))</title><style>"]
        o.append(PrintStyle.page(left: report.programmeTitle(lang), right: title, lang: lang, margins: "14mm 12mm 12mm 12mm"))
        o.append(PrintStyle.body)
        o.append("body { font-size: 10pt; } h1 { text-align: center; margin: 0; } .sub { text-align: center; margin: 0 0 4pt; } .sign p { margin: 12pt 0 0; font-size: 11pt; }")
        o.append("</style></head><body>")
        o.append("<h1>\(e(title))</h1><p class=\"sub\">\(e(report.programmeTitle(lang)))" + (report.panelTitle.map { "<br>" + e($0) } ?? "") + "</p>")
        o.append("<div class=\"status\">" + f.status(report).map(e).joined(separator: "<br>") + "</div>")
        let (heads, rows) = table
        o.append("<table><thead><tr>" + heads.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
        for r in rows {
            o.append("<tr>" + r.enumerated().map { i, c in (i == 0 || (i >= 3 && i < r.count - 1)) ? "<td class=\"n\">\(e(c))</td>" : "<td>\(e(c))</td>" }.joined() + "</tr>")
        }
        o.append("</tbody></table>")
        o.append("<ul class=\"small\">" + notes.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        o.append("<div class=\"sign\">" + signatures.map { "<p>\(e($0))</p>" }.joined() + "</div>")
        o.append("</body></html>")
        return o.joined(separator: "\n") + "\n"
    }
}
