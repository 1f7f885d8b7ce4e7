import Foundation
import Testing
@testable import PanelistCore

/// Fidelity tests for Rubrics/excellence-smart-factory.yaml against seed
/// 002_f2264c90f921d58b.txt (陕工信发〔2024〕262号, 2024 卓越级智能工厂). Every expected count
/// below was taken by hand from the seed; the comments give the seed line numbers.
@Suite("Rubric 002 excellence smart factory") struct ExcellenceSmartFactoryRubricTests {
    let file = "excellence-smart-factory.yaml"

    // MARK: Variants

    @Test func variantsAreTheFourLevelsWithExcellentFirst() throws {
        let rubric = try TestRubrics.load(file)
        #expect(rubric.id == "excellence-smart-factory")
        // 附件1 二（一）: 基础级、先进级、卓越级和领航级四个层级 (seed line 120); 卓越级 is the notice's subject (title, line 35).
        #expect(rubric.variants.map(\.id) == ["excellent", "basic", "advanced", "leading"])
        #expect(rubric.variants.map { $0.title.text(.zh) } == ["卓越级智能工厂", "基础级智能工厂", "先进级智能工厂", "领航级智能工厂"])
    }

    // MARK: Scenario table (附件2 智能制造典型场景参考指引（2024年版）)

