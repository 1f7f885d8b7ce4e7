import Foundation
import Testing
@testable import PanelistCore

/// The rules of seed 004 the rubric now expresses, and the readings it states where they apply.
/// Line numbers refer to shared/seeds/004_2248bf02dff2e139.txt.
@Suite("Zhuzhou 004: ratios, 第六条 and stated readings")
struct ZhuzhouSeedReadingsTests {
    let rubric: Rubric

    init() throws {
        rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
    }

    func profile(_ variant: String = "workshop", _ industry: String = "equipment") -> ApplicantProfile {
        ApplicantProfile(variant: variant, attributes: ["industry": industry])
    }

    func state(_ numbers: [String: String], indicator: String = "4.1") -> ReviewState {
        var state = ReviewState()
        for (id, value) in numbers { state.inputs[indicator: indicator].numbers[id] = Decimal.exact(value) }
        return state
    }

    // MARK: - a and b (lines 373–468)

    /// Line 417: a = 本地产核心装备投资总额 / 核心装备投资总额 × 100% — the local amount is part of the
    /// total, so 1900 of 1444 (131.58%) cannot be; it is refused with the reason, never scored A.
    @Test func aLocalAboveTotalIsRefused() throws {
        let validator = ActionValidator(rubric: rubric, profile: profile(), lang: .zh)
        let message = try #require(validator.problem(with: .number(indicator: "4.1", number: "local", value: 1900), state: state(["total": "1444"])))
        #expect(message.contains("不能超过后者"))
        #expect(message.contains("1900万元"))
        let en = ActionValidator(rubric: rubric, profile: profile(), lang: .en)
        #expect(en.problem(with: .number(indicator: "4.1", number: "total", value: 1444), state: state(["local": "1900"]))?.contains("cannot exceed") == true)
        #expect(validator.problem(with: .number(indicator: "4.1", number: "local", value: 1444), state: state(["total": "1444"])) == nil)  // 100% is possible
    }

    /// A journal that holds such parts anyway (written before this rule) is not scored: the
    /// indicator stays open with a problem, instead of 131.58% → A (5分).
    @Test func impossiblePartsInAJournalAreNotScored() {
        var inputs = ReviewerInputs()
        inputs[indicator: "4.1"].numbers = ["local": 1900, "total": 1444]
        let sheet = ScoringEngine.score(rubric, profile: profile(), inputs: inputs)
        #expect(sheet["4.1"] == 0)
        #expect(sheet.openIndicators.contains("4.1"))
        #expect(sheet.problems.contains { $0.id == "4.1" && $0.message.contains("cannot exceed") })
    }

    /// Articles 4(二)/5(二) (lines 19, 31) ask only that equipment and services together reach 300万元,
    /// so an applicant may have bought no technical services: b's total is 0. Both parts 0 record
    /// "not applicable: no such spending", 0 points, and the indicator is done (no 评审未完成 for ever).
    @Test func bWithNoSuchSpendingIsRecordedAndDone() throws {
        let validator = ActionValidator(rubric: rubric, profile: profile(), lang: .en)
        #expect(validator.problem(with: .number(indicator: "4.2", number: "total", value: 0), state: state(["local": "0"], indicator: "4.2")) == nil)
        let refused = try #require(validator.problem(with: .number(indicator: "4.2", number: "total", value: 0), state: state(["local": "12"], indicator: "4.2")))
        #expect(refused.contains("cannot exceed"))  // 12 of 0
        var inputs = ReviewerInputs()
        inputs[indicator: "4.2"].numbers = ["local": 0, "total": 0]
        let sheet = ScoringEngine.score(rubric, profile: profile(), inputs: inputs)
        #expect(sheet["4.2"] == 0)
        #expect(sheet.nodes["4.2"]?.progress == .done)
        #expect(!sheet.openIndicators.contains("4.2"))
        #expect(sheet.nodes["4.2"]?.derivation.render(.zh) == "b 不适用：无此项费用（技术服务费用总额为 0），0 分")
        #expect(sheet.nodes["4.2"]?.derivation.render(.en) == "b not applicable: no such spending (no technical services bought): 0 points")
    }

    /// A ratio without `zero_total` refuses a zero denominator outright.
    @Test func aZeroTotalIsRefusedWhereTheRubricDoesNotAllowIt() {
        var node = rubric.node("4.1")!
        node.numbers[2].ratio?.zeroTotal = nil
        let problem = node.ratioProblem(setting: "total", to: 0, entered: [:])
        #expect(problem?.text(.en).hasPrefix("All core equipment cannot be 0") == true)
    }

