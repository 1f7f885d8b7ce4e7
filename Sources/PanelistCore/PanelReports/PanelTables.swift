import Foundation

/// The panel report's tables, shared by the CSV files and the `.xlsx` workbook: ranking, indicators,
/// scores and evidence. Every row names the application with its applicant and title; reviewers by name.
public struct PanelTables: Sendable {
    /// The report.
    public let report: PanelReport
    /// Wording and formatting.
    public let f: PanelFormat

    /// Creates the tables of a report in a language.
    public init(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) {
        self.report = report
        self.f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
    }

    var lang: Lang { f.lang }
    var places: Int { f.rubric.panel.rounding.places }
    /// The lines above each table's header row: what is missing or refused, and which figures are Panelist defaults.
    var preamble: [String] { (report.completeness.isComplete ? [] : f.status(report)) + (f.rubric.defaultNotice(lang).map { [$0] } ?? []) }

    func t(_ s: String) -> PanelTable.Cell { .text(s) }
    func points(_ d: Decimal?) -> PanelTable.Cell { d.map { .number($0, places: nil) } ?? .text("") }
    func value(_ d: Decimal?) -> PanelTable.Cell { d.map { .number($0, places: places) } ?? .text("") }
    func appCells(_ a: ApplicationPanel) -> [PanelTable.Cell] { [t(a.id), t(a.info?.applicant ?? ""), t(a.info?.title ?? "")] }
    var appHeads: [String] { [lang.pick("申报编号", "application"), lang.pick("申报单位", "applicant"), lang.pick("项目名称", "title")] }

    /// One row per application, by rank: verdict, each reviewer's total, gates, subtotals, totals.
    public var ranking: PanelTable {
        let categories = f.rubric.categories.map(\.id)
        var heads = [lang.pick("名次", "rank")] + appHeads + [lang.pick("申报类型", "variant"), lang.pick("结论", "verdict"),
                     lang.pick("评分专家及总分", "reviewers and totals"), lang.pick("去掉的专家", "dropped"), lang.pick("回避", "recused"),
                     lang.pick("缺少评分", "missing"), lang.pick("基本要求不通过", "failed gates")]
        heads += categories.map { "\($0) " + f.title($0) }
        heads += [lang.pick("基础分", "base"), lang.pick("加分", "bonus"), lang.pick("专家组总分", "panel total"), lang.pick("计算总分", "computed total"),
                  lang.pick("认定分数线", "threshold")]
        let rows: [[PanelTable.Cell]] = PanelMarkdown.ranked(report.applications).map { a in
            let subs = Dictionary(a.subtotals.map { ($0.id, $0.points) }, uniquingKeysWith: { x, _ in x })
            let failed = a.gates.filter { $0.applicable && $0.verdict == .fail }.map { g in
                g.id + f.paren(g.fails.map { $0.name + lang.pick("：", ": ") + $0.reason }.joined(separator: lang.pick("；", "; ")))
            }
            var row: [PanelTable.Cell] = [a.rank.map { .number(Decimal($0), places: nil) } ?? t("")] + appCells(a)
            row += [t(f.variantLabel(a.profile.variant) ?? ""), t(a.outcome.label(lang)),
                    t(a.reviewers.map { report.reviewerLabel($0.id) + " " + $0.total.plain }.joined(separator: lang.pick("；", "; "))),
                    t(a.dropped.map { report.reviewerLabel($0.reviewer) }.joined(separator: f.comma)),
                    t(a.recused.map { $0.name + ($0.reason.isEmpty ? "" : lang.pick("：", ": ") + $0.reason) }.joined(separator: lang.pick("；", "; "))),
                    t(a.missing.joined(separator: f.comma)), t(failed.joined(separator: lang.pick("；", "; ")))]
            row += categories.map { value(subs[$0]) }
            row += [value(a.base), value(a.bonus), value(a.total), value(a.computedTotal), points(a.threshold)]
            return row
        }
        return PanelTable(name: lang.pick("排名", "ranking"), preamble: preamble, heads: heads, rows: rows)
    }

    /// One row per application and indicator: the panel figures and the chair's resolution.
    public var indicators: PanelTable { indicatorSheet.table }

    /// The indicators table, an application at a time.
    public var indicatorSheet: PanelSheet {
        let heads = appHeads + [lang.pick("指标", "indicator"), lang.pick("指标名称", "indicator title"), lang.pick("满分", "cap"),
                                lang.pick("满分为默认", "cap is a default"), lang.pick("适用", "applicable"),
                                lang.pick("合并规则", "rule"), lang.pick("评分人数", "reviewers"), lang.pick("最低", "min"), lang.pick("最高", "max"),
                                lang.pick("极差", "spread"), lang.pick("中位数", "median"), lang.pick("专家组分值", "panel value"), lang.pick("分歧", "divergent"),
                                lang.pick("分歧说明", "divergence"), lang.pick("组长裁定", "chair value"), lang.pick("裁定理由", "chair reason")]
        return PanelSheet(name: lang.pick("指标", "indicators"), preamble: preamble, heads: heads, parts: report.applications.count) { i in
            indicatorRows(report.applications[i])
        }
    }

