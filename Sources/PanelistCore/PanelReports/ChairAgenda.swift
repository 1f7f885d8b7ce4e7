import Foundation

/// The chair's discussion list: every divergent indicator of the batch, application by
/// application in rubric order, with the reviewers' points (by name) and any agreed value, and
/// every evidence document a reviewer marked 存疑 or 缺失. Pure; the chair's screen and
/// `panelist chair list` read it.
public struct ChairAgenda: Sendable, Equatable {
    /// The flagged indicators, by application then rubric order.
    public var items: [ChairAgendaItem]
    /// Evidence marked doubtful or missing, by application, then gates and indicators in rubric order.
    public var evidence: [ChairEvidenceFlag]

    /// Collects the flagged indicators and evidence of a report.
    public init(report: PanelReport) {
        items = report.applications.flatMap { a in a.indicators.filter(\.divergent).map { ChairAgendaItem(application: a.id, indicator: $0) } }
        var flags: [ChairEvidenceFlag] = []
        for a in report.applications {
            func add(_ target: String, _ marks: [(String, [ReviewerEvidence])]) {
                for (name, list) in marks {
                    for e in list where e.isFlagged {
                        if let mark = e.mark { flags.append(ChairEvidenceFlag(application: a.id, target: target, item: e.item, reviewer: name, mark: mark, note: e.note)) }
                    }
                }
            }
            for g in a.gates where g.applicable { add(g.id, g.votes.map { ($0.name, $0.evidence) }) }
            for i in a.indicators where i.applicable { add(i.id, i.scores.map { ($0.name, $0.evidence) }) }
        }
        evidence = flags
    }

    /// An agenda of given items (for screens and tests).
    public init(items: [ChairAgendaItem], evidence: [ChairEvidenceFlag] = []) {
        self.items = items
        self.evidence = evidence
    }

    /// Items without an agreed value yet.
    public var open: [ChairAgendaItem] { items.filter { !$0.isResolved } }

    /// The agenda as plain text lines.
    public func text(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang, zone: zone)
        var o: [String] = f.status(report)
        o.append("")
        o.append(lang.pick("待讨论指标：\(items.count) 项，其中未裁定 \(open.count) 项", "Indicators for discussion: \(items.count), \(open.count) not yet resolved"))
        for item in items {
            let i = item.indicator
            let variant = report.application(item.application)?.profile.variant
            let app = report.application(item.application).map(f.applicationLine) ?? item.application
            o.append("")
            o.append("\(app)  \(i.id) \(f.title(i.id, variant: variant))  [" + lang.pick("满分", "cap") + " \(i.cap.plain)]")
            o.append("  " + i.scores.map { "\($0.name) \($0.points.plain)" }.joined(separator: lang.pick("；", "; ")))
            o.append("  " + lang.pick("极差", "spread") + " \(f.points(i.spread))  " + lang.pick("中位数", "median") + " \(f.points(i.median))  " +
                     lang.pick("专家组分值", "panel value") + " \(f.value(i.value))" + f.paren(f.ruleTag(i)))
            o.append("  " + lang.pick("分歧：", "divergent: ") + f.divergence(i, report).joined(separator: lang.pick("；", "; ")))
            if let r = i.resolution {
                o.append("  " + lang.pick("已裁定", "resolved") + " \(f.value(r.value))" + lang.pick("：", ": ") + r.reason + f.paren(f.time(r.time)))
            } else {
                o.append("  " + lang.pick("未裁定：panelist chair resolve --journal 组长日志 --application \(item.application) --indicator \(i.id) --value 分值 --reason 理由",
                                          "open: panelist chair resolve --journal CHAIR --application \(item.application) --indicator \(i.id) --value V --reason TEXT"))
            }
        }
        o.append("")
        o.append(lang.pick("佐证材料存疑或缺失：\(evidence.count) 处", "Evidence marked doubtful or missing: \(evidence.count)"))
        for e in evidence {
            let variant = report.application(e.application)?.profile.variant
            o.append("  " + lang.pick("【\(f.mark(e.mark))】", "[\(f.mark(e.mark))] ") + "\(e.application)  \(e.target) \(f.title(e.target, variant: variant))  " +
                     "\(e.item) \(f.evidenceTitle(e.target, e.item, variant: variant))" + lang.pick("——", " — ") + e.reviewer + (e.note.isEmpty ? "" : f.paren(e.note)))
        }
        o.append("")
        return o.joined(separator: "\n")
    }
}
