import Foundation
import Testing
@testable import PanelistCore

/// Suggestions from the seed-000 and seed-002 application fixtures, worked out by hand.
///
/// - `auto-2024-qingyu.yaml` (auto-superfactory, seed 000): 表1's four gates carry no `check`
///   (they are judged on documents: 土地证, 信用报告, 环评…), and every 表2 item is expert-entered
///   (`kind: manual`, no number fields), so the application's figures suggest nothing at all.
/// - `esf-2024-weitai.yaml` (excellence-smart-factory, variant excellent, seed 002): two gates
///   have a check — base.5 (maturity ≥ 3 for 卓越级, seed line 390) and excellent.scope
///   (all five construction areas, seed line 448). The KPI (附1) numbers are recorded, not scored.
@Suite("Fixture suggestions 000 and 002")
struct FixtureSuggestions000And002Tests {
    func load(_ file: String, _ rubricFile: String) throws -> (Rubric, Application) {
        let rubric = try TestRubrics.load(rubricFile)
        let (app, diagnostics) = try TestApplications.load("applications/" + file, rubric: rubric)
        let loaded = try #require(app, "\(diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return (rubric, loaded)
    }

    func gate(_ suggestions: [Suggestion], _ id: String) -> Suggestion? {
        suggestions.first { $0.target == .gate(id) }
    }

    // MARK: - 000 汽车制造超级工厂

    @Test func qingyuSuggestsNothing() throws {
        let (rubric, app) = try load("auto-2024-qingyu.yaml", "auto-superfactory.yaml")
        // G1–G4 have no `check:` → no gate suggestion; the 73 表2 items have only manual parts and no
        // number fields → no number or coverage suggestion. So the list is empty.
        #expect(rubric.gates.map(\.id) == ["G1", "G2", "G3", "G4"])
        #expect(rubric.gates.allSatisfy { $0.check == nil })
        let s = ApplicationSuggestions.compute(rubric, app)
        #expect(s.isEmpty, "\(s)")
    }

    @Test func qingyuStatesFiveOwnScenariosAndNoFacts() throws {
        let (rubric, app) = try load("auto-2024-qingyu.yaml", "auto-superfactory.yaml")
        // 000 has no scenario table: the five 场景案例 (4.1–4.5) are written as `other:`.
        let facts = app.scoringFacts
        #expect(facts.scenarios.isEmpty)
        #expect(facts.otherScenarios == 5)
        #expect(facts.numbers.isEmpty)   // the rubric declares no facts; all figures are kpis
        // Gates: every one of G1–G4 is linked (sections 1.1/1.2 and evidence), so none is unaddressed.
        #expect(ApplicationCoverage.unaddressedGates(rubric, app).map(\.id) == [])
        // Indicators left out on purpose: 1.3.2 标准体系 (no green supply-chain standard system),
        // 1.8.2 碳清除 (text says 未采用负碳技术 but no section answers it), 2.4.10 共享制造 (5.1 item 4
        // says the plant does not share capacity; not linked). Everything else is linked through a
        // section (1.1, 1.2, 1.4, 1.5, 1.7, 1.9, 2.2, 2.3 as parents) or evidence.
        #expect(ApplicationCoverage.unaddressed(rubric, app).map(\.id) == ["1.3.2", "1.8.2", "2.4.10"])
    }

    // MARK: - 002 卓越级智能工厂

    @Test func weitaiGates() throws {
        let (rubric, app) = try load("esf-2024-weitai.yaml", "excellence-smart-factory.yaml")
        let s = ApplicationSuggestions.compute(rubric, app)
        // Only base.5 and excellent.scope have a check among the gates that apply to `excellent`
        // (leading.scope has one too but applies to `leading` only), in rubric order.
        let gates = s.filter { if case .gate = $0.target { return true } else { return false } }
        #expect(gates.map(\.target.id) == ["base.5", "excellent.scope"])

        // base.5: 三级 = 3; 卓越级 needs ≥ 3 (seed line 390) → 3 ≥ 3 → pass (at the edge).
        let maturity = try #require(gate(s, "base.5"))
        #expect(maturity.stated == "三级")
        #expect(maturity.value == 3)
        #expect(maturity.verdict == .pass)
        #expect(maturity.working == "3级 ≥ 3级")

        // excellent.scope: claimed table scenarios by segment
        //   1: {2}; 14: {31, 32, 33}                        → area A1 工厂建设   (4 scenarios)
        //   2, 3: none                                       → area A2 研发设计   not covered
        //   5: {10, 11, 12}; 6: {14, 15}; 7: {16, 17}        → area A3 生产作业   (7)
        //   4: {8}; 8: {18, 19}; 9: {20, 21}; 10: {22}; 11: {24} → area A4 生产管理 (7)
        //   12: {27}; 13: {28, 29}                            → area A5 运营管理   (3)
        //   15: {34}                                          → no area (多环节模式创新)
        // segments = 2 + 3 + 5 + 2 + 1 = 13; table scenarios = 4 + 7 + 7 + 3 + 1 = 22, plus 1 `other`
        // (钛残料分级回收) = 23. Areas = {A1, A3, A4, A5} = 4 < 5 → fail.
        let scope = try #require(gate(s, "excellent.scope"))
        #expect(scope.stated == "13个环节、23个场景")
        #expect(scope.working == "segments / scenarios = 13 / 23")
        #expect(scope.verdict == .fail)
    }