    @Test func scenarioTableHas40ScenariosIn15Segments() throws {
        let rubric = try TestRubrics.load(file)
        let table = try #require(rubric.scenarioTable)
        // Line 172: "凝练总结了15个环节的40个智能制造典型场景"; segment headings 一…十五 at lines 174–344,
        // scenarios numbered 1–40 at lines 176–370.
        #expect(table.segments.count == 15)
        #expect(table.allScenarios.count == 40)
        #expect(table.allScenarios.map(\.scenario.id) == (1...40).map(String.init))
        #expect(table.title.text(.zh) == "智能制造典型场景参考指引（2024年版）")
        // Scenarios per segment, counted from lines 174–372.
        #expect(table.segments.map(\.scenarios.count) == [2, 2, 2, 2, 5, 2, 2, 2, 2, 2, 1, 3, 3, 3, 7])
        #expect(table.segments.map { $0.title.text(.zh) } == [
            "工厂建设", "产品设计", "工艺设计", "计划调度", "生产作业", "质量管控", "设备管理", "仓储物流",
            "安全管控", "能碳管理", "环保管理", "营销与售后", "供应链管理", "信息基础设施", "多环节模式创新",
        ])
        // Spot checks of verbatim names and texts.
        let byID = Dictionary(uniqueKeysWithValues: table.allScenarios.map { ($0.scenario.id, $0) })
        #expect(byID["10"]?.scenario.title.text(.zh) == "人机协同作业")          // line 224
        #expect(byID["10"]?.segment == "5")
        #expect(byID["23"]?.scenario.title.text(.zh) == "碳资产全生命周期管理")  // line 288
        #expect(byID["40"]?.scenario.title.text(.zh) == "可持续制造")            // line 370
        #expect(byID["40"]?.segment == "15")
        // Line 182–184: a description broken by a page break is joined without the break.
        #expect(byID["2"]?.scenario.text?.text(.zh).contains("针对信息孤岛难打通") == true)
        // Every scenario carries its description (the seed gives one for all 40).
        #expect(table.allScenarios.allSatisfy { !($0.scenario.text?.text(.zh) ?? "").isEmpty })
    }

    @Test func fiveAreasMapSegmentsAsTheFootnotesSay() throws {
        let rubric = try TestRubrics.load(file)
        let table = try #require(rubric.scenarioTable)
        // 附件3 notes [1]–[5], seed lines 504–512.
        #expect(table.areas.count == 5)
        #expect(table.areas.map(\.id) == ["A1", "A2", "A3", "A4", "A5"])
        #expect(table.areas.map { $0.title.text(.zh) } == ["工厂建设", "研发设计", "生产作业", "生产管理", "运营管理"])
        #expect(table.areas[0].segments == ["1", "14"])                 // [1] 工厂建设、信息基础设施 (line 504)
        #expect(table.areas[1].segments == ["2", "3"])                  // [2] 产品设计、工艺设计 (line 506)
        #expect(table.areas[2].segments == ["5", "6", "7"])             // [3] 生产作业、质量管控、设备管理 (line 508)
        #expect(table.areas[3].segments == ["4", "8", "9", "10", "11"]) // [4] 计划调度、仓储物流、安全管控、能碳管理、环保管理 (line 510)
        #expect(table.areas[4].segments == ["12", "13"])                // [5] 营销与售后、供应链管理 (line 512)
        // Segment 15 (多环节模式创新) is in no area (line 514: encouraged only); every other segment in exactly one.
        let all = table.areas.flatMap(\.segments)
        #expect(Set(all).count == all.count)
        #expect(Set(all) == Set((1...14).map(String.init)))
    }

    // MARK: Gates

    func applicableGates(_ rubric: Rubric, _ variant: String) -> [String] {
        rubric.gates.filter { $0.when?.evaluate(ApplicantProfile(variant: variant)) ?? true }.map(\.id)
    }

    @Test func gatesPerVariant() throws {
        let rubric = try TestRubrics.load(file)
        // 申报条件（一）–（四): lines 46–52 (卓越级 only); 基础要求 1–5: lines 382–390 (all levels).
        // Per level: overall description + coverage sentence + 建设内容 1–5 + 建设成效 items:
        //   基础级 lines 394–416: 1 + 1 + 5 + 1 = 8
        //   先进级 lines 420–440: 1 + 1 + 5 + 2 = 9
        //   卓越级 lines 444–468: 1 + 1 + 5 + 4 = 11
        //   领航级 lines 472–498: 1 + 1 + 5 + 4 = 11
        #expect(rubric.gates.count == 4 + 5 + 8 + 9 + 11 + 11)
        #expect(applicableGates(rubric, "excellent").count == 4 + 5 + 11)
        #expect(applicableGates(rubric, "basic").count == 5 + 8)
        #expect(applicableGates(rubric, "advanced").count == 5 + 9)
        #expect(applicableGates(rubric, "leading").count == 5 + 11)

        let ids = Set(rubric.gates.map(\.id))
        for id in ["apply.1", "apply.4", "base.5", "excellent.scope", "excellent.1.5", "excellent.2.4", "leading.2.4", "basic.2.1"] {
            #expect(ids.contains(id))
        }
        #expect(!ids.contains("basic.2.2"))     // 基础级 has one 建设成效 item (line 414)
        #expect(!ids.contains("advanced.2.3"))  // 先进级 has two (lines 438–440)

        // Verbatim texts.
        let apply3 = try #require(rubric.gates.first { $0.id == "apply.3" })
        #expect(apply3.text?.text(.zh) == "申报主体已完成智能工厂建设，智能制造水平处于国内领先，原则上应已获评先进级智能工厂，并达到卓越级智能工厂要素条件要求。") // line 50
        let leading15 = try #require(rubric.gates.first { $0.id == "leading.1.5" })
        #expect(leading15.title.text(.zh).hasSuffix("5. 经营管理"))  // line 488 names it 经营管理
        let basic14 = try #require(rubric.gates.first { $0.id == "basic.1.4" })
        #expect(basic14.text?.text(.zh) == "应用信息系统，对作业计划、产品质量、设备资产、生产物料等进行管理，实现关键生产过程精益化。") // line 408
    }

    // MARK: Coverage gate (卓越级: 原则上应覆盖全部五个环节, line 448)

    @Test func excellentCoverageNeedsAllFiveAreas() throws {
        let rubric = try TestRubrics.load(file)
        let gate = try #require(rubric.gates.first { $0.id == "excellent.scope" })
        #expect(gate.check == .coverage(CoverageRequirement(minAreas: .same(5))))

        // 1 工厂数字化设计与交付 (A1), 3 产品数字化研发设计 (A2), 10 人机协同作业 (A3),
        // 7 生产计划优化 (A4), 28 供应链计划协同优化 (A5).
        let all = ReviewerInputs(scenarios: ["1", "3", "10", "7", "28"], coverageConfirmed: true)
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "excellent"), inputs: all)
        let g = try #require(sheet.gates.first { $0.id == "excellent.scope" })
        #expect(g.applicable)
        #expect(g.suggestion == .pass)

        // Without A5 (营销与售后 / 供应链管理): 34 数据驱动产品研发 is in segment 15, which no area holds.
        let missing = ReviewerInputs(scenarios: ["1", "3", "10", "7", "34", "35"], coverageConfirmed: true)
        let sheet2 = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "excellent"), inputs: missing)
        let g2 = try #require(sheet2.gates.first { $0.id == "excellent.scope" })
        #expect(g2.suggestion == .fail)

        // A1 covered through 信息基础设施 (segment 14) only still counts (footnote [1], line 504).
        let viaInfra = ReviewerInputs(scenarios: ["31", "4", "16", "24", "26"], coverageConfirmed: true)
        let sheet3 = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "excellent"), inputs: viaInfra)
        #expect(sheet3.gates.first { $0.id == "excellent.scope" }?.suggestion == .pass)

        // The 卓越级 gate does not apply to a 基础级 applicant.
        let sheet4 = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "basic"), inputs: all)
        #expect(sheet4.gates.first { $0.id == "excellent.scope" }?.applicable == false)
    }

    @Test func leadingCoverageAlsoNeedsFiveAreas() throws {
        let rubric = try TestRubrics.load(file)
        // 领航级: 须覆盖全部五个环节 (line 476).
        let gate = try #require(rubric.gates.first { $0.id == "leading.scope" })
        #expect(gate.check == .coverage(CoverageRequirement(minAreas: .same(5))))
    }

    /// 基础级 "至少覆盖生产作业环节" (line 400) and 先进级 "至少覆盖生产作业、生产管理、运营管理三个环节"
    /// (line 424) name areas: A3 = segments 5–7 (footnote [3]), A4 = 4, 8–11 ([4]), A5 = 12–13 ([5]).
    @Test func basicAndAdvancedCoverageNameTheirAreas() throws {
        let rubric = try TestRubrics.load(file)
        #expect(rubric.gates.first { $0.id == "basic.scope" }?.check == .coverage(CoverageRequirement(requiredAreas: ["A3"])))
        #expect(rubric.gates.first { $0.id == "advanced.scope" }?.check == .coverage(CoverageRequirement(requiredAreas: ["A3", "A4", "A5"])))
        func suggestion(_ gate: String, _ variant: String, _ scenarios: Set<String>) -> GateVerdict? {
            let inputs = ReviewerInputs(scenarios: scenarios, coverageConfirmed: true)
            return ScoringEngine.score(rubric, profile: ApplicantProfile(variant: variant), inputs: inputs).gates.first { $0.id == gate }?.suggestion
        }
        // Scenario 10 is in segment 5 (A3): basic passes with it alone, fails with A1/A2 only (1, 3).
        #expect(suggestion("basic.scope", "basic", ["10"]) == .pass)
        #expect(suggestion("basic.scope", "basic", ["1", "3"]) == .fail)
        // 10 (A3) + 7 (segment 4, A4) + 28 (segment 13, A5): advanced passes; without 28 it fails,
        // however many scenarios elsewhere (1, 3, 31 are A1/A2).
        #expect(suggestion("advanced.scope", "advanced", ["10", "7", "28"]) == .pass)
        #expect(suggestion("advanced.scope", "advanced", ["10", "7", "1", "3", "31"]) == .fail)
    }

    // MARK: Maturity (基础要求 5, line 390)

    @Test func maturityLevelPerVariant() throws {
        let rubric = try TestRubrics.load(file)
        #expect(rubric.facts.map(\.id) == ["maturity_level"])
        func suggestion(_ variant: String, _ level: Decimal) -> GateVerdict? {
            let sheet = ScoringEngine.score(
                rubric, profile: ApplicantProfile(variant: variant), inputs: ReviewerInputs(),
                facts: ApplicationFacts(numbers: ["maturity_level": level]))
            return sheet.gates.first { $0.id == "base.5" }?.suggestion
        }
        // 卓越级智能工厂应达到三级及以上
        #expect(suggestion("excellent", 3) == .pass)
        #expect(suggestion("excellent", 2) == .fail)
        // 基础级和先进级 … 二级及以上
        #expect(suggestion("basic", 2) == .pass)
        #expect(suggestion("advanced", 1) == .fail)
        // 领航级智能工厂应达到四级及以上
        #expect(suggestion("leading", 3) == .fail)
        #expect(suggestion("leading", 4) == .pass)
    }

    // MARK: KPIs (附1, lines 518–545)

    @Test func twentyKPIsRecordedNotScored() throws {
        let rubric = try TestRubrics.load(file)
        let kpi = try #require(rubric.node("KPI"))
        #expect(kpi.kind == .record)
        #expect(kpi.cap.resolve("excellent") == 0)
        // Five classes (一)–(五): lines 521, 526, 529, 539, 544.
        #expect(kpi.children.map(\.id) == ["KPI.c1", "KPI.c2", "KPI.c3", "KPI.c4", "KPI.c5"])
        #expect(kpi.children.map(\.children.count) == [4, 2, 9, 4, 1])
        // 20 indicators numbered 1–20 (lines 522–545).
        var titles: [String] = []
        var units: [String] = []
        for n in 1...20 {
            let node = try #require(rubric.node("KPI.\(n)"))
            #expect(node.cap.resolve("excellent") == 0)
            #expect(node.parts.isEmpty)
            #expect(node.numbers.count == 1)
            titles.append(node.title.text(.zh))
            units.append(node.numbers.first?.unit ?? "")
            #expect(node.numbers.first?.title.text(.zh) == node.title.text(.zh))
        }
        #expect(rubric.node("KPI.21") == nil)
        #expect(titles[0] == "关键设备数控化率")                                          // line 522
        #expect(titles[3] == "工厂应用智能决策模型数量")                                  // line 525
        #expect(titles[14] == "全员劳动生产率提升")                                       // line 538
        #expect(titles[19] == "先进制造模式/解决方案向产业链供应链上下游复制推广的企业数量") // line 545
        // Units: (个) line 525, (家) line 545, (%) elsewhere.
        #expect(units == Array(repeating: "%", count: 3) + ["个"] + Array(repeating: "%", count: 15) + ["家"])
    }

    // MARK: Panelist-default scoring

    @Test func assessmentIsFiveAreasOfTwentyByDefault() throws {
        let rubric = try TestRubrics.load(file)
        let assess = try #require(rubric.node("assess"))
        #expect(assess.kind == .base)
        #expect(assess.children.map(\.id) == ["assess.A1", "assess.A2", "assess.A3", "assess.A4", "assess.A5"])
        #expect(assess.children.allSatisfy { $0.cap.resolve("excellent") == 20 })
        #expect(rubric.totals.base?.resolve("excellent") == 100)
        #expect(rubric.totals.threshold == nil)  // the seed sets no score threshold
        // The area text follows the variant: 卓越级 5. 运营管理 (line 458) vs 领航级 5. 经营管理 (line 488).
        let a5 = try #require(rubric.node("assess.A5"))
        #expect(a5.text?.text(.zh, variant: "excellent").hasPrefix("通过多维数据智能分析") == true)
        #expect(a5.text?.text(.zh, variant: "leading").hasPrefix("推进工厂横向、纵向、端到端集成") == true)
        // The first note says which parts are the seed's and which are Panelist defaults.
        #expect(rubric.notes.first?.text(.zh).contains("Panelist 默认") == true)
    }
}
