import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Chair screen")
struct ChairScreenTests {
    static func indicator(_ id: String, cap: Decimal, points: [Decimal], value: Decimal) -> IndicatorPanel {
        let scores = points.enumerated().map { i, p in
            ReviewerScore(reviewer: "专家\(i + 1)", points: p, ticks: "", option: "", comment: i == 0 ? "现场核验：揭榜单位证书已见，省级荣誉两项证书为复印件。" : "", answered: true)
        }
        let spread = (points.max() ?? 0) - (points.min() ?? 0)
        return IndicatorPanel(id: id, cap: cap, applicable: true, rule: .mean, trimmed: false, scores: scores, min: points.min(), max: points.max(),
                              spread: spread, median: points.sorted()[points.count / 2], exact: value, value: value, divergent: true,
                              divergence: [.spread(spread: spread, limit: cap * Decimal(string: "0.3")!, fraction: Decimal(string: "0.3")!, cap: cap)], resolution: nil)
    }

    static func model() throws -> ChairModel {
        let rubric = try UITestSupport.rubric("zhuzhou-benchmark.yaml")
        let agenda = ChairAgenda(items: [
            ChairAgendaItem(application: "zz-2024-w-hengchi", indicator: indicator("2.4", cap: 15, points: [15, 6.5, 8], value: Decimal(string: "9.83") ?? 0)),
            ChairAgendaItem(application: "zz-2024-s-ciyun", indicator: indicator("6.2", cap: 5, points: [5, 0, 0], value: Decimal(string: "1.67") ?? 0)),
        ])
        return ChairModel(agenda: agenda, rubric: rubric, lang: .zh, ascii: true, width: 120, height: 30)
    }

    static func type(_ keys: [Key], into m: inout ChairModel) -> [ChairEffect] {
        var all: [ChairEffect] = []
        for key in keys { all += m.handle(key) }
        return all
    }

    @Test func resolvingRecordsValueAndReasonBesideTheComputedValue() throws {
        var m = try Self.model()
        #expect(m.handle(.enter).isEmpty)                                // value prompt, pre-filled with 9.83, selected
        guard case .prompt(let prompt)? = m.overlay else { Issue.record("no value prompt"); return }
        #expect(prompt.text == "9.83" && prompt.selected)
        #expect(Self.type(UITestSupport.chars("16") + [.enter], into: &m).isEmpty)   // typing replaces: 16, over the cap of 15
        #expect(m.message?.style == .bad)
        guard case .prompt(let kept)? = m.overlay else { Issue.record("the prompt closed on a refusal"); return }
        #expect(kept.text == "16")
        #expect(m.render().text.contains("分值须在 0 至 15 之间"))         // the refusal is visible, not behind the prompt
        _ = Self.type([.control("u")] + UITestSupport.chars("8") + [.enter], into: &m)   // reason prompt
        #expect(m.handle(.enter).isEmpty)                                // an empty reason is refused
        _ = Self.type(UITestSupport.chars("省级荣誉仅复印件，按揭榜5分+两化融合4分认定"), into: &m)
        let effects = m.handle(.enter)
        guard case .resolve(let id, "zz-2024-w-hengchi", "2.4", 8, "省级荣誉仅复印件，按揭榜5分+两化融合4分认定")? = effects.first, effects.count == 1 else {
            Issue.record("unexpected effects \(effects)"); return
        }
        let record = JournalRecord(seq: 3, time: Date(timeIntervalSince1970: 0), prev: JournalHash.zero,
                                   entry: .action(.resolve(application: "zz-2024-w-hengchi", indicator: "2.4", value: 8, reason: "省级荣誉仅复印件，按揭榜5分+两化融合4分认定")))
        m.confirmed(id, record: record)
        #expect(m.agenda.open.count == 1)
        #expect(m.agenda.items[0].indicator.value == Decimal(string: "9.83"))   // the computed value stays
        _ = m.handle(.character("n"))                                    // next open item
        #expect(m.cursor == 1)
        _ = m.handle(.up)
        UITestSupport.snapshot(m.render(), "chair-resolved-120x30.txt")
    }

    @Test func aFailedResolutionKeepsTheReason() throws {
        var m = try Self.model()
        _ = Self.type([.enter, .enter] + UITestSupport.chars("一致同意"), into: &m)
        guard case .resolve(let id, _, _, _, _)? = m.handle(.enter).first else { Issue.record("no effect"); return }
        m.failed(id, reason: "磁盘已满")
        guard case .prompt(let prompt)? = m.overlay else { Issue.record("the reason was dropped"); return }
        #expect(prompt.text == "一致同意")
        #expect(m.render().text.contains("未记录：磁盘已满"))
        #expect(m.agenda.open.count == 2)
    }

    @Test func theChairsHelpShowsTheChairsKeys() throws {
        var m = try Self.model()
        _ = m.handle(.character("?"))
        let screen = m.render().text
        #expect(screen.contains("帮助：组长待议指标"))
        #expect(screen.contains("录入议定分值与理由"))
        #expect(screen.contains("下一个未裁定指标"))
        for reviewerOnly in ["勾选", "佐证", "撤销", "编辑评语", "数量加一"] {
            #expect(!screen.contains(reviewerOnly), "\(reviewerOnly)")
        }
    }
}
