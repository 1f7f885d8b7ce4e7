import Foundation
import Testing
@testable import PanelistCore

/// The Zhejiang 未来工厂 fixture `zj-2024-lanchi.yaml` (浙江澜驰泵业股份有限公司, a fictional pump maker
/// in 温岭) against `zhejiang-future-factory` (seed 001). Every expected value below was worked out by
/// hand from the fixture and the rubric, not read back from the code under test.
@Suite("Fixture: Zhejiang future factory (澜驰泵业)")
struct FixtureZhejiangTests {
    let rubric: Rubric
    let app: Application

    init() throws {
        rubric = try TestRubrics.load("zhejiang-future-factory.yaml")
        let (app, diagnostics) = try TestApplications.load("applications/zj-2024-lanchi.yaml", rubric: rubric)
        #expect(diagnostics.map(\.description) == [])
        self.app = try #require(app, "\(diagnostics)")
    }

    @Test func loadsCleanly() throws {
        let (_, diagnostics) = try TestApplications.load("applications/zj-2024-lanchi.yaml", rubric: rubric)
        // No errors and no warnings: the credit code 91331081MA2DK7LQ35 passes GB 32100-2015.
        #expect(diagnostics.isEmpty)
        #expect(app.id == "zj-2024-lanchi")
        #expect(app.rubric.value == "zhejiang-future-factory")
        #expect(app.variant == nil)
        #expect(app.applicant.name == "浙江澜驰泵业股份有限公司")
    }

    @Test func creditCodeCheckCharacter() {
        // 9 1 3 3 1 0 8 1 M A 2 D K 7 L Q 3 → values 9 1 3 3 1 0 8 1 21 10 2 13 19 7 20 24 3
        // (alphabet 0–9, then A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29 Y30).
        // × weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        //   9 + 3 + 27 + 81 + 19 + 0 + 128 + 17 = 284;
        //   420 + 290 + 50 + 169 + 152 + 168 + 200 + 720 + 84 = 2253; Σ = 2537.
        // 2537 = 31 × 81 + 26 → C18 = 31 − 26 = 5 → '5', the code's last character.
        #expect(CreditCode.checkCharacter("91331081MA2DK7LQ3") == "5")
        #expect(CreditCode.problem(app.applicant.creditCode.value) == nil)
    }

    @Test func whatWasWritten() {
        // Sections: 1.1, 1.2, 1.3, 2.1.1, 2.1.2, 2.1.3, 2.2, 2.3.1, 2.3.3, 3.1.1, 3.1.2, 3.1.3, 3.2.1–3.2.5 (5),
        // 3.3, 3.4.1, 3.4.2–3.4.4 (one section), 3.5, 4.1, 4.2, 下一步建设计划 → 12 + 5 + 7 = 24.
        #expect(app.sections.count == 24)
        #expect(app.sections.first?.id == "s11")
        #expect(app.sections.last?.id == "plan")
        #expect(app.sections.last?.indicators.isEmpty == true)
        // Evidence: 72 entries (附件1-1 … 附件12-5, two of them filed twice: 附件1-6 for 1.1.d and 1.3.e,
        // 附件3-1 for 1.3.a and 3.2.2.b) on 66 distinct targets.
        #expect(app.evidence.count == 72)
        #expect(Set(app.evidence.map(\.target.value)).count == 66)
        // Tables: appendix 2 equipment list (20 rows, 13 columns as in the seed) and honours (7 rows).
        #expect(app.tables.map(\.id) == ["equipment", "honours"])
        #expect(app.tables.map(\.rows.count) == [20, 7])
        #expect(app.tables[0].columns.count == 13)
        #expect(app.tables[0].columns[1] == "设备系统名称")
        #expect(app.tables[0].columns[12] == "是否支持信息接收")
        // The one row that is not networked: 14 semi-automatic winders bought in 2015.
        let offline = app.tables[0].rows.filter { $0[10] == "否" }
        #expect(offline.map(\.[1]) == ["半自动绕线机"])
        #expect(offline.first?[8] == "14")
        // 13 key figures, two starred.
        #expect(app.keyFigures.count == 13)
        #expect(app.keyFigures.filter(\.starred).map(\.title) == ["装备联网率", "近三年智能制造软硬件累计投入"])
        // 1186 ÷ 1354 × 100 = 87.592… → the form states 87.6%.
        #expect(app.keyFigures.first?.number.value == Decimal(string: "87.6"))
        #expect(app.keyFigures.first { $0.title == "近三年智能制造软硬件累计投入" }?.number.value == 18620)
    }

    @Test func equipmentListSum() {
        // Σ 单价 × 台套数 over the 20 rows, by hand:
        //   28.5·24 = 684, 36.8·12 = 441.6, 238·2 = 476, 18.6·48 = 892.8, 3.2·14 = 44.8, 32·6 = 192,
        //   16.5·18 = 297, 42·4 = 168, 65·8 = 520, 12.8·4 = 51.2, 14.2·36 = 511.2, 1860, 420, 380, 168,
        //   260, 195, 86, 145, 416 → 8208.6 万元: less than half of the 18620 万元 claimed (a reviewer's point).
        let rows = app.tables[0].rows
        let sum = rows.reduce(Decimal(0)) { $0 + Decimal(string: $1[7])! * Decimal(string: $1[8])! }
        #expect(sum == Decimal(string: "8208.6"))
    }

