import Foundation
import Testing
@testable import PanelistCore

/// Hand-computed applicants for seed 004 (株洲市智能制造标杆认定标准, 附件1).
///
/// Every expected number below was worked out by hand from the seed text; the comment on
/// each line quotes the seed rule it comes from (line numbers refer to
/// shared/seeds/004_2248bf02dff2e139.txt).
@Suite("Zhuzhou 004 hand-computed applicants")
struct ZhuzhouScoringTests {
    let rubric: Rubric

    init() throws {
        rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
    }

    // MARK: - Input helpers

    struct Sheet {
        var inputs = ReviewerInputs()
        mutating func choose(_ indicator: String, _ option: String, part: String = "1") {
            inputs[indicator: indicator].choices[part] = option
        }
        mutating func number(_ indicator: String, _ id: String, _ value: String) {
            inputs[indicator: indicator].numbers[id] = Decimal.exact(value)
        }
        mutating func count(_ indicator: String, part: String = "1", _ lines: [String: Int]) {
            inputs[indicator: indicator].counts[part] = lines
        }
        mutating func tick(_ indicator: String, part: String = "1", _ items: Set<String>) {
            inputs[indicator: indicator].ticks[part] = items
        }
        mutating func gates(_ verdicts: [String: GateVerdict]) {
            for (id, verdict) in verdicts { inputs.gates[id] = GateInput(verdict: verdict, reason: verdict == .fail ? "核验不符" : "") }
        }
        mutating func scenarios(_ ids: Set<String>, other: Int = 0) {
            inputs.scenarios = ids
            inputs.otherScenarios = other
            inputs.coverageConfirmed = true
        }
    }

    /// G1–G5: 第四条/第五条 (seed 004 lines 15–35); G6 (标杆车间) and G7 (both): 第六条 (line 39).
    let allPass: [String: GateVerdict] = ["G1": .pass, "G2": .pass, "G3": .pass, "G4": .pass, "G5": .pass, "G6": .pass, "G7": .pass]

    func score(_ sheet: Sheet, variant: String, industry: String) -> ScoreSheet {
        ScoringEngine.score(rubric, profile: ApplicantProfile(variant: variant, attributes: ["industry": industry]), inputs: sheet.inputs)
    }

    // MARK: - 标杆车间 (workshop)

    /// W1, equipment manufacturing, recognised. Edges: score exactly 3.8, investment exactly 1500, a exactly 50%.
    @Test func workshopEquipmentRecognised() {
        var s = Sheet()
        s.gates(allPass)
        s.choose("1.1", "A")                                   // L~116 A．三级及以上（10分） → 10
        s.number("1.2", "score", "3.8")                        // L~132 A．大于等于3.8分（10分） → 10 (edge)
        s.number("2.1", "investment", "1500")                  // L~164 B．大于等于1500万元且小于3000万元（10分） → 10 (edge)
        s.choose("2.2", "A")                                   // L~188 A．具备车间整体实施方案（5分） → 5
        s.scenarios(["5", "10", "14"])                         // segs 3 工艺设计, 5 生产作业: 2 of equipment's key segments, 3 scenarios
                                                               // L~208 (2) 装备制造业 …6个重点环节中的2个及以上环节，且…不少于3个 → A 10
        s.count("2.4", part: "workshop", ["A1": 2, "A2": 1, "B1": 1])  // 2×5 + 1×3 + 1×4 = 17; L~236 累计加分不超过15分 → 15
        s.count("2.5", ["A1": 3, "B": 2])                      // 3×2 + 2×0.5 = 7 (≤ 10) → 7
        s.count("2.6", part: "A", ["A2": 1])                   // 省级 1×1 = 1
        s.tick("2.6", part: "B", ["B1"])                       // 团队且高级职称 2
        s.count("2.6", part: "C", ["C": 2])                    // 2×0.5 = 1 → 1+2+1 = 4 (≤ 5)
        s.count("3.1", ["P": 2, "M": 1])                       // 省级 2×2 + 市级 1×1 = 5 (≤ 10)
        s.count("3.2", ["P": 2, "M": 1])                       // 省 2×1 + 市 1×0.5 = 2.5 (≤ 5)
        s.number("4.1", "local", "150"); s.number("4.1", "total", "300")   // a = 150/300×100 = 50 → A．大于等于50%（5分） (edge)
        s.number("4.2", "local", "20"); s.number("4.2", "total", "100")    // b = 20% → D．大于等于20%且小于30%（2分）
        s.tick("5.1", ["B", "D"])                              // 按所获荣誉最高分取值: max(B 4, D 2) = 4
        s.choose("6.1", "A")                                   // 装备制造业 A（10分）
        s.choose("6.2", "B")                                   // B（4分）
        let r = score(s, variant: "workshop", industry: "equipment")

        #expect(r["1.1"] == 10)
        #expect(r["1.2"] == 10)
        #expect(r["1"] == 20)
        #expect(r["2.1"] == 10)
        #expect(r["2.3"] == 10)
        #expect(r["2.4"] == 15)
        #expect(r["2.5"] == 7)
        #expect(r["2.6"] == 4)
        #expect(r["2"] == 51)                                  // 10 + 5 + 10 + 15 + 7 + 4
        #expect(r["3"] == Decimal.exact("7.5"))               // 5 + 2.5
        #expect(r.base == Decimal.exact("78.5"))              // 20 + 51 + 7.5
        #expect(r["4.1"] == 5)
        #expect(r["4.2"] == 2)
        #expect(r["5.1"] == 4)
        #expect(r["6"] == 14)
        #expect(r.bonus == 25)                                 // 7 + 4 + 14
        #expect(r.total == Decimal.exact("103.5"))
        #expect(r.outcome == .recognised)
        #expect(r.openIndicators.isEmpty)
        #expect(r.problems.isEmpty)
        #expect(r.nodes["2.4"]?.derivation.render(.en) == "A1: 2 × 5 = 10 points; A2: 1 × 3 = 3 points; B1: 1 × 4 = 4 points; sum 10 + 3 + 4 = 17 points, over the cap of 15: 15 points")
        #expect(r.nodes["4.1"]?.derivation.render(.en) == "a = 150 ÷ 300 × 100 = 50% ∈ [50, +∞) → A: 5 points")
    }

