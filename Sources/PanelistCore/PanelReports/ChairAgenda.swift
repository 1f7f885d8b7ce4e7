import Foundation

/// The chair's discussion list: every divergent indicator of the batch, application by
/// application in rubric order, with the reviewers' points and any agreed value. Pure; the
/// chair's screen and `panelist chair list` read it.
public struct ChairAgenda: Sendable, Equatable {
    /// The flagged indicators, by application then rubric order.
    public var items: [ChairAgendaItem]

    /// Collects the flagged indicators of a report.
    public init(report: PanelReport) {
        items = report.applications.flatMap { a in a.indicators.filter(\.divergent).map { ChairAgendaItem(application: a.id, indicator: $0) } }
    }

    /// An agenda of given items (for screens and tests).
    public init(items: [ChairAgendaItem]) {
        self.items = items
    }

    /// Items without an agreed value yet.
    public var open: [ChairAgendaItem] { items.filter { !$0.isResolved } }

    /// The agenda as plain text lines.
    public func text(_ report: PanelReport, rubric: Rubric, lang: Lang) -> String {
        let f = PanelFormat(rubric: rubric, lang: lang)
        var o: [String] = []
        o.append(lang.pick("待讨论指标：\(items.count) 项，其中未裁定 \(open.count) 项", "Indicators for discussion: \(items.count), \(open.count) not yet resolved"))
        for item in items {
            let i = item.indicator
            o.append("")
            o.append("\(item.application)  \(i.id) \(f.title(i.id))  [" + lang.pick("满分", "cap") + " \(i.cap.plain)]")
            o.append("  " + i.scores.map { "\($0.reviewer)=\($0.points.plain)" }.joined(separator: "  "))
            o.append("  " + lang.pick("极差", "spread") + " \(f.points(i.spread))  " + lang.pick("中位数", "median") + " \(f.points(i.median))  " +
                     lang.pick("专家组分值", "panel value") + " \(f.value(i.value)) (\(f.ruleTag(i)))")
            o.append("  ⚑ " + i.divergenceReasons.joined(separator: "; "))
            if let r = i.resolution {
                o.append("  " + lang.pick("已裁定", "resolved") + " \(f.value(r.value)): \(r.reason)")
            } else {
                o.append("  " + lang.pick("未裁定：panelist chair resolve --journal 组长日志 --application \(item.application) --indicator \(i.id) --value 分值 --reason 理由",
                                          "open: panelist chair resolve --journal CHAIR --application \(item.application) --indicator \(i.id) --value V --reason TEXT"))
            }
        }
        o.append("")
        return o.joined(separator: "\n")
    }
}
