import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Chair screen")
struct ChairScreenTests {
    func indicator(_ id: String, cap: Decimal, points: [Decimal], value: Decimal) -> IndicatorPanel {
        let scores = points.enumerated().map { i, p in
            ReviewerScore(reviewer: "专家\(i + 1)", points: p, ticks: "", option: "", comment: i == 0 ? "现场核验：揭榜单位证书已见，省级荣誉两项证书为复印件。" : "", answered: true)
        }
        let spread = (points.max() ?? 0) - (points.min() ?? 0)
        return IndicatorPanel(id: id, cap: cap, applicable: true, rule: .mean, trimmed: false, scores: scores, min: points.min(), max: points.max(),
                              spread: spread, median: points.sorted()[points.count / 2], exact: value, value: value, divergent: true,
                              divergence: [.spread(spread: spread, limit: cap * Decimal(string: "0.3")!, fraction: Decimal(string: "0.3")!, cap: cap)], resolution: nil)
    }

    func model() throws -> ChairModel {
        let rubric = try UITestSupport.rubric("zhuzhou-benchmark.yaml")
        let agenda = ChairAgenda(items: [
            ChairAgendaItem(application: "zz-2024-w-hengchi", indicator: indicator("2.4", cap: 15, points: [15, 6.5, 8], value: Decimal(string: "9.83") ?? 0)),
            ChairAgendaItem(application: "zz-2024-s-ciyun", indicator: indicator("6.2", cap: 5, points: [5, 0, 0], value: Decimal(string: "1.67") ?? 0)),
        ])
        var m = ChairModel(agenda: agenda, rubric: rubric, lang: .zh)
        m.resize(width: 120, height: 30)
        return m
    }

    @Test func resolvingRecordsValueAndReasonBesideTheComputedValue() throws {
        var m = try model()
        #expect(m.handle(.enter).isEmpty)                                // value prompt, pre-filled with 9.83
        guard case .value(let editor) = m.mode else { Issue.record("no value prompt"); return }
        #expect(editor.text == "9.83")
        _ = m.handle(.control("u"))
        for c in "16" { _ = m.handle(.character(c)) }
        #expect(m.handle(.enter).isEmpty)                                // over the cap of 15: refused
        #expect(m.message?.style == .bad)
        _ = m.handle(.control("u"))
        for c in "8" { _ = m.handle(.character(c)) }
        _ = m.handle(.enter)                                             // reason prompt
        #expect(m.handle(.enter).isEmpty)                                // an empty reason is refused
        for c in "省级荣誉仅复印件，按揭榜5分+两化融合4分认定" { _ = m.handle(.character(c)) }
        let effects = m.handle(.enter)
        #expect(effects == [.resolve(application: "zz-2024-w-hengchi", indicator: "2.4", value: 8, reason: "省级荣誉仅复印件，按揭榜5分+两化融合4分认定")])
        m.resolved(application: "zz-2024-w-hengchi", indicator: "2.4", value: 8, reason: "省级荣誉仅复印件，按揭榜5分+两化融合4分认定", time: Date(timeIntervalSince1970: 0), seq: 3)
        #expect(m.agenda.open.count == 1)
        #expect(m.agenda.items[0].indicator.value == Decimal(string: "9.83"))   // the computed value stays
        _ = m.handle(.character("n"))                                    // next open item
        #expect(m.cursor == 1)
        _ = m.handle(.up)
        UITestSupport.snapshot(m.render(), "chair-resolved-unicode-120x30.txt")
    }
}
