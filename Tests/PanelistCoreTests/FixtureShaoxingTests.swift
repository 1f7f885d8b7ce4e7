import Foundation
import Testing
@testable import PanelistCore

/// The two Shaoxing 2025 fixtures against their rubrics. Every expected verdict below is worked out
/// by hand from the figures the fixture states and the threshold text of the seed
/// (line numbers refer to shared/seeds/003_9a4ce2c95ae2bc66.txt). Both rubrics read "以上" as
/// inclusive (民法典 第一千二百五十九条), so each check is "≥".
@Suite("Shaoxing fixtures")
struct FixtureShaoxingTests {
    let factoryRubric: Rubric
    let workshopRubric: Rubric

    init() throws {
        factoryRubric = try TestRubrics.load("shaoxing-smart-factory.yaml")
        workshopRubric = try TestRubrics.load("shaoxing-digital-workshop.yaml")
    }

    static let factoryFile = "applications/sx-2025-f-lanti.yaml"
    static let workshopFile = "applications/sx-2025-w-tangqi.yaml"

    /// Loads a fixture and requires that it loads with no diagnostic at all (no error, no warning).
    func load(_ file: String, _ rubric: Rubric) throws -> Application {
        let (app, diagnostics) = try TestApplications.load(file, rubric: rubric)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        return try #require(app, "\(diagnostics)")
    }

    func gate(_ suggestions: [Suggestion], _ id: String) -> Suggestion? {
        suggestions.first { $0.target == .gate(id) }
    }

    // MARK: - 绍兴澜缇印染有限公司 → shaoxing-smart-factory (附件4)

    @Test func factoryLoadsCleanly() throws {
        let app = try load(Self.factoryFile, factoryRubric)
        #expect(app.id == "sx-2025-f-lanti")
        #expect(app.applicant.name == "绍兴澜缇印染有限公司")
        // GB 32100-2015: 91330621738472151L — the loader raises a warning on a wrong check
        // character, and there is none (diagnostics are empty above).
        #expect(app.applicant.creditCode.value == "91330621738472151L")
    }

    @Test func factoryGateSuggestions() throws {
        let app = try load(Self.factoryFile, factoryRubric)
        let s = ApplicationSuggestions.compute(factoryRubric, app)
        // Gates with a check: G3, G4, G5, G8 (G1, G2, G6, G7, G9 are the reviewer's alone).
        #expect(s.filter { if case .gate = $0.target { return true } else { return false } }.map(\.target.id)
            == ["G3", "G4", "G5", "G8"])

        // L19 "3.最近三年智能工厂建设项目的设备及信息系统总投资达1000万元以上":
        // stated 1,426万元 (表1 合计: 装备 256+252+186+76+74+168+56 = 1068, 软件 128+46+32+38+22+26 = 292,
        // 硬件 36+30 = 66; 1068+292+66 = 1426). 1426 ≥ 1000 → pass.
        let g3 = try #require(gate(s, "G3"))
        #expect(g3.verdict == .pass)
        #expect(g3.value == 1426)
        #expect(g3.stated == "1,426万元")

        // L20 "4.工厂关键工序核心装备数控化率85％以上": 51 数控 ÷ 60 台套 × 100 = 85 exactly.
        // "以上" includes the number, so 85 ≥ 85 → pass — the borderline of this fixture.
        let g4 = try #require(gate(s, "G4"))
        #expect(g4.verdict == .pass)
        #expect(g4.value == 85)
        #expect(g4.working == "85% ≥ 85%")

        // L22 "5.60%以上的车间达到数字化车间建设水平": 3 of 4 车间 (染色、印花、后整理) = 75%; 75 ≥ 60 → pass.
        let g5 = try #require(gate(s, "G5"))
        #expect(g5.verdict == .pass)
        #expect(g5.value == 75)