    @Test func weitaiCoverageCounts() throws {
        let (rubric, app) = try load("esf-2024-weitai.yaml", "excellence-smart-factory.yaml")
        let facts = app.scoringFacts
        #expect(facts.scenarios == ["2", "31", "32", "33", "10", "11", "12", "14", "15", "16", "17",
                                    "8", "18", "19", "20", "21", "22", "24", "27", "28", "29", "34"])
        #expect(facts.scenarios.count == 22)
        #expect(facts.otherScenarios == 1)
        let table = try #require(rubric.scenarioTable)
        let segments = Set(facts.scenarios.compactMap { table.segment(ofScenario: $0) })
        #expect(segments == ["1", "14", "5", "6", "7", "4", "8", "9", "10", "11", "12", "13", "15"])
        let areas = table.areas.filter { $0.segments.contains { segments.contains($0) } }.map(\.id)
        #expect(areas == ["A1", "A3", "A4", "A5"])   // A2 研发设计 (segments 2, 3) is the missing one

        // Had the factory claimed one 研发设计 scenario (5 工艺数字化设计, segment 3), all five areas
        // would be covered and the gate would suggest pass: the fail is due to A2 alone.
        var inputs = ReviewerInputs(scenarios: facts.scenarios.union(["5"]), otherScenarios: facts.otherScenarios,
                                    coverageConfirmed: true)
        var sheet = ScoringEngine.score(rubric, profile: app.profile, inputs: inputs, facts: facts)
        #expect(sheet.gates.first { $0.id == "excellent.scope" }?.suggestion == .pass)
        // …whereas 34 数据驱动产品研发 (segment 15), which the applicant argues covers R&D, counts for no area.
        inputs = ReviewerInputs(scenarios: facts.scenarios, otherScenarios: facts.otherScenarios, coverageConfirmed: true)
        sheet = ScoringEngine.score(rubric, profile: app.profile, inputs: inputs, facts: facts)
        #expect(sheet.gates.first { $0.id == "excellent.scope" }?.suggestion == .fail)
    }

    @Test func weitaiKPIsAreRecordedNotScored() throws {
        let (rubric, app) = try load("esf-2024-weitai.yaml", "excellence-smart-factory.yaml")
        let s = ApplicationSuggestions.compute(rubric, app)
        let kpis = s.filter { if case .number = $0.target { return true } else { return false } }
        // 18 of the 20 KPIs stated; KPI.5 研制周期缩短 (R&D outside the factory) and KPI.12 供应商准时
        // 交付率提升 (baseline not comparable) are left out, as section 四（二） explains.
        #expect(kpis.map(\.target.id) == ["KPI.1", "KPI.2", "KPI.3", "KPI.4", "KPI.6", "KPI.7", "KPI.8", "KPI.9",
                                          "KPI.10", "KPI.11", "KPI.13", "KPI.14", "KPI.15", "KPI.16", "KPI.17",
                                          "KPI.18", "KPI.19", "KPI.20"])
        #expect(kpis.allSatisfy { $0.points == nil && $0.band == nil })
        // KPI.3 应用人工智能技术场景比例: 8 AI scenarios of the 22 table scenarios = 36.36… → stated 36.4%.
        #expect(kpis.first { $0.target == .number(indicator: "KPI.3", number: "value") }?.value == Decimal(string: "36.4"))
        #expect(kpis.first { $0.target == .number(indicator: "KPI.4", number: "value") }?.value == 27)
        #expect(kpis.first { $0.target == .number(indicator: "KPI.20", number: "value") }?.value == 6)
        // Every applicable indicator is addressed (the KPI category through section 四（二）; the five
        // assess.A* through the area sections, A2 by its admission that R&D is done elsewhere).
        #expect(ApplicationCoverage.unaddressed(rubric, app).map(\.id) == [])
        #expect(ApplicationCoverage.unaddressedGates(rubric, app).map(\.id) == [])
    }

    @Test func reportsFitTheWidth() throws {
        for (file, rubricFile) in [("auto-2024-qingyu.yaml", "auto-superfactory.yaml"),
                                   ("esf-2024-weitai.yaml", "excellence-smart-factory.yaml")] {
            let (rubric, app) = try load(file, rubricFile)
            for width in [60, 100] {
                let lines = ApplicationReport(rubric: rubric, application: app, lang: .zh, width: width).render()
                #expect(lines.count > 150)
                for line in lines { #expect(DisplayWidth.of(line) <= width, "\(file) \(width): \(line)") }
            }
        }
    }
}
