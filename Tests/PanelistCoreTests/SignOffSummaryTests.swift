import Foundation
import Testing
@testable import PanelistCore

@Suite("Sign-off summary")
struct SignOffSummaryTests {
    static func summary(_ actions: [JournalAction]) throws -> SignOffSummary {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let (loaded, _) = try TestApplications.load("applications/zz-2024-w-hengchi.yaml", rubric: rubric)
        let application = try #require(loaded)
        let (records, refused) = SheetFixture.journal(rubric, profile: application.profile, actions: actions)
        #expect(refused.isEmpty, "\(refused)")
        let state = ReviewState.replay(records)
        let sheet = ScoringEngine.score(rubric, profile: application.profile, inputs: state.inputs, facts: application.scoringFacts)
        return SignOffSummary(rubric: rubric, profile: application.profile, state: state, sheet: sheet,
                              applicationID: application.id, reviewer: "李明", application: application)
    }

    @Test func emptyJournalListsEverythingOpenWithWorkshopWording() throws {
        let s = try Self.summary([])
        let text = s.text(.zh)
        // Seed 004 (标杆车间): G3 asks for 2 segments and 3 scenarios; the SME wording (6 / 7) must not appear.
        #expect(text.contains("选取2个及以上环节开展不少于3个场景"))
        #expect(!text.contains("选取6个及以上环节"))
        #expect(text.contains("株洲市智能制造标杆认定标准（标杆车间）"))
        #expect(text.contains("株洲恒驰轨道传动科技有限公司"))
        #expect(!s.isComplete)
        #expect(s.open.contains { $0.id == "1.1" })
        #expect(s.unmarked.contains { $0.target == "1.1" && $0.item == "E1" })
        // Categories with caps: 20 / 65 / 15 (seed 004, 附件1 table).
        #expect(s.categories.map(\.cap).prefix(3) == [20, 65, 15])
        #expect(text.contains("基础分 0 / 100"))
        #expect(text.contains("未评指标（"))
        #expect(!text.contains("points"))
    }

    @Test func chosenOptionAndMarksShowInTotalsAndFlags() throws {
        let s = try Self.summary([.choose(indicator: "1.1", part: "1", option: "A"),
                                  .evidence(target: "1.1", item: "E1", mark: .doubtful, note: "截图日期不清"),
                                  .gate(gate: "G1", verdict: .pass, reason: "")])
        // Seed 004: 1.1 option A (三级及以上) gives 10 points.
        #expect(s.categories.first?.points == 10)
        #expect(s.flagged.map(\.target) == ["1.1"])
        #expect(!s.unmarked.contains { $0.target == "1.1" && $0.item == "E1" })
        let zh = s.text(.zh)
        #expect(zh.contains("存疑（截图日期不清）"))
        #expect(zh.contains("G1 依法注册的规模以上制造业企业，无重大违法违规及不良信用记录  通过"))
        let en = s.text(.en)
        #expect(en.contains("doubtful (截图日期不清)"))
        #expect(en.contains("Base 10 / 100"))
    }
}