        // L28 "8.…成熟度二级及以上水平": 三级 = 3 ≥ 2 → pass.
        let g8 = try #require(gate(s, "G8"))
        #expect(g8.verdict == .pass)
        #expect(g8.value == 3)
    }

    @Test func factoryBorderlineJustBelowFails() throws {
        // The same application with 数控化率 84.9% (e.g. one 数控 台套 of 60 disputed on site gives
        // 50 ÷ 60 = 83.3%): 84.9 < 85 → the G4 suggestion turns to fail; nothing else changes.
        let text = try TestApplications.text(Self.factoryFile)
        let edited = text.replacingOccurrences(of: "nc_rate: \"85%\"", with: "nc_rate: \"84.9%\"")
        #expect(edited != text)
        let (app, diagnostics) = ApplicationLoader.load(yaml: edited, file: "edited.yaml", rubric: factoryRubric)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let s = ApplicationSuggestions.compute(factoryRubric, try #require(app))
        #expect(gate(s, "G4")?.verdict == .fail)
        #expect(gate(s, "G4")?.working == "84.9% ⊭ ≥ 85%")
        #expect(gate(s, "G3")?.verdict == .pass)
        #expect(gate(s, "G5")?.verdict == .pass)
        #expect(gate(s, "G8")?.verdict == .pass)
    }

    @Test func factoryScoring() throws {
        let app = try load(Self.factoryFile, factoryRubric)
        let facts = app.scoringFacts
        #expect(facts.numbers["investment_total"] == 1426)
        #expect(facts.numbers["nc_rate"] == 85)
        #expect(facts.numbers["digital_workshop_share"] == 75)
        #expect(facts.numbers["maturity_level"] == 3)

        // Nothing entered: every gate is pending (the facts only suggest), nothing ticked, and the
        // rubric has no threshold (附件4 states none) → incomplete.
        let open = ScoringEngine.score(factoryRubric, profile: app.profile, inputs: ReviewerInputs(), facts: facts)
        #expect(open.gates.first { $0.id == "G4" }?.suggestion == .pass)
        #expect(open.gates.first { $0.id == "G4" }?.verdict == .pending)
        #expect(open.threshold == nil)
        #expect(open.outcome == .incomplete)

        // On site the reviewer does not accept the 2 半自动 平幅前处理联合机 as 数控 (49 ÷ 60 = 81.7% < 85%)
        // and fails G4: a failed gate makes the application ineligible whatever its points.
        var inputs = ReviewerInputs()
        inputs.gates["G4"] = GateInput(verdict: .fail, reason: "平幅前处理联合机 2 台为半自动，不计数控；49 ÷ 60 = 81.7%，低于85%")
        let failed = ScoringEngine.score(factoryRubric, profile: app.profile, inputs: inputs, facts: facts)
        #expect(failed.gates.first { $0.id == "G4" }?.verdict == .fail)
        #expect(failed.outcome == .ineligible)
    }

    @Test func factoryCoverage() throws {
        let app = try load(Self.factoryFile, factoryRubric)
        // 7.5 产业大脑、行业工业互联网平台: the applicant only uses the 柯桥 industry brain and links no
        // section or evidence to 7.5. Every other indicator is answered.
        #expect(ApplicationCoverage.unaddressed(factoryRubric, app).map(\.id) == ["7.5"])
        // G7 is answered in the overview (no evidence), every gate is linked somewhere.
        #expect(ApplicationCoverage.unaddressedGates(factoryRubric, app).map(\.id) == [])
    }

    // MARK: - 诸暨市棠绮袜业有限公司 → shaoxing-digital-workshop (附件5)

    @Test func workshopLoadsCleanly() throws {
        let app = try load(Self.workshopFile, workshopRubric)
        #expect(app.id == "sx-2025-w-tangqi")
        #expect(app.applicant.creditCode.value == "913306815896034285")
    }

    @Test func workshopGateSuggestions() throws {
        let app = try load(Self.workshopFile, workshopRubric)
        let s = ApplicationSuggestions.compute(workshopRubric, app)
        // Gates with a check: G3, G4, G5, G7.
        #expect(s.filter { if case .gate = $0.target { return true } else { return false } }.map(\.target.id)
            == ["G3", "G4", "G5", "G7"])

        // L38 "3.最近两年数字化车间建设项目的设备及相关信息系统总投资达200万元以上":
        // 表1 合计 230.4+78+34+16.1+18+12 = 388.5, 36+12+6 = 54, 9.6+8+4.3+3.6 = 25.5 → 468; 468 ≥ 200 → pass.
        let g3 = try #require(gate(s, "G3"))
        #expect(g3.verdict == .pass)
        #expect(g3.value == 468)

        // L39 "4.车间关键工序核心装备数控化率80％以上": 244 ÷ 260 × 100 = 93.846… stated 93.8%; 93.8 ≥ 80 → pass.
        let g4 = try #require(gate(s, "G4"))
        #expect(g4.verdict == .pass)
        #expect(g4.value == Decimal(string: "93.8"))

        // L40 "5.…车间内关键设备或关键工序数据采集率60%以上": 143 ÷ 260 × 100 = 55 exactly; 55 < 60 → fail.
        let g5 = try #require(gate(s, "G5"))
        #expect(g5.verdict == .fail)
        #expect(g5.value == 55)
        #expect(g5.working == "55% ⊭ ≥ 60%")

        // L44 "7.…成熟度二级及以上水平": 二级 = 2 ≥ 2 → pass (at the edge).
        let g7 = try #require(gate(s, "G7"))
        #expect(g7.verdict == .pass)
        #expect(g7.value == 2)
    }

    @Test func workshopScoring() throws {
        let app = try load(Self.workshopFile, workshopRubric)
        let facts = app.scoringFacts
        #expect(facts.numbers["investment_total"] == 468)
        #expect(facts.numbers["data_collection_rate"] == 55)

        // The facts suggest a fail, but a suggestion is not a verdict: until the reviewer decides,
        // G5 is pending and the sheet is incomplete, not ineligible.
        let open = ScoringEngine.score(workshopRubric, profile: app.profile, inputs: ReviewerInputs(), facts: facts)
        #expect(open.gates.first { $0.id == "G5" }?.suggestion == .fail)
        #expect(open.gates.first { $0.id == "G5" }?.verdict == .pending)
        #expect(open.outcome == .incomplete)

        // The reviewer confirms the fail → ineligible, whatever the ticks.
        var inputs = ReviewerInputs()
        inputs.gates["G5"] = GateInput(verdict: .fail, reason: "关键设备数据采集率 143 ÷ 260 = 55%，低于60%；二期采集终端改造尚未实施")
        let failed = ScoringEngine.score(workshopRubric, profile: app.profile, inputs: inputs, facts: facts)
        #expect(failed.gates.first { $0.id == "G5" }?.verdict == .fail)
        #expect(failed.outcome == .ineligible)
    }

    @Test func workshopAtSixtyWouldPass() throws {
        // The gate is inclusive: had the 156th machine been retrofitted (156 ÷ 260 = 60%), G5 would pass.
        let text = try TestApplications.text(Self.workshopFile)
        let edited = text.replacingOccurrences(of: "data_collection_rate: \"55%\"", with: "data_collection_rate: \"60%\"")
        #expect(edited != text)
        let (app, diagnostics) = ApplicationLoader.load(yaml: edited, file: "edited.yaml", rubric: workshopRubric)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let s = ApplicationSuggestions.compute(workshopRubric, try #require(app))
        #expect(gate(s, "G5")?.verdict == .pass)
        #expect(gate(s, "G5")?.working == "60% ≥ 60%")
    }

    @Test func workshopCoverage() throws {
        let app = try load(Self.workshopFile, workshopRubric)
        // 6.2 安全生产 is not written about and has no evidence.
        #expect(ApplicationCoverage.unaddressed(workshopRubric, app).map(\.id) == ["6.2"])
        #expect(ApplicationCoverage.unaddressedGates(workshopRubric, app).map(\.id) == [])
    }

    @Test func reportsFitTheWidth() throws {
        for (file, rubric) in [(Self.factoryFile, factoryRubric), (Self.workshopFile, workshopRubric)] {
            let app = try load(file, rubric)
            for width in [60, 100] {
                for lang in Lang.allCases {
                    let lines = ApplicationReport(rubric: rubric, application: app, lang: lang, width: width).render()
                    for line in lines { #expect(DisplayWidth.of(line) <= width, "\(file) \(width): \(line)") }
                }
            }
        }
    }
}