    /// The issue's own example: 1999.9 ÷ 4000 × 100 = 49.9975 lies in B [40, 50) (line 382: 大于等于40%且小于50%（4分）),
    /// although it is shown as 50.00%.
    @Test func ratioDerivationShowsTheExactValueItCompared() {
        var inputs = ReviewerInputs()
        inputs[indicator: "4.1"].numbers = ["local": Decimal.exact("1999.9")!, "total": 4000]
        let sheet = ScoringEngine.score(rubric, profile: profile(), inputs: inputs)
        #expect(sheet["4.1"] == 4)
        #expect(sheet.nodes["4.1"]?.derivation.render(.zh) == "a = 1999.9 ÷ 4000 × 100 = 49.9975%（显示 50.00%）∈ [40, 50) → B，4 分")
        #expect(sheet.nodes["4.1"]?.derivation.render(.en) == "a = 1999.9 ÷ 4000 × 100 = 49.9975% (shown as 50.00%) ∈ [40, 50) → B: 4 points")
        #expect(sheet.nodes["4.1"]?.derivation.render(.en, symbols: .ascii) == "a = 1999.9 / 4000 x 100 = 49.9975% (shown as 50.00%) in [40, 50) -> B: 4 points")
        #expect(rubric.node("4.1")?.number("a")?.display(Decimal.exact("49.9975")!) == "50.00%")
    }

    // MARK: - 第六条 (line 39)

    /// "一个企业一次只能选择申报智能制造标杆车间或者标杆中小企业" binds both variants (G7); the
    /// rest of the article (one workshop, on the 智能车间名单) binds workshops only (G6).
    @Test func articleSixIsAGateOnBothVariants() {
        for variant in ["workshop", "sme"] {
            let sheet = ScoringEngine.score(rubric, profile: profile(variant), inputs: ReviewerInputs())
            #expect(sheet.gates.first { $0.id == "G7" }?.applicable == true, "\(variant)")
            #expect(sheet.gates.first { $0.id == "G6" }?.applicable == (variant == "workshop"))
        }
        #expect(rubric.gates.first { $0.id == "G7" }?.text?.text(.zh) == "一个企业一次只能选择申报智能制造标杆车间或者标杆中小企业")
        #expect(rubric.gates.first { $0.id == "G6" }?.text?.text(.zh).hasPrefix("申报智能制造标杆车间的企业一次只能申报一个标杆车间") == true)
    }

    // MARK: - Readings stated where they apply

    /// Scenarios outside the table (line 1197: 上述未列出的其他场景) count toward 3 / 7 — said on G3 and 2.3,
    /// and the derivation names them.
    @Test func scenariosOutsideTheTableCountAndSaySo() {
        for gate in rubric.gates where gate.id == "G3" { #expect(gate.notes.contains { $0.text(.zh).contains("含明细表外的其他场景") }) }
        #expect(rubric.node("2.3")?.notes.contains { $0.text(.zh).contains("含明细表外的其他场景") } == true)
        var inputs = ReviewerInputs()
        inputs.scenarios = ["5", "10"]
        inputs.otherScenarios = 1
        inputs.coverageConfirmed = true
        let sheet = ScoringEngine.score(rubric, profile: profile(), inputs: inputs)
        // 装备制造 key segments 工艺设计 3, 生产作业 5 (line 221): 2 of them, 3 scenarios with the one outside → A 10.
        #expect(sheet["2.3"] == 10)
        #expect(sheet.nodes["2.3"]?.derivation.render(.zh) == "核实 2 个环节（其中重点环节 2 个）、3 个场景（含表外 1 个）→ A，10 分")
        #expect(sheet.gates.first { $0.id == "G3" }?.suggestion == .pass)
    }

    /// Line 256: "国家两化融合贯标、国家智能制造能力成熟度通过评定企业计4分" — no "/个": counted once, said on 2.4;
    /// the editing hint (max_count) is for rubric authors only.
    @Test func twoFusionCountsOnceAndTheEditHintIsForAuthors() {
        let node = rubric.node("2.4")!
        #expect(node.notes.contains { $0.text(.zh, variant: "workshop").contains("只计 4 分") })
        #expect(node.notes.contains { $0.text(.zh, variant: "sme").contains("只计 5 分") })
        #expect(!node.notes.contains { $0.text(.zh).contains("max_count") })
        #expect(node.authorNotes.contains { $0.text(.zh).contains("将该行 max_count 改为 2") })
    }

    /// Line 1456: for a workshop the investment is the workshop's, for an SME the enterprise's; said on G2 and 2.1.
    @Test func investmentScopeFollowsTheVariant() {
        let g2 = rubric.gates.first { $0.id == "G2" }!
        #expect(g2.notes.contains { $0.text(.zh, variant: "workshop").contains("近三年申报车间相关的智能制造总投入") })
        #expect(g2.notes.contains { $0.text(.zh, variant: "sme").contains("近三年企业的智能制造总投入") })
        #expect(rubric.node("2.1")?.notes.contains { $0.text(.zh, variant: "workshop").contains("车间的投入") } == true)
    }

    /// Notes that begin with 注： are printed once: 注：企业必须提供相关佐证材料… (line 277), not 注：注：….
    @Test func seedNotesAreNotPrefixedTwice() {
        let note = rubric.node("2.4")!.notes[0]
        #expect(NoteText.line(note, .zh, variant: "workshop") == "注：企业必须提供相关佐证材料，累计加分不超过15分。")
        #expect(NoteText.prefixed("按所获荣誉最高分取值。", .zh) == "注：按所获荣誉最高分取值。")
        #expect(NoteText.prefixed("Only the highest honour counts.", .en) == "Note: Only the highest honour counts.")
    }
}
