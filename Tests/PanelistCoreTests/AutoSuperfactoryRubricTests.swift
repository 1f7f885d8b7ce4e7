import Foundation
import Testing
@testable import PanelistCore

/// Fidelity of `Rubrics/auto-superfactory.yaml` to seed 000 (第四届智能制造创新大赛 汽车制造超级工厂,
/// `/work/shared/seeds/000_1db33b68044aad40.txt`). Every count below was taken by hand from the
/// seed; the comments give the seed lines it comes from.
@Suite("Rubric 000 auto superfactory") struct AutoSuperfactoryRubricTests {
    let rubric: Rubric

    init() throws {
        rubric = try TestRubrics.load("auto-superfactory.yaml")
    }

    // MARK: - 表1 基本要求表 (seed lines 82–103)

    @Test func gatesAreTheFourBasicRequirements() throws {
        // 表1 has four numbered requirements: lines 87 (1.), 91 (2.), 95 (3.), 99 (4.).
        #expect(rubric.gates.map(\.id) == ["G1", "G2", "G3", "G4"])
        // 符合性依据: lines 89, 93, (line 97 is empty: merged with 2., see the gate's note), 101.
        for gate in rubric.gates {
            #expect(!gate.evidence.isEmpty, "gate \(gate.id) has no evidence")
        }
        let g3 = try #require(rubric.gates.first { $0.id == "G3" })
        #expect(!g3.notes.isEmpty, "G3 must say why it borrows G2's evidence")
        #expect(g3.evidence.map { $0.text.zh.resolve(nil) } == rubric.gates[1].evidence.map { $0.text.zh.resolve(nil) })
        // Verbatim text (line 87, without its "1." numbering).
        #expect(rubric.gates[0].text?.zh.resolve(nil) == "工厂应依法设立，边界清晰，在建设和生产过程中应遵守有关法律、法规、政策和标准。")
        // The table's note (line 103) is shown to every user.
        let notes = rubric.notes.compactMap { $0.zh.resolve(nil) }
        #expect(notes.contains("基本要求是“汽车制造超级工厂”评审认定的前提，所列指标必须全部满足，只对指标符合性进行说明和判定，不打分。"))
    }

    // MARK: - 表2 评审细则 (seed lines 107–785)