    /// W2, consumer goods, below threshold. Edges: 3.79 just under 3.8; 1499.99 just under 1500.
    @Test func workshopConsumerBelowThreshold() {
        var s = Sheet()
        s.gates(allPass)
        s.choose("1.1", "B")                                   // B．二级（5分）
        s.number("1.2", "score", "3.79")                       // B．大于等于3.3分且小于3.8分（9分）
        s.number("2.1", "investment", "1499.99")               // C．大于等于900万元且小于1500万元（8分）
        s.choose("2.2", "B")                                   // B．具备车间、工位等局部实施方案（3分）
        s.scenarios(["1", "2", "3"])                           // segs 1 工厂设计, 2 产品研发: no consumer key segment → not A;
                                                               // B "覆盖了2个及以上环节且不少于3个场景数" → 8
        s.count("2.4", part: "workshop", ["C": 3])             // 市级 3 × 0.5 = 1.5
        s.count("2.5", [:])                                    // none → 0
        s.count("2.6", part: "A", ["A3": 1])                   // 市级 1 × 0.5 = 0.5
        s.tick("2.6", part: "B", [])
        s.count("2.6", part: "C", [:])
        s.count("3.1", [:])                                    // 0
        s.count("3.2", ["M": 4])                               // 4 × 0.5 = 2
        s.number("4.1", "local", "0"); s.number("4.1", "total", "500")     // 0% → F（0分）
        s.number("4.2", "local", "45"); s.number("4.2", "total", "100")    // 45% → B．大于等于40%且小于50%（4分）
        s.tick("5.1", [])                                      // none → 0
        s.choose("6.1", "B")                                   // B（8分）
        s.choose("6.2", ScoringPart.noneAnswer)                // none applies → 0
        let r = score(s, variant: "workshop", industry: "consumer")

        #expect(r["1"] == 14)                                  // 5 + 9
        #expect(r["2.1"] == 8)
        #expect(r["2.3"] == 8)
        #expect(r["2"] == 21)                                  // 8 + 3 + 8 + 1.5 + 0 + 0.5
        #expect(r["3"] == 2)
        #expect(r.base == 37)
        #expect(r.bonus == 12)                                 // 0 + 4 + 0 + 8 + 0
        #expect(r.total == 49)
        #expect(r.outcome == .belowThreshold)
        #expect(r.openIndicators.isEmpty)
        // Consumer key segments 4, 5, 6, 7, 12, 14 (seed 004 line 228): none of segments 1, 2 → A fails on key segments.
        #expect(r.nodes["2.3"]?.derivation.steps == [.coverage(CoverageWorking(
            segments: 2, scenarios: 3, keySegments: 0,
            unmet: [.init(tier: "A", gaps: [.init(.keySegments, have: 0, need: 2)])], tier: "B", points: 8))])
    }

    /// W3, other industry: reaches 80 exactly but gate G2 (≥ 300万元) fails → ineligible.
    /// W3b: the same applicant verified at exactly 300万元 and a = 10% → exactly 80 → recognised.
    @Test func workshopOtherIndustryGateAndThreshold() {
        var s = Sheet()
        s.gates(allPass)
        s.inputs.gates["G2"] = GateInput(verdict: .fail, reason: "审计报告投入 280 万元，低于 300 万元")
        s.choose("1.1", "A")                                   // 10
        s.number("1.2", "score", "4.2")                        // ≥ 3.8 → 10
        s.number("2.1", "investment", "280")                   // F．小于300万元（0分）
        s.choose("2.2", "A")                                   // 5
        s.scenarios(["19", "22", "10"])                        // segs 7, 8, 5: 3 segments, 3 scenarios; "other" industry cannot take A → B 8
        s.count("2.4", part: "workshop", ["A1": 3, "B3": 1])  // 15 + 1 = 16 → 累计加分不超过15分 → 15
        s.count("2.5", ["A1": 5, "D": 1])                      // 10 + 0.5 = 10.5 → 累计加分不超过10分 → 10
        s.count("2.6", part: "A", ["A1": 2])                   // 2 × 2 = 4
        s.tick("2.6", part: "B", [])
        s.count("2.6", part: "C", ["C": 2])                    // 2 × 0.5 = 1 → 5 (cap 5)
        s.count("3.1", ["N": 2])                               // 2 × 5 = 10 (cap 10)
        s.count("3.2", ["N": 3])                               // 3 × 2 = 6 → 累计加分不超过5分 → 5
        s.number("4.1", "local", "60"); s.number("4.1", "total", "300")    // 20% → D 2
        s.number("4.2", "local", "0"); s.number("4.2", "total", "100")     // 0 → F 0
        s.tick("5.1", [])
        s.choose("6.1", ScoringPart.noneAnswer)
        s.choose("6.2", ScoringPart.noneAnswer)
        let r = score(s, variant: "workshop", industry: "other")

        #expect(r["2.3"] == 8)
        #expect(r["2.4"] == 15)
        #expect(r["2.5"] == 10)
        #expect(r["3.2"] == 5)
        #expect(r.base == 78)                                  // 20 + (0+5+8+15+10+5) + (10+5)
        #expect(r.total == 80)                                 // 78 + 2
        #expect(r.outcome == .ineligible)                      // 基本条件（二）不满足: ineligible whatever the points

        var b = s
        b.inputs.gates["G2"] = GateInput(verdict: .pass)
        b.number("2.1", "investment", "300")                   // E．大于等于300万元且小于600万元（4分） (edge)
        b.count("3.2", ["N": 1])                               // 2
        b.number("4.1", "local", "30")                         // a = 30/300 = 10% → E．大于等于10%且小于20%（1分） (edge)
        let rb = score(b, variant: "workshop", industry: "other")
        #expect(rb.base == 79)                                 // 20 + (4+5+8+15+10+5) + (10+2)
        #expect(rb.bonus == 1)
        #expect(rb.total == 80)
        #expect(rb.outcome == .recognised)                     // 评价得分达到80分及以上

        // Option A of 新技术应用 is open only to the four industry classes.
        var c = b
        c.choose("6.1", "A")
        let rc = score(c, variant: "workshop", industry: "other")
        #expect(rc["6.1"] == 0)
        #expect(rc.problems.contains { $0.id == "6.1/1" && $0.message.contains("not open") })
    }

    // MARK: - 标杆中小企业 (sme)

    /// S1, raw materials, recognised. Edges: score exactly 3.3, investment exactly 3000; all 6 key segments.
    @Test func smeRawMaterialsRecognised() {
        var s = Sheet()
        s.gates(allPass)
        s.choose("1.1", "A")                                   // 10
        s.number("1.2", "score", "3.3")                        // B．大于等于3.3分且小于3.8分（9分） (edge)
        s.number("2.1", "investment", "3000")                  // A．大于等于3000万元（20分） (edge)
        s.choose("2.2", "A")                                   // A．具备企业整体实施方案（5分）
        s.scenarios(["10", "19", "22", "27", "31", "34", "35"]) // 原材料: 生产作业5 质量管控7 设备管理8 安全管控9 能源管理10 环保管控11,
                                                               // all 6 key segments and 7 scenarios → A 10
        s.count("2.4", part: "sme", ["A1": 1, "B": 1])        // 5 + 2 = 7 → 累计加分不超过5分 → 5
        s.count("2.5", ["A1": 2, "A2": 2, "B": 1])             // 2×5 + 2×2 + 1×1 = 15 (cap 15)
        s.count("2.6", part: "A", ["A2": 1])                   // 省级 2
        s.tick("2.6", part: "B", ["B2"])                       // 团队无高级职称 2
        s.count("2.6", part: "C", ["C": 1])                    // 2/家 → 2+2+2 = 6
        s.count("3.1", ["P": 1])                               // 省级 3
        s.count("3.2", ["N": 1, "P": 1])                       // 5 + 2 = 7
        s.number("4.1", "local", "90"); s.number("4.1", "total", "200")    // 45% → B 4
        s.number("4.2", "local", "0"); s.number("4.2", "total", "50")      // 0 → F 0
        s.tick("5.1", ["A", "C"])                              // max(A 10, C 6) = 10
        s.choose("6.1", "A")                                   // 中小企业 A（5分）
        s.choose("6.2", "A")                                   // A（5分）
        let r = score(s, variant: "sme", industry: "raw_materials")

        #expect(r["1"] == 19)
        #expect(r["2.3"] == 10)
        #expect(r["2.4"] == 5)
        #expect(r["2.5"] == 15)
        #expect(r["2.6"] == 6)
        #expect(r["2"] == 61)                                  // 20 + 5 + 10 + 5 + 15 + 6
        #expect(r["3"] == 10)
        #expect(r.base == 90)
        #expect(r["5"] == 10)
        #expect(r.bonus == 24)                                 // 4 + 0 + 10 + 5 + 5
        #expect(r.total == 114)
        #expect(r.outcome == .recognised)
        #expect(r.nodes["2.3"]?.derivation.steps == [.coverage(CoverageWorking(segments: 6, scenarios: 7, keySegments: 6, tier: "A", points: 10))])
        #expect(r.nodes["5.1"]?.derivation.render(.en) == "ticked A, C; the highest, A: 10 points")
    }

    /// S2, electronics, below threshold: 5 of 6 key segments misses A; other scenarios count for B.
    @Test func smeElectronicsBelowThreshold() {
        var s = Sheet()
        s.gates(allPass)
        s.choose("1.1", "B")                                   // 5
        s.number("1.2", "score", "2.3")                        // D．大于等于2.3分且小于2.8分（7分） (edge)
        s.number("2.1", "investment", "900")                   // C．大于等于900万元且小于1500万元（8分） (edge)
        s.choose("2.2", "C")                                   // 0
        s.scenarios(["5", "7", "10", "16", "19", "41"], other: 1)  // segs 3,4,5,6,7,13; 电子信息 key 3,4,5,6,7,8 → 5 of 6: not A;
                                                               // 6 segments, 6 + 1 other = 7 scenarios → B 8
        s.count("2.4", part: "sme", ["C": 2])                  // 2 × 1 = 2
        s.count("2.5", ["B": 3, "D": 1])                       // 3 × 1 + 0.5 = 3.5
        s.count("2.6", part: "A", [:]); s.tick("2.6", part: "B", []); s.count("2.6", part: "C", [:])
        s.count("3.1", ["M": 1])                               // 2
        s.count("3.2", ["M": 2])                               // 2 × 1 = 2
        s.number("4.1", "local", "30"); s.number("4.1", "total", "100")        // 30% → C 3 (edge)
        s.number("4.2", "local", "29.99"); s.number("4.2", "total", "100")     // 29.99% → D．大于等于20%且小于30%（2分） (just below the C edge)
        s.tick("5.1", ["E"])                                   // 市级 2
        s.choose("6.1", "B")                                   // 4
        s.choose("6.2", "B")                                   // 4
        let r = score(s, variant: "sme", industry: "electronics")

        #expect(r["1"] == 12)
        #expect(r["2.3"] == 8)
        #expect(r["2"] == Decimal.exact("21.5"))              // 8 + 0 + 8 + 2 + 3.5 + 0
        #expect(r.base == Decimal.exact("37.5"))              // 12 + 21.5 + 4
        #expect(r.bonus == 15)                                 // 3 + 2 + 2 + 4 + 4
        #expect(r.total == Decimal.exact("52.5"))
        #expect(r.outcome == .belowThreshold)
        // Electronics key segments 3, 4, 5, 6, 7, 8 (seed 004 line 237): 5 of 6 → A fails; 6 segments, 7 scenarios → B.
        #expect(r.nodes["2.3"]?.derivation.steps == [.coverage(CoverageWorking(
            segments: 6, scenarios: 7, outsideTable: 1, keySegments: 5,
            unmet: [.init(tier: "A", gaps: [.init(.keySegments, have: 5, need: 6)])], tier: "B", points: 8))])
    }

    /// S3, equipment: every honours cap binds; a pending gate keeps it provisional until verified.
    @Test func smeEquipmentCapsAndPendingGate() {
        var s = Sheet()
        s.gates(allPass)
        s.inputs.gates["G5"] = GateInput(verdict: .pending)
        s.choose("1.1", "A")                                   // 10
        s.number("1.2", "score", "3.8")                        // 10
        s.number("2.1", "investment", "2999.99")               // B 10
        s.choose("2.2", "A")                                   // 5
        s.scenarios(["5", "7", "10", "19", "22", "44", "45"])  // 装备制造: 3,4,5,7,8,14 all covered, 7 scenarios → A 10
        s.count("2.4", part: "sme", ["A1": 2, "A2": 1])       // 10 + 5 = 15 → 累计加分不超过5分 → 5
        s.count("2.5", ["A1": 4])                              // 20 → 累计加分不超过15分 → 15
        s.count("2.6", part: "A", ["A1": 1])                   // 5
        s.tick("2.6", part: "B", ["B1"])                       // 5
        s.count("2.6", part: "C", ["C": 1])                    // 2 → 12 → 累计加分不超过10分 → 10
        s.count("3.1", ["N": 1])                               // 5 (cap 5)
        s.count("3.2", ["N": 2])                               // 10 (cap 10)
        s.number("4.1", "local", "100"); s.number("4.1", "total", "100")   // 100% → A 5
        s.number("4.2", "local", "50"); s.number("4.2", "total", "100")    // 50% → A 5
        s.tick("5.1", ["B", "C"])                              // max(B 8, C 6) = 8
        s.choose("6.1", "A")                                   // 5
        s.choose("6.2", "A")                                   // 5
        let r = score(s, variant: "sme", industry: "equipment")

        #expect(r["2.4"] == 5)
        #expect(r["2.5"] == 15)
        #expect(r["2.6"] == 10)
        #expect(r.base == 90)                                  // 20 + (10+5+10+5+15+10) + 15
        #expect(r.bonus == 28)                                 // 10 + 8 + 10
        #expect(r.total == 118)
        #expect(r.outcome == .provisional)
        #expect(r.nodes["2.6"]?.derivation.render(.zh) == "A1 1 个 × 5 分 = 5 分；勾选 B1，5 分；C 1 家 × 2 分 = 2 分；合计 5 + 5 + 2 = 12 分，超过上限 10 分，计 10 分")

        var verified = s
        verified.inputs.gates["G5"] = GateInput(verdict: .pass)
        #expect(score(verified, variant: "sme", industry: "equipment").outcome == .recognised)
    }

    // MARK: - Gate suggestions and progress

    @Test func gateSuggestionsFromApplicationFacts() {
        let facts = ApplicationFacts(numbers: ["investment_total": 300, "maturity_level": 1], scenarios: ["1", "2"], otherScenarios: 0)
        let r = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "workshop", attributes: ["industry": "equipment"]),
                                    inputs: ReviewerInputs(), facts: facts)
        let g2 = r.gates.first { $0.id == "G2" }
        #expect(g2?.suggestion == .pass)                       // 不低于300万元: 300 passes
        #expect(g2?.suggestionText == "300万元 ≥ 300万元")
        #expect(r.gates.first { $0.id == "G5" }?.suggestion == .fail)   // 二级及以上: level 1 fails
        #expect(r.gates.first { $0.id == "G3" }?.suggestion == .fail)   // 1 segment, 2 scenarios < 2 and 3
        #expect(r.gates.first { $0.id == "G6" }?.applicable == true)
        let sme = ScoringEngine.score(rubric, profile: ApplicantProfile(variant: "sme", attributes: ["industry": "equipment"]), inputs: ReviewerInputs())
        #expect(sme.gates.first { $0.id == "G6" }?.applicable == false)  // 第六条 applies to 标杆车间 only
        #expect(r.outcome == .incomplete)
        #expect(r.openIndicators.count == 15)
        #expect(r.nodes["2"]?.progress == .untouched)
    }

    @Test func overMaximumCountIsLeftOutNotClamped() {
        var s = Sheet()
        s.count("2.4", part: "workshop", ["A4": 2])           // 两化融合/成熟度: at most once
        let r = score(s, variant: "workshop", industry: "equipment")
        #expect(r["2.4"] == 0)
        #expect(r.problems.contains { $0.id == "2.4/workshop" && $0.message.contains("over its maximum 1") })
    }
}