    @Test func typicalScenarios() {
        // §4.2 asks for at least 5 demonstrations (min_scored_children 5); the applicant shows 4, all
        // written as 'other:' because this rubric has no scenario table.
        #expect(rubric.node("4.2")?.minScoredChildren == 5)
        #expect(app.scenarios.count == 4)
        #expect(app.scenarios.allSatisfy { $0.scenario == nil && $0.section == "s42" } == true)
        #expect(app.scoringFacts.otherScenarios == 4)
        #expect(app.scoringFacts.scenarios.isEmpty)
        #expect(app.sections.first { $0.id == "s42" }?.indicators.map(\.value) == ["4.2.1", "4.2.2", "4.2.3", "4.2.4"])
    }

    @Test func noSuggestions() {
        // zhejiang-future-factory declares no gates, no facts, no number fields and no coverage parts:
        // §1–§3 are expert-rated contents (manual points plus record-only checklists), §4 is manual points.
        // So there is nothing for a stated figure to suggest, and the application states no facts.
        #expect(rubric.gates.isEmpty)
        #expect(rubric.facts.isEmpty)
        #expect(rubric.allNodes.allSatisfy { $0.numbers.isEmpty })
        #expect(app.facts.isEmpty && app.numbers.isEmpty)
        #expect(ApplicationSuggestions.compute(rubric, app).isEmpty)
    }

    @Test func unaddressedIndicators() {
        // The 109 indicators are 99 evaluation contents (§1 13, §2 31, §3 55) + 4.1 + 4.2.1–4.2.9.
        // Linked whole (every content below counts): 1.1, 1.2, 1.3, 2.1.1, 2.1.2, 2.2.2, 2.2.3, 3.1.1, 3.1.2,
        // 3.1.3, 3.2.3, 3.2.4, 3.2.5, 3.3.1, 3.3.2, 3.3.3, 3.4.1, 3.4.2, 3.4.3, 3.4.4, 3.5.
        // Linked singly: 2.1.3.b, 2.2.1.a, 2.3.1.a/b, 2.3.3.a/c, 3.2.1.a/b/c, 3.2.2.a/b/d, 4.1, 4.2.1–4.2.4.
        // Left out on purpose, in rubric order:
        //   2.1.3.a  no collaborative R&D / custom-configuration virtual verification
        //   2.2.1.b  no multi-discipline resource-sharing platform
        //   2.3.1.c  financial leasing (for high-value equipment; a pump is not)
        //   2.3.2.a–c supply-chain / industrial-chain services: not offered
        //   2.3.3.b  environmental testing: not offered
        //   2.3.4.a–c contracting and integration services: not offered (b is for process industries)
        //   3.2.1.d  for process manufacturers; the applicant is discrete
        //   3.2.2.c  no VR/AR/MR assisted operation
        //   4.2.5–4.2.9 only 4 typical scenarios demonstrated
        // → 1 + 1 + 1 + 3 + 1 + 3 + 1 + 1 + 5 = 17; 109 − 17 = 92 addressed.
        let expected = ["2.1.3.a", "2.2.1.b", "2.3.1.c", "2.3.2.a", "2.3.2.b", "2.3.2.c", "2.3.3.b",
                        "2.3.4.a", "2.3.4.b", "2.3.4.c", "3.2.1.d", "3.2.2.c",
                        "4.2.5", "4.2.6", "4.2.7", "4.2.8", "4.2.9"]
        #expect(ApplicationCoverage.unaddressed(rubric, app).map(\.id) == expected)
        #expect(rubric.allNodes.filter { $0.isIndicator && $0.depth > 0 }.count == 109)
        #expect(ApplicationCoverage.unaddressedGates(rubric, app).isEmpty)
    }

    @Test func sectionsMeetTheSeedsLengthDemands() {
        // Seed 001's 企业举证阶段 column asks for descriptions of at least N 字 (min_chars in the rubric).
        // For each section: the sum of the own demands of the linked 二级/三级 nodes (e.g. 3.3.1–3.3.3 "500-800 字":
        // 3 × 500 = 1500) and the sum of the demands of the contents it answers (e.g. 2.1.2 a–d: 4 × 500 = 2000)
        // must both be met, counting non-blank characters other than Markdown '#'. The counts by hand (Python over
        // the YAML) were, e.g., s212 2329 ≥ 2000, s231 1718 ≥ 1600 (2 × 800), s22 2009 ≥ 1600 (2.2.1.a and
        // 2.2.3.a, 800 each), s33 1675 ≥ 1500 (3 × 500), s342 1877 ≥ 1800 (800 + 500 + 500).
        func minChars(_ node: RubricNode) -> Int { node.evidence.compactMap(\.minChars).max() ?? 0 }
        func leaves(_ node: RubricNode) -> [RubricNode] { node.isIndicator ? [node] : node.children.flatMap(leaves) }
        for section in app.sections {
            let nodes = section.indicators.compactMap { rubric.node($0.value) }
            let own = nodes.filter { !$0.isIndicator }.map(minChars).reduce(0, +)
            let contents = nodes.flatMap(leaves).map(minChars).reduce(0, +)
            let length = section.text.filter { !$0.isWhitespace && $0 != "#" }.count
            #expect(length >= max(own, contents), "\(section.id): \(length) < \(max(own, contents))")
        }
    }

    @Test func reportFitsTheWidth() {
        for width in [40, 80, 100, 120] {
            for lang in Lang.allCases {
                let lines = ApplicationReport(rubric: rubric, application: app, lang: lang, width: width).render()
                #expect(lines.count > 300)
                for line in lines { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") }
            }
        }
    }
}
