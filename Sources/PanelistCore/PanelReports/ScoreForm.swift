import Foundation

/// The one-page 专家评分表 a reviewer signs for one application: indicators with full marks,
/// points and a short reason, gates, totals, verdict, and the signature and date lines.
/// Rendered as A4 HTML and as 80-column text; a long rubric is shown down to the deepest level
/// that fits the page (the rationale carries every indicator).
public struct ScoreForm: Sendable, Equatable {
    /// One row: an indicator or a category, with points, full marks and the short reason.
    public struct Row: Sendable, Equatable {
        /// The node id.
        public var id: String
        /// The node's title for the variant.
        public var title: String
        /// 0 for categories.
        public var depth: Int
        /// Full marks.
        public var cap: String
        /// Points, or 不适用.
        public var points: String
        /// The short reason: the reviewer's comment, else the options and items chosen.
        public var reason: String
    }

    /// The form's title.
    public var title: String
    /// The programme (rubric title for the variant).
    public var programme: String
    /// Labelled facts: application, applicant, title, variant, reviewer.
    public var facts: [(label: String, value: String)]
    /// The rows, in rubric order.
    public var rows: [Row]
    /// Gates: id, verdict, reason (only fails and pendings carry a reason).
    public var gates: [(id: String, verdict: String, reason: String)]
    /// Totals line.
    public var totals: String
    /// The verdict.
    public var verdict: String
    /// The sign-off record (time and key) or 尚未签署.
    public var signed: String
    /// The language.
    public var lang: Lang

    /// The most rows that fit the page with the header, gates, totals and signatures.
    public static let maxRows = 40

    public static func == (a: ScoreForm, b: ScoreForm) -> Bool { a.text() == b.text() }