    @Test func treeShape() {
        // 一级指标: 绿色低碳 (line 116), 智能制造 (line 428), 创新性 (line 762).
        #expect(rubric.categories.map { $0.title.zh.resolve(nil) } == ["绿色低碳", "智能制造", "创新性"])
        #expect(rubric.categories.map(\.id) == ["1", "2", "3"])
        // 二级指标 of 绿色低碳: lines 117, 156, 183, 236, 274, 306, 328, 376, 401 → 9;
        // of 智能制造: lines 429, 490, 541, 683 → 4; of 创新性: lines 763, 771 → 2. In all 15.
        #expect(rubric.categories.map(\.children.count) == [9, 4, 2])
        let second = rubric.categories.flatMap(\.children)
        #expect(second.count == 15)
        #expect(second.map { $0.title.zh.resolve(nil) ?? "" } == [
            "管理战略", "投入", "绿色低碳供应链管理", "基础设施", "碳减排过程", "工业软件智慧化赋能", "绿色低碳能力优化", "碳抵消", "绿色低碳拓展",
            "系统性解决方案", "运营管理", "业务数字化", "业务集成融合",
            "模式创新", "复制推广",
        ])
        // Requirement items (rows of 表2, each ending in its 指标性质 cell):
        // 1 绿色低碳, rows starting at lines 115–420 → 5+3+6+4+3+2+6+2+4 = 35;
        // 2 智能制造, rows starting at lines 427–753 → 6+6+13+10 = 35;
        // 3 创新性, rows starting at lines 761, 769, 780 → 1+2 = 3. In all 73.
        func items(_ node: RubricNode) -> Int { node.children.isEmpty ? 1 : node.children.map(items).reduce(0, +) }
        #expect(rubric.categories.map(items) == [35, 35, 3])
        #expect(second.map(\.children.count) == [5, 3, 6, 4, 3, 2, 6, 2, 4, 6, 6, 13, 10, 1, 2])
        #expect(rubric.indicators.count == 73)
        // Every leaf sits three levels down (一级 → 二级 → item) and is scored by the expert.
        for leaf in rubric.indicators {
            #expect(leaf.depth == 2, "\(leaf.id)")
            #expect(leaf.parts.count == 1 && leaf.parts[0].id == "points", "\(leaf.id)")
            if case .manual = leaf.parts[0].rule {} else { Issue.record("\(leaf.id) is not expert-rated") }
        }
        let counts = TestRubrics.counts(rubric)
        #expect(counts.nodes == 3 + 15 + 73)
        #expect(counts.leaves == 73)
        #expect(counts.options == 0 && counts.items == 0 && counts.lines == 0 && counts.bands == 0)
    }

    @Test func natureAsMarked() {
        // 指标性质 column, counted from the seed's 定性 / 定量 cells:
        // 绿色低碳: 定量 at lines 169, 212, 250, 302, 332, 348, 356, 364, 372, 389 → 10;
        //           定量+定性 at line 285 → 1; the other 24 rows 定性.
        // 智能制造: 定量 at lines 444, 476, 511, 537, 558, 601, 626, 646, 668 → 9; 26 定性.
        // 创新性: 定量 at line 785 → 1; 定性 at lines 767, 778 → 2.
        let leaves = rubric.indicators
        let qualitative = leaves.filter { $0.nature == .qualitative }
        let quantitative = leaves.filter { $0.nature == .quantitative }
        #expect(qualitative.count == 24 + 26 + 2)
        #expect(quantitative.count == 10 + 9 + 1)
        for (index, category) in rubric.categories.enumerated() {
            let prefix = category.id + "."
            #expect(quantitative.filter { $0.id.hasPrefix(prefix) }.count == [10, 9, 1][index])
            #expect(qualitative.filter { $0.id.hasPrefix(prefix) }.count == [24, 26, 2][index])
        }
        // 1.5.1 is marked 定量+定性 (line 285): no single nature, and a note says so.
        let mixed = leaves.filter { $0.nature == nil }
        #expect(mixed.map(\.id) == ["1.5.1"])
        #expect(mixed.first?.notes.contains { ($0.zh.resolve(nil) ?? "").contains("定量+定性") } == true)
        #expect(rubric.node("1.2.2")?.nature == .quantitative)   // 资金投入, line 169
        #expect(rubric.node("2.4.10")?.nature == .qualitative)   // 共享制造, line 759
    }

    @Test func verbatimTextAndEvidence() throws {
        let top = try #require(rubric.node("1.1.1"))
        #expect(top.title.zh.resolve(nil) == "顶层设计")
        #expect(top.text?.zh.resolve(nil) == "顶层设计：按年度制定工厂绿色低碳管理规划、目标、实施方案。")       // line 118
        #expect(top.evidence.map { $0.text.zh.resolve(nil) } == ["相关规划、方案文件。"])           // line 119
        // Line breaks inside a cell are kept (lines 200–203).
        let training = try #require(rubric.node("1.3.3"))
        #expect(training.evidence.first?.text.zh.resolve(nil) == "培训清单、签到记录、考核记录等；培训计划、方案等\n文件。")
        // 备注 cells that are empty in the seed carry no evidence, and say so:
        // lines 292, 323, 443, 475, 510, 536, 557, 600, 625, 645, 667 → 11 items.
        let withoutEvidence = rubric.indicators.filter(\.evidence.isEmpty)
        #expect(withoutEvidence.map(\.id) == ["1.5.2", "1.6.2", "2.1.2", "2.1.5", "2.2.3", "2.2.6", "2.3.2", "2.3.6", "2.3.8", "2.3.10", "2.3.12"])
        for leaf in withoutEvidence {
            #expect(leaf.notes.contains { ($0.zh.resolve(nil) ?? "").contains("备注（文档查看）") }, "\(leaf.id)")
        }
    }

    @Test func capsAreTheDocumentedDefault() throws {
        // The seed gives no points: every item has the same Panelist default cap, parents sum their children.
        for leaf in rubric.indicators {
            #expect(leaf.cap.resolve(nil) == 10, "\(leaf.id)")
        }
        for node in rubric.allNodes where !node.children.isEmpty {
            let sum = node.children.reduce(Decimal(0)) { $0 + ($1.cap.resolve(nil) ?? 0) }
            #expect(node.cap.resolve(nil) == sum, "\(node.id)")
        }
        #expect(rubric.categories.map { $0.cap.resolve(nil) } == [350, 350, 30])
        // No threshold: the seed sets none.
        #expect(rubric.totals.threshold == nil)
        // A note shown to users says the caps are Panelist's default and the organiser's to set;
        // how to change them in the file (the item_cap anchor) is a note for the rubric's authors only.
        let notes = rubric.notes.compactMap { $0.zh.resolve(nil) }
        #expect(notes.contains { $0.contains("组委会") && $0.contains("未规定任何分值") })
        #expect(!notes.contains { $0.contains("item_cap") })
        #expect(rubric.authorNotes.contains { $0.text(.zh).contains("item_cap") })
    }

    // MARK: - Scoring

    @Test func failedGateMakesIneligibleWhateverThePoints() {
        var inputs = ReviewerInputs()
        inputs[indicator: "1.1.1"] = IndicatorInput(manual: ["points": 7])
        inputs.gates["G1"] = GateInput(verdict: .fail, reason: "土地证、建设规划许可证缺失")
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["1.1.1"] == 7)
        #expect(sheet["1.1"] == 7)
        #expect(sheet["1"] == 7)
        #expect(sheet.outcome == .ineligible)
        #expect(sheet.problems.isEmpty)
    }

    @Test func entryOverTheItemCapIsAProblemAndNotCounted() {
        var inputs = ReviewerInputs()
        inputs[indicator: "1.1.1"] = IndicatorInput(manual: ["points": 7])
        inputs[indicator: "1.1.2"] = IndicatorInput(manual: ["points": 12])   // cap is 10
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["1.1.2"] == 0)
        #expect(sheet["1.1"] == 7)
        #expect(sheet.problems.contains { $0.id.hasPrefix("1.1.2") })
        #expect(sheet.problems.count == 1)
    }
}
