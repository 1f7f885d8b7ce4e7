import Foundation

/// The programme office's panel report as a document (no agreement figures).
extension PanelDocument {
    /// Builds the report: status first, then inputs, ranking and one section per application.
    public static func report(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> PanelDocument {
        let f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
        let title = lang.pick("专家组评审汇总：", "Panel report: ") + report.programmeTitle(lang)
        var b: [Block] = [.heading(1, title), .status(f.status(report))]
        var intro: [String] = []
        if let panel = report.panelTitle { intro.append(lang.pick("专家组：", "Panel: ") + panel) }
        intro.append(lang.pick("评分细则：", "Rubric: ") + "\(report.rubricID) \(report.rubricVersion) sha256 \(report.rubricSHA256)")
        intro += f.rulesText(report.rules)
        if let chair = report.chair {
            intro.append(lang.pick("组长日志：", "Chair journal: ") + "\(chair.file) — \(chair.reviewer?.name ?? "?") — \(chair.decision.label(lang))" +
                         (chair.issues.isEmpty ? "" : " — " + f.issues(chair, report)))
        }
        b.append(.bullets(intro))

        // The intake table: the only place fingerprints are shown.
        b.append(.heading(2, lang.pick("输入日志", "Input journals")))
        let signed = Dictionary(report.applications.flatMap { a in a.reviewers.map { ($0.file, $0.signedOff) } }, uniquingKeysWith: { x, _ in x })
        b.append(.table(heads: [lang.pick("文件", "File"), lang.pick("专家", "Reviewer"), lang.pick("密钥指纹", "Key fingerprint"), lang.pick("申报", "Application"),
                                lang.pick("签署时间", "Signed off"), lang.pick("处理", "Decision"), lang.pick("问题", "Issues")],
                        rows: report.intake.map { e in
                            [e.file, e.reviewer.map { report.reviewerNames[$0.id] ?? $0.name } ?? "—", e.reviewer?.fingerprint ?? "—", e.applicationID ?? "—",
                             signed[e.file].flatMap { $0.map(f.time) } ?? "—", e.decision.label(lang), f.issues(e, report)]
                        }, numeric: []))
        if !report.notes.isEmpty { b.append(.bullets(report.notes.map { "⚠ " + f.note($0, report) })) }

        b.append(.heading(2, lang.pick("排名", "Ranking")))
        b.append(.table(heads: ranking(f).heads, rows: PanelMarkdown.ranked(report.applications).map { ranking(f).row($0, report) }, numeric: [0, 5, 6]))

        for a in report.applications { b += application(a, report, f) }
        return PanelDocument(title: title, blocks: b)
    }

    /// The ranking table's columns: rank, application, applicant, title, variant, each reviewer's total, panel total, computed, verdict.
    static func ranking(_ f: PanelFormat) -> (heads: [String], row: (ApplicationPanel, PanelReport) -> [String]) {
        let lang = f.lang
        let heads = [lang.pick("名次", "Rank"), lang.pick("申报", "Application"), lang.pick("申报单位", "Applicant"), lang.pick("项目名称", "Title"),
                     lang.pick("申报类型", "Variant"), lang.pick("专家组总分", "Panel total"), lang.pick("计算总分", "Computed total"),
                     lang.pick("各专家总分", "Reviewers' totals"), lang.pick("结论", "Verdict")]
        return (heads, { a, report in
            [a.rank.map(String.init) ?? "—", a.id, a.info?.applicant ?? "—", a.info?.title ?? "—", f.variantLabel(a.profile.variant) ?? "—",
             f.value(a.total), f.value(a.computedTotal),
             a.reviewers.map { r in report.reviewerLabel(r.id) + " " + r.total.plain + (a.dropped.contains { $0.reviewer == r.id } ? lang.pick("（去掉）", " (dropped)") : "") }
                .joined(separator: f.lang.pick("；", "; ")),
             a.outcome.label(lang)]
        })
    }

    static func application(_ a: ApplicationPanel, _ report: PanelReport, _ f: PanelFormat) -> [Block] {
        let lang = f.lang
        let v = a.profile.variant
        var b: [Block] = [.section(f.applicationLine(a)), .heading(2, lang.pick("申报 ", "Application ") + f.applicationLine(a))]
        var facts: [String] = []
        if let label = f.variantLabel(v) { facts.append(lang.pick("申报类型：", "Variant: ") + label) }
        facts.append(lang.pick("申报单位：", "Applicant: ") + (a.info?.applicant ?? lang.pick("（未提供申报书文件）", "(no application file given)")))
        if let t = a.info?.title, !t.isEmpty { facts.append(lang.pick("项目名称：", "Title: ") + t) }
        facts.append(lang.pick("申报材料 sha256：", "Application file sha256: ") + (a.applicationSHA256.isEmpty ? "—" : a.applicationSHA256))
        facts.append(lang.pick("评分专家：", "Reviewers: ") + (a.reviewers.isEmpty ? "—" : a.reviewers.map { r in
            report.reviewerLabel(r.id) + (r.admitted.isEmpty ? "" : f.paren(r.admitted.map { $0.kind.label(lang) }.joined(separator: f.comma)))
        }.joined(separator: f.comma)))
        if !a.recused.isEmpty {
            facts.append(lang.pick("回避：", "Recused: ") + a.recused.map { r in
                r.name + (r.reason.isEmpty ? "" : lang.pick("：", ": ") + r.reason) + (r.declaredInPanel ? f.paren(lang.pick("专家组名单声明", "declared in the panel file")) : "")
            }.joined(separator: lang.pick("；", "; ")))
        }
        if !a.missing.isEmpty { facts.append(lang.pick("缺少评分：", "Missing: ") + a.missing.joined(separator: f.comma)) }
        facts.append(lang.pick("合并规则：", "Merge rule: ") + f.rule(a.rule))
        if let d = f.dropped(a, report) { facts.append(d) }
        var totals = lang.pick("基础分 ", "Base ") + f.value(a.base) + lang.pick("，加分 ", ", bonus ") + f.value(a.bonus) + lang.pick("，总分 ", ", total ") + f.value(a.total)
        if a.total != a.computedTotal { totals += f.paren(lang.pick("计算总分 ", "computed ") + f.value(a.computedTotal)) }
        if let t = a.threshold { totals += lang.pick("，认定分数线 ", ", threshold ") + t.plain }
        totals += " — " + a.outcome.label(lang) + (a.rank.map { lang.pick("，第 \($0) 名", ", rank \($0)") } ?? "")
        facts.append(totals)
        facts += a.notes.map { "⚠ " + f.note($0, report) }
        b.append(.bullets(facts))

        if !a.gates.isEmpty {
            b.append(.heading(3, lang.pick("基本要求", "Gates")))
            b.append(.table(heads: [lang.pick("要求", "Gate"), lang.pick("专家组结论", "Panel"), lang.pick("各专家", "Reviewers"), lang.pick("不通过理由", "Fail reasons")],
                            rows: a.gates.map { g in
                                [g.id + " " + f.title(g.id, variant: v), g.applicable ? f.verdict(g.verdict) : lang.pick("不适用", "n/a"),
                                 g.votes.map { "\($0.name) \(f.verdict($0.verdict))" }.joined(separator: f.comma),
                                 g.fails.map { "\($0.name)" + lang.pick("：", ": ") + $0.reason }.joined(separator: lang.pick("；", "; "))]
                            }, numeric: []))
        }
        b.append(.heading(3, lang.pick("分类小计", "Subtotals")))
        b.append(.table(heads: [lang.pick("指标", "Node"), lang.pick("满分", "Cap"), lang.pick("得分", "Points"), lang.pick("计算值", "Computed")],
                        rows: a.subtotals.map { [$0.id + " " + f.title($0.id, variant: v), $0.cap.plain, f.value($0.points), f.value($0.computed)] },
                        numeric: [1, 2, 3]))
        b.append(.heading(3, lang.pick("指标", "Indicators")))
        let n = a.reviewers.count
        let heads = [lang.pick("指标", "Indicator"), lang.pick("满分", "Cap")] + a.reviewers.map { report.reviewerLabel($0.id) } +
            [lang.pick("最低", "Min"), lang.pick("最高", "Max"), lang.pick("极差", "Spread"), lang.pick("中位数", "Median"), lang.pick("规则", "Rule"),
             lang.pick("专家组分值", "Panel"), lang.pick("组长裁定", "Chair"), lang.pick("分歧", "Flag")]
        var rows: [[String]] = []
        for ind in a.indicators {
            var row = [ind.id + " " + f.title(ind.id, variant: v), ind.cap.plain]
            if ind.applicable {
                row += ind.scores.map { f.points($0.points) + ($0.answered ? "" : "*") + ($0.dropped ? lang.pick("（去）", " (x)") : "") }
                row += [f.points(ind.min), f.points(ind.max), f.points(ind.spread), f.points(ind.median), f.ruleTag(ind), f.value(ind.value),
                        ind.resolution.map { f.value($0.value) } ?? "", ind.divergent ? "⚑" : ""]
            } else {
                row += Array(repeating: "", count: n) + ["", "", "", "", "", lang.pick("不适用", "n/a"), "", ""]
            }
            rows.append(row)
        }
        b.append(.table(heads: heads, rows: rows, numeric: Set(1..<(n + 7))))
        b.append(.paragraph(lang.pick("* 该专家未完成此项（按已录部分计）。（去）去掉一个最高总分和一个最低总分时未计入。⚑ 分歧超过阈值。",
                                      "* the reviewer left this indicator incomplete (counted as entered). (x) left out by dropping the highest and lowest total. ⚑ divergence above the threshold.")))

        // Evidence marks per reviewer; 存疑 and 缺失 flagged for the chair.
        var evidence: [(title: String, lines: [String])] = []
        for g in a.gates where g.applicable {
            let lines = evidenceLines(g.votes.map { ($0.name, $0.evidence) }, target: g.id, variant: v, f)
            if !lines.isEmpty { evidence.append((g.id + " " + f.title(g.id, variant: v), lines)) }
        }
        for ind in a.indicators where ind.applicable {
            let lines = evidenceLines(ind.scores.map { ($0.name, $0.evidence) }, target: ind.id, variant: v, f)
            if !lines.isEmpty { evidence.append((ind.id + " " + f.title(ind.id, variant: v), lines)) }
        }
        if !evidence.isEmpty {
            b.append(.heading(3, lang.pick("佐证材料核验", "Evidence checked on site")))
            let flagged = a.indicators.flatMap { $0.scores.flatMap(\.evidence) }.filter(\.isFlagged).count + a.gates.flatMap { $0.votes.flatMap(\.evidence) }.filter(\.isFlagged).count
            b.append(.paragraph(flagged == 0 ? lang.pick("无标为存疑或缺失的佐证材料。", "No evidence marked doubtful or missing.")
                                 : lang.pick("【请组长关注】\(flagged) 处佐证材料被标为存疑或缺失（下文以【存疑】【缺失】标出）。",
                                             "FOR THE CHAIR: \(flagged) evidence mark(s) doubtful or missing (marked [doubtful] / [missing] below).")))
            b.append(.entries(evidence))
        }

        var details: [(title: String, lines: [String])] = []
        for ind in a.indicators where ind.applicable {
            var lines: [String] = []
            if ind.divergent { lines.append("⚑ " + f.divergence(ind, report).joined(separator: lang.pick("；", "; "))) }
            if let r = ind.resolution {
                lines.append(lang.pick("组长裁定 ", "Chair ") + f.value(r.value) + f.paren(lang.pick("计算值 ", "computed ") + f.value(ind.value)) +
                             lang.pick("：", ": ") + r.reason + f.paren(f.time(r.time)))
            }
            for s in ind.scores {
                var parts: [String] = []
                let chosen = f.choices(s, indicator: ind.id, variant: v)
                let ticked = f.ticks(s, indicator: ind.id, variant: v)
                if !chosen.isEmpty { parts.append(lang.pick("选择 ", "chose ") + chosen) }
                if !ticked.isEmpty { parts.append(lang.pick("勾选 ", "ticked ") + ticked) }
                if !s.comment.isEmpty { parts.append(s.comment.replacingOccurrences(of: "\n", with: " ")) }
                parts += s.figures.map { $0.line(lang, variant: v) }
                if !parts.isEmpty { lines.append("\(s.name)" + f.paren(f.points(s.points)) + lang.pick("：", ": ") + parts.joined(separator: " — ")) }
            }
            if !lines.isEmpty { details.append((ind.id + " " + f.title(ind.id, variant: v), lines)) }
        }
        if !details.isEmpty {
            b.append(.heading(3, lang.pick("专家意见与裁定", "Comments and resolutions")))
            b.append(.entries(details))
        }
        if !a.opinions.isEmpty {
            b.append(.heading(3, lang.pick("总体意见", "Overall opinions")))
            b.append(.bullets(a.opinions.map { report.reviewerLabel($0.reviewer) + lang.pick("：", ": ") + $0.text.replacingOccurrences(of: "\n", with: " ") }))
        }
        b.append(.endSection)
        return b
    }

    /// One line per evidence item: every reviewer's mark, with 【存疑】/【缺失】 leading when any reviewer flagged it.
    static func evidenceLines(_ marks: [(name: String, evidence: [ReviewerEvidence])], target: String, variant: String?, _ f: PanelFormat) -> [String] {
        let lang = f.lang
        let items = marks.first?.evidence.map(\.item) ?? []
        return items.map { item in
            let per = marks.compactMap { m in m.evidence.first { $0.item == item }.map { (m.name, $0) } }
            let flags = Set(per.compactMap { $0.1.isFlagged ? $0.1.mark : nil })
            let lead = [EvidenceMark.doubtful, .missing].filter(flags.contains).map { lang.pick("【\(f.mark($0))】", "[\(f.mark($0))] ") }.joined()
            let who = per.map { name, e in name + " " + f.mark(e.mark) + (e.note.isEmpty ? "" : f.paren(e.note)) }.joined(separator: lang.pick("；", "; "))
            return lead + item + " " + f.evidenceTitle(target, item, variant: variant) + lang.pick("：", ": ") + who
        }
    }
}