    /// Builds the form of one reviewer's journal state.
    public init(rubric: Rubric, header: JournalHeader, state: ReviewState, info: ApplicationInfo?, lang: Lang, zone: TimeZone = .current) {
        let f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
        let v = header.profile.variant
        let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs)
        let scope = SheetScope(rubric: rubric, profile: header.profile)
        self.lang = lang
        title = lang.pick("专家评分表", "Reviewer's score form")
        programme = rubric.title.text(lang, variant: v)
        var facts: [(String, String)] = [(lang.pick("申报编号", "Application"), header.application.id)]
        if let info {
            facts.append((lang.pick("申报单位", "Applicant"), info.applicant))
            if !info.title.isEmpty { facts.append((lang.pick("项目名称", "Title"), info.title)) }
        }
        if let label = f.variantLabel(v) { facts.append((lang.pick("申报类型", "Variant"), label)) }
        facts.append((lang.pick("评审专家", "Reviewer"), header.reviewer.name))
        if let r = state.recusal { facts.append((lang.pick("回避", "Recused"), r)) }
        self.facts = facts
        // Rows: every node down to the deepest level that keeps the form on one page.
        let all = rubric.allNodes.filter { scope.admits($0.when) }
        let maxDepth = all.map(\.depth).max() ?? 0
        var depth = maxDepth
        while depth > 0, all.filter({ $0.depth <= depth }).count > Self.maxRows { depth -= 1 }
        rows = all.filter { $0.depth <= depth }.map { node in
            let score = sheet.nodes[node.id]
            let na = score?.progress == .notApplicable
            var reason = ""
            if node.children.isEmpty || node.depth == depth {
                let input = state.inputs.indicators[node.id] ?? IndicatorInput()
                let s = ReviewerScore(reviewer: "", points: 0, ticks: "", option: "", choices: input.choices, ticked: input.ticks.mapValues { $0.sorted() },
                                      comment: "", answered: true)
                reason = state.comments[node.id].map { $0.replacingOccurrences(of: "\n", with: " ") }
                    ?? [f.choices(s, indicator: node.id, variant: v), f.ticks(s, indicator: node.id, variant: v)].filter { !$0.isEmpty }.joined(separator: lang.pick("；", "; "))
            }
            return Row(id: node.id, title: node.title.text(lang, variant: v), depth: node.depth, cap: (score?.cap ?? node.cap.resolve(v) ?? 0).plain,
                       points: na ? lang.pick("不适用", "n/a") : (score?.points ?? 0).plain, reason: reason)
        }
        gates = scope.gates.map { gate in
            let result = sheet.gates.first { $0.id == gate.id }
            let verdict = result?.verdict ?? .pending
            return (gate.id, f.verdict(verdict), verdict == .pass ? "" : (result?.reason ?? ""))
        }
        var totals = lang.pick("基础分 ", "Base ") + sheet.base.plain + (rubric.totals.base?.resolve(v).map { " / \($0.plain)" } ?? "")
        if let bonus = rubric.totals.bonus?.resolve(v) { totals += lang.pick("；加分 ", "; bonus ") + "\(sheet.bonus.plain) / \(bonus.plain)" }
        totals += lang.pick("；总分 ", "; total ") + sheet.total.plain
        if let t = sheet.threshold { totals += lang.pick("；认定分数线 ", "; threshold ") + t.plain }
        self.totals = totals
        verdict = RationaleReport.outcome(sheet.outcome, lang)
        if let s = state.signOff {
            signed = lang.pick("电子签署：", "Signed electronically: ") + f.time(s.time) + lang.pick("；密钥 ", "; key ") + header.reviewer.fingerprint
        } else {
            signed = lang.pick("电子签署：尚未签署", "Signed electronically: not yet")
        }
    }

    var signatureLine: String { lang.pick("专家签字：____________________        日期：______年____月____日", "Signature: ____________________        Date: ____________") }

    /// The form as 80-column text.
    public func text(width: Int = 80) -> String {
        var o: [String] = []
        let rule = String(repeating: "=", count: width)
        o.append(RationaleReport.centered(title, width))
        o.append(RationaleReport.centered(programme, width))
        o.append(rule)
        for fact in facts { o += RationaleReport.fieldLines(.init(label: fact.label, value: fact.value), indent: 0, width: width) }
        o.append(rule)
        let capW = 6, ptsW = 8, idW = 8
        let titleW = 30
        let reasonW = width - idW - titleW - capW - ptsW - 4
        func row(_ cells: [String]) -> String {
            let widths = [idW, titleW, capW, ptsW, reasonW]
            return zip(cells, widths).enumerated().map { i, pair in
                let clipped = TextLayout.truncate(pair.0, to: pair.1, ellipsis: "...")
                return i == 2 || i == 3 ? TextLayout.padLeft(clipped, to: pair.1) : TextLayout.pad(clipped, to: pair.1)
            }.joined(separator: " ")
        }
        o.append(TextLayout.trimTrailing(row([lang.pick("指标", "No."), lang.pick("名称", "Indicator"), lang.pick("满分", "Cap"), lang.pick("得分", "Points"), lang.pick("评分理由", "Reason")])))
        o.append(String(repeating: "-", count: width))
        for r in rows {
            o.append(TextLayout.trimTrailing(row([r.id, String(repeating: " ", count: r.depth) + r.title, r.cap, r.points, r.reason])))
        }
        o.append(rule)
        if !gates.isEmpty {
            let list = gates.map { "\($0.id) \($0.verdict)" }.joined(separator: lang.pick("；", "; "))
            o += RationaleReport.fieldLines(.init(label: lang.pick("基本要求", "Gates"), value: list), indent: 0, width: width)
            for g in gates where !g.reason.isEmpty {
                o += RationaleReport.fieldLines(.init(label: "  " + g.id, value: g.reason), indent: 0, width: width)
            }
        }
        o += RationaleReport.fieldLines(.init(label: lang.pick("合计", "Totals"), value: totals), indent: 0, width: width)
        o += RationaleReport.fieldLines(.init(label: lang.pick("结论", "Verdict"), value: verdict), indent: 0, width: width)
        o.append(rule)
        o += RationaleReport.fieldLines(.init(label: "", value: signed), indent: 0, width: width)
        o.append("")
        o.append(signatureLine)
        return o.joined(separator: "\n") + "\n"
    }

    /// The form as one A4 page of HTML.
    public func html() -> String {
        let e = HTMLText.escape
        var o: [String] = ["<!DOCTYPE html>", "<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(e(title))</title><style>"]
        o.append(PrintStyle.page(left: programme, right: title + " " + (facts.first?.value ?? ""), lang: lang, margins: "14mm 12mm 12mm 12mm"))
        o.append(PrintStyle.body)
        o.append("""
        body { font-size: 9.5pt; line-height: 1.3; } h1 { text-align: center; margin: 0; } .programme { text-align: center; margin: 0 0 4pt; }
        table.form td.reason { max-width: 70mm; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        table.form td, table.form th { padding: 1pt 3pt; } td.d0 { font-weight: bold; } .sign { margin-top: 14pt; font-size: 11pt; }
        """)
        o.append("</style></head><body>")
        o.append("<h1>\(e(title))</h1><p class=\"programme\">\(e(programme))</p>")
        o.append("<table><tbody>" + facts.map { "<tr><th style=\"width:22mm\">\(e($0.label))</th><td>\(e($0.value))</td></tr>" }.joined() + "</tbody></table>")
        o.append("<table class=\"form\"><thead><tr><th>\(e(lang.pick("指标", "No.")))</th><th>\(e(lang.pick("名称", "Indicator")))</th><th>\(e(lang.pick("满分", "Cap")))</th>"
                 + "<th>\(e(lang.pick("得分", "Points")))</th><th>\(e(lang.pick("评分理由", "Reason")))</th></tr></thead><tbody>")
        for r in rows {
            o.append("<tr><td class=\"d\(r.depth)\">\(e(r.id))</td><td class=\"d\(r.depth)\" style=\"padding-left:\(3 + r.depth * 8)pt\">\(e(r.title))</td>"
                     + "<td class=\"n\">\(e(r.cap))</td><td class=\"n\">\(e(r.points))</td><td class=\"reason\">\(e(r.reason))</td></tr>")
        }
        o.append("</tbody></table>")
        if !gates.isEmpty {
            o.append("<p><b>\(e(lang.pick("基本要求：", "Gates: ")))</b>" + e(gates.map { "\($0.id) \($0.verdict)" }.joined(separator: lang.pick("；", "; "))) + "</p>")
            for g in gates where !g.reason.isEmpty { o.append("<p class=\"small\">\(e(g.id))：\(e(g.reason))</p>") }
        }
        o.append("<p><b>\(e(lang.pick("合计：", "Totals: ")))</b>\(e(totals))</p>")
        o.append("<p><b>\(e(lang.pick("结论：", "Verdict: ")))</b>\(e(verdict))</p>")
        o.append("<p class=\"small\">\(e(signed))</p>")
        o.append("<p class=\"sign\">\(e(signatureLine))</p>")
        o.append("</body></html>")
        return o.joined(separator: "\n") + "\n"
    }
}