    /// One application's rows of the indicators table.
    func indicatorRows(_ a: ApplicationPanel) -> [[PanelTable.Cell]] {
        a.indicators.map { ind in
            appCells(a) + [t(ind.id), t(f.title(ind.id, variant: a.profile.variant)), points(ind.cap),
                           t(f.rubric.capIsDefault(ind.id) ? lang.pick("是", "yes") : ""), t(ind.applicable ? lang.pick("是", "yes") : lang.pick("否", "no")),
                           t(f.ruleTag(ind)), .number(Decimal(ind.scores.count), places: nil), points(ind.min), points(ind.max), points(ind.spread), points(ind.median),
                           value(ind.value), t(ind.divergent ? lang.pick("是", "yes") : ""), t(f.divergence(ind, report).joined(separator: lang.pick("；", "; "))),
                           value(ind.resolution?.value), t(ind.resolution?.reason ?? "")]
        }
    }

    /// One row per application, indicator and reviewer: points, the options and items by their texts, comment, verified figures.
    public var scores: PanelTable { scoreSheet.table }

    /// The scores table, an application at a time.
    public var scoreSheet: PanelSheet {
        let heads = appHeads + [lang.pick("指标", "indicator"), lang.pick("指标名称", "indicator title"), lang.pick("专家", "reviewer"), lang.pick("分值", "points"),
                                lang.pick("已评完", "answered"), lang.pick("选择", "chosen"), lang.pick("勾选", "ticked"), lang.pick("意见", "comment"),
                                lang.pick("核实数据", "verified figures"), lang.pick("去掉最高最低总分时未计入", "dropped")]
        return PanelSheet(name: lang.pick("评分", "scores"), preamble: preamble, heads: heads, parts: report.applications.count) { i in
            scoreRows(report.applications[i])
        }
    }

    /// One application's rows of the scores table.
    func scoreRows(_ a: ApplicationPanel) -> [[PanelTable.Cell]] {
        var rows: [[PanelTable.Cell]] = []
        let v = a.profile.variant
        let app = appCells(a)
        for ind in a.indicators where ind.applicable {
            let title = f.title(ind.id, variant: v)
            for s in ind.scores {
                rows.append(app + [t(ind.id), t(title), t(s.name), points(s.points), t(s.answered ? lang.pick("是", "yes") : lang.pick("否", "no")),
                                   t(f.choices(s, indicator: ind.id, variant: v)), t(f.ticks(s, indicator: ind.id, variant: v)), t(s.comment),
                                   t(s.figures.map { $0.line(lang, variant: v) }.joined(separator: lang.pick("；", "; "))), t(s.dropped ? lang.pick("是", "yes") : "")])
            }
        }
        return rows
    }

    /// One row per application, gate or indicator, evidence document and reviewer: the mark and note; 存疑/缺失 flagged.
    public var evidence: PanelTable { evidenceSheet.table }

    /// The evidence table, an application at a time.
    public var evidenceSheet: PanelSheet {
        let heads = appHeads + [lang.pick("要求或指标", "gate or indicator"), lang.pick("名称", "title"), lang.pick("佐证材料", "evidence"), lang.pick("材料名称", "document"),
                                lang.pick("专家", "reviewer"), lang.pick("核验", "mark"), lang.pick("备注", "note"), lang.pick("请组长关注", "for the chair")]
        return PanelSheet(name: lang.pick("佐证", "evidence"), preamble: preamble, heads: heads, parts: report.applications.count) { i in
            evidenceRows(report.applications[i])
        }
    }

    /// One application's rows of the evidence table.
    func evidenceRows(_ a: ApplicationPanel) -> [[PanelTable.Cell]] {
        var rows: [[PanelTable.Cell]] = []
        let v = a.profile.variant
        let app = appCells(a)
        func add(_ target: String, _ marks: [(String, [ReviewerEvidence])]) {
            let title = f.title(target, variant: v)
            for (name, list) in marks {
                for e in list {
                    rows.append(app + [t(target), t(title), t(e.item), t(f.evidenceTitle(target, e.item, variant: v)), t(name),
                                       t(f.mark(e.mark)), t(e.note), t(e.isFlagged ? lang.pick("是", "yes") : "")])
                }
            }
        }
        for g in a.gates where g.applicable { add(g.id, g.votes.map { ($0.name, $0.evidence) }) }
        for ind in a.indicators where ind.applicable { add(ind.id, ind.scores.map { ($0.name, $0.evidence) }) }
        return rows
    }

    /// The four tables in workbook order.
    public var all: [PanelTable] { [ranking, indicators, scores, evidence] }

    /// The four tables in workbook order, each made an application at a time.
    public var sheets: [PanelSheet] { [PanelSheet(ranking), indicatorSheet, scoreSheet, evidenceSheet] }
}
