import Foundation
import Testing
@testable import PanelistCore

/// Fidelity and scoring tests for the two Shaoxing rubrics of seed 003
/// (`seeds/003_9a4ce2c95ae2bc66.txt`): 附件4 绍兴市智能工厂认定评价细则（试行） and
/// 附件5 绍兴市数字化车间认定评价细则（试行）, with the basic conditions of 二、(一)/(二) as gates.
///
/// Every expected count below was taken by hand from the seed; the comments give the seed lines.
/// Points are Panelist's default (the seed gives none): cumulative levels score 1, 2, 3… and
/// independent items 1 each.
@Suite("Rubrics 003 Shaoxing") struct ShaoxingRubricTests {
    static let factoryFile = "shaoxing-smart-factory.yaml"
    static let workshopFile = "shaoxing-digital-workshop.yaml"

    // MARK: - Helpers

    /// The checklist parts of an indicator: (part id, mode, item count).
    static func checklists(_ node: RubricNode) -> [(id: String, mode: ScoringPart.ChecklistMode, items: [ChecklistItem])] {
        node.parts.compactMap { part in
            if case .checklist(let mode, let items) = part.rule { return (part.id, mode, items) }
            return nil
        }
    }

    static func node(_ rubric: Rubric, _ id: String) throws -> RubricNode {
        try #require(rubric.node(id), "node \(id)")
    }

    static func itemCount(_ node: RubricNode) -> Int {
        checklists(node).reduce(0) { $0 + $1.items.count }
    }

    static func modes(_ node: RubricNode) -> [ScoringPart.ChecklistMode] {
        checklists(node).map(\.mode)
    }

    static func score(_ rubric: Rubric, _ entries: [String: [String: Set<String>]]) -> ScoreSheet {
        var inputs = ReviewerInputs()
        for (indicator, ticks) in entries {
            inputs[indicator: indicator] = IndicatorInput(ticks: ticks)
        }
        return ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
    }

    static func suggestion(_ rubric: Rubric, gate: String, fact: String, value: Decimal) -> GateVerdict? {
        let sheet = ScoringEngine.score(
            rubric, profile: ApplicantProfile(), inputs: ReviewerInputs(),
            facts: ApplicationFacts(numbers: [fact: value]))
        return sheet.gates.first { $0.id == gate }?.suggestion
    }

    // MARK: - 附件4 智能工厂: structure

    @Test func factoryLoadsWithItsIdAndNotes() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        #expect(rubric.id == "shaoxing-smart-factory")
        #expect(rubric.title.zh.resolve(nil) == "绍兴市智能工厂认定评价细则（试行）")  // seed line 1009
        // The seed gives no points and no threshold: the file says so in a note and sets none.
        #expect(rubric.totals.threshold == nil)
        #expect(rubric.notes.contains { ($0.zh.resolve(nil) ?? "").contains("未规定分值") && ($0.zh.resolve(nil) ?? "").contains("组织方") })
        #expect(rubric.notes.contains { ($0.zh.resolve(nil) ?? "").contains("包括本数") })
    }

    @Test func factoryGates() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        // 二、(一) 市智能工厂申报条件: conditions 1.–9. on seed lines 15, 17, 19, 20, 22, 24, 26, 28, 29.
        #expect(rubric.gates.map(\.id) == ["G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9"])
        // Quantitative conditions get checks (以上 = ≥); the others are verified by the reviewer.
        var checks: [String: (String, Bound.Op, Decimal)] = [:]
        for gate in rubric.gates {
            if case .fact(let id, let bound)? = gate.check { checks[gate.id] = (id, bound.op, bound.value.resolve(nil) ?? -1) }
        }
        #expect(checks.count == 4)
        #expect(checks["G3"]?.0 == "investment_total" && checks["G3"]?.1 == .atLeast && checks["G3"]?.2 == 1000)  // line 19: 1000万元以上
        #expect(checks["G4"]?.0 == "nc_rate" && checks["G4"]?.1 == .atLeast && checks["G4"]?.2 == 85)  // line 20: 85％以上
        #expect(checks["G5"]?.0 == "digital_workshop_share" && checks["G5"]?.1 == .atLeast && checks["G5"]?.2 == 60)  // line 22: 60%以上
        #expect(checks["G8"]?.0 == "maturity_level" && checks["G8"]?.1 == .atLeast && checks["G8"]?.2 == 2)  // line 28: 二级及以上
        for id in ["G1", "G2", "G6", "G7", "G9"] {
            #expect(rubric.gates.first { $0.id == id }?.check == nil, "gate \(id) is not quantitative")
        }
        // Verbatim text of condition 3 (seed line 19), without its number.
        #expect(rubric.gates[2].text?.zh.resolve(nil) == "最近三年智能工厂建设项目的设备及信息系统总投资达1000万元以上，且至2025年底项目已建成投产。")
    }

    @Test func factoryTree() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        // 评价项目 1.–7.: seed lines 1020, 1060, 1087, 1126, 1149, 1173, 1203.
        #expect(rubric.categories.map(\.id) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(rubric.categories.map { $0.title.zh.resolve(nil) ?? "" } == [
            "智能化改造生态基础", "设计数字化", "生产智能化", "管理数字化", "安全绿色化制造", "综合经济指标", "创新成果",
        ])
        // 评价内容 per 评价项目: 1.1–1.4 (lines 1021–1058), 2.1–2.3 (1065–1085), 3.1–3.5 (1089–1124),
        // 4.1–4.3 (1127–1147), 5.1–5.3 (1150–1170), 6.1–6.3 (1178–1201), 7.1–7.6 (1204–1255).
        #expect(rubric.categories.map(\.children.count) == [4, 3, 5, 3, 3, 3, 6])
        let counts = TestRubrics.counts(rubric)
        #expect(counts.leaves == 27)
        #expect(counts.nodes == 34)
        #expect(counts.options == 0 && counts.lines == 0 && counts.bands == 0)
        // □ items per indicator, with seed lines.
        let expected: [(String, Int)] = [
            ("1.1", 3),  // 1023 ("(" repaired), 1025, 1027
            ("1.2", 4),  // 1033, 1035, 1037, 1039
            ("1.3", 2),  // 1045, 1047
            ("1.4", 3),  // 1053, 1055, 1057
            ("2.1", 3),  // 1067, 1069, 1070
            ("2.2", 2),  // 1076, 1077
            ("2.3", 2),  // 1083, 1084
            ("3.1", 2),  // 1091, 1093
            ("3.2", 2),  // 1099, 1101
            ("3.3", 2),  // 1107, 1108
            ("3.4", 2),  // 1114, 1115
            ("3.5", 2),  // 1121, 1123
            ("4.1", 2),  // 1129, 1130
            ("4.2", 2),  // 1136, 1138
            ("4.3", 2),  // 1144, 1146
            ("5.1", 2),  // 1152, 1154
            ("5.2", 2),  // 1160, 1162
            ("5.3", 2),  // 1168, 1170
            ("6.1", 5),  // 1180 (two), 1182 (two), 1184
            ("6.2", 4),  // 1190 (two), 1192 (two)
            ("6.3", 3),  // 1198 (two), 1200
            ("7.1", 4),  // 1206, 1208, 1210, 1212
            ("7.2", 2),  // 1218, 1220
            ("7.3", 3),  // 1226, 1228, 1230
            ("7.4", 2),  // 1236, 1238
            ("7.5", 2),  // 1244, 1246
            ("7.6", 2),  // 1252, 1254
        ]
        #expect(rubric.indicators.map(\.id) == expected.map(\.0))
        for (id, n) in expected {
            let node = try #require(rubric.node(id))
            #expect(Self.itemCount(node) == n, "□ items of \(id)")
        }
        #expect(counts.items == 68)
        // Cumulative levels: 1.1 (planning, item c restates b), 1.2 (organisation), 2.1 (2D → 3D → dynamic model),
        // 2.2 (simulation → + digital transfer), 2.3 (CAD → + PDM), 6.1–6.3 (≥ x% thresholds). All others independent.
        let levels: Set<String> = ["1.1", "1.2", "2.1", "2.2", "2.3", "6.1", "6.2", "6.3"]
        for node in rubric.indicators {
            #expect(Self.modes(node) == [levels.contains(node.id) ? .levels : .sum], "mode of \(node.id)")
        }
        // Caps are exactly what the items reach: levels n → n, sum of n items → n.
        #expect(rubric.categories.map { $0.cap.resolve(nil) } == [12, 7, 10, 6, 6, 12, 15])
    }

    @Test func factoryRepairedAndVerbatimItems() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        // Line 1023 "( 制定实施智能化改造年度计划": a □ lost in conversion, restored as the first level of 1.1.
        let l11 = try #require(Self.checklists(try Self.node(rubric, "1.1")).first)
        #expect(l11.items.first?.text.zh.resolve(nil) == "制定实施智能化改造年度计划")
        // Line 1180 holds two items: "□ 在5%以上    □ 在10%以上".
        let l61 = try #require(Self.checklists(try Self.node(rubric, "6.1")).first)
        #expect(l61.items.map { $0.text.zh.resolve(nil) ?? "" } == ["在5%以上", "在10%以上", "在15%以上", "在20%以上", "在25%以上"])
        // Seed typo kept verbatim (line 1205).
        #expect(rubric.node("7.1")?.title.zh.resolve(nil) == "项目突破工艺、技术、准备")
        // Evidence from the 佐证材料 column (line 1028); 5.2 and 5.3 have an empty cell (lines 1163, 1171).
        #expect(rubric.node("1.1")?.evidence.map { $0.text.zh.resolve(nil) ?? "" } == ["诊断结果、改造计划方案，学习培训记录、照片"])
        #expect(rubric.node("5.2")?.evidence.isEmpty == true)
        #expect(rubric.node("5.3")?.evidence.isEmpty == true)
    }

    // MARK: - 附件4 智能工厂: scoring

    @Test func factoryThirdLevelAloneScoresThirdLevel() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        var inputs = ReviewerInputs()
        inputs[indicator: "1.2"] = IndicatorInput(ticks: ["levels": ["c"]])
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["1.2"] == 3)  // level c = 3; levels a, b implied
        let text = try #require(sheet.nodes["1.2"]?.derivation.render(.en))
        #expect(text.contains("implies a, b"))
        #expect(text.contains("level c"))
    }

    @Test func factoryFirstAndThirdLevelScoreThirdLevel() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        let sheet = Self.score(rubric, ["1.2": ["levels": ["a", "c"]]])
        #expect(sheet["1.2"] == 3)  // not 1 + 3
        // 6.1: ticking 在5%以上 and 在15%以上 scores 在15%以上 = 3.
        let sheet61 = Self.score(rubric, ["6.1": ["levels": ["a", "c"]]])
        #expect(sheet61["6.1"] == 3)
        // Top level of 6.1 reaches the cap, 5.
        #expect(Self.score(rubric, ["6.1": ["levels": ["e"]]])["6.1"] == 5)
    }

    @Test func factorySumAndCategorySubtotal() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        let sheet = Self.score(rubric, [
            "7.1": ["items": ["a", "d"]],   // 工艺突破 1 + 系统软件突破 1
            "7.3": ["items": ["b"]],        // 网络协同型制造模式 1
            "1.4": ["items": ["a", "b"]],   // 网络覆盖 1 + 5G组网 1
            "1.1": ["levels": ["b"]],       // level b = 2
            "1.2": ["levels": ["d"]],       // level d = 4
            "1.3": ["items": ["b"]],        // 1
        ])
        #expect(sheet["7.1"] == 2)
        #expect(sheet["7.3"] == 1)
        #expect(sheet["7"] == 3)
        #expect(sheet["1.4"] == 2)
        #expect(sheet["1"] == 9)  // subtotal of category 1: 2 + 4 + 1 + 2 (cap 12)
        #expect(sheet.total == 12)
    }

    @Test func factoryInvestmentGateSuggestion() throws {
        let rubric = try TestRubrics.load(Self.factoryFile)
        // 以上 includes the number: exactly 1000万元 passes, 999 fails.
        #expect(Self.suggestion(rubric, gate: "G3", fact: "investment_total", value: 1000) == .pass)
        #expect(Self.suggestion(rubric, gate: "G3", fact: "investment_total", value: 999) == .fail)
        #expect(Self.suggestion(rubric, gate: "G4", fact: "nc_rate", value: 85) == .pass)
        #expect(Self.suggestion(rubric, gate: "G4", fact: "nc_rate", value: Decimal(string: "84.9")!) == .fail)
        #expect(Self.suggestion(rubric, gate: "G5", fact: "digital_workshop_share", value: 60) == .pass)
        #expect(Self.suggestion(rubric, gate: "G8", fact: "maturity_level", value: 1) == .fail)
        #expect(Self.suggestion(rubric, gate: "G8", fact: "maturity_level", value: 2) == .pass)
        // Without a figure there is no suggestion.
        #expect(Self.suggestion(rubric, gate: "G3", fact: "other", value: 5000) == nil)
    }

    // MARK: - 附件5 数字化车间: structure

    @Test func workshopGates() throws {
        let rubric = try TestRubrics.load(Self.workshopFile)
        #expect(rubric.id == "shaoxing-digital-workshop")
        #expect(rubric.title.zh.resolve(nil) == "绍兴市数字化车间认定评价细则（试行）")  // seed line 1259
        #expect(rubric.totals.threshold == nil)
        // 二、(二) 市数字化车间申报条件: conditions 1.–8. on seed lines 34, 36, 38, 39, 40, 42, 44, 45.
        #expect(rubric.gates.map(\.id) == ["G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"])
        var checks: [String: (String, Bound.Op, Decimal)] = [:]
        for gate in rubric.gates {
            if case .fact(let id, let bound)? = gate.check { checks[gate.id] = (id, bound.op, bound.value.resolve(nil) ?? -1) }
        }
        #expect(checks.count == 4)
        #expect(checks["G3"]?.0 == "investment_total" && checks["G3"]?.1 == .atLeast && checks["G3"]?.2 == 200)  // line 38: 200万元以上
        #expect(checks["G4"]?.0 == "nc_rate" && checks["G4"]?.1 == .atLeast && checks["G4"]?.2 == 80)  // line 39: 80％以上
        #expect(checks["G5"]?.0 == "data_collection_rate" && checks["G5"]?.1 == .atLeast && checks["G5"]?.2 == 60)  // line 40: 60%以上
        #expect(checks["G7"]?.0 == "maturity_level" && checks["G7"]?.1 == .atLeast && checks["G7"]?.2 == 2)  // line 44: 二级及以上
        for id in ["G1", "G2", "G6", "G8"] {
            #expect(rubric.gates.first { $0.id == id }?.check == nil, "gate \(id) is not quantitative")
        }
    }

    @Test func workshopTree() throws {
        let rubric = try TestRubrics.load(Self.workshopFile)
        // 评价项目 1.–9.: seed lines 1268, 1302, 1336, 1376, 1398, 1408, 1428, 1458, 1486.
        #expect(rubric.categories.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(rubric.categories.map { $0.title.zh.resolve(nil) ?? "" } == [
            "智能化改造生态基础", "装备数字化", "生产管理数字化", "仓储物流数字化", "能源管理数字化",
            "安全管理数字化", "数据互联互通", "综合绩效", "创新成果",
        ])
        // 评价内容: 1.1–1.3 (1269–1298), 2.1–2.3 (1303–1333), 3.1–3.4 (1337–1373), 4.1–4.2 (1377–1395),
        // 5.1 (1399–1406), 6.1–6.2 (1409–1425), 7.1–7.3 (1429–1455), 8.1 (1459–1483), 9.1 (1487–1495).
        #expect(rubric.categories.map(\.children.count) == [3, 3, 4, 2, 1, 2, 3, 1, 1])
        let counts = TestRubrics.counts(rubric)
        #expect(counts.leaves == 20)
        #expect(counts.nodes == 29)
        let expected: [(String, Int)] = [
            ("1.1", 3),  // 1271, 1273, 1275
            ("1.2", 4),  // 1281, 1283, 1285, 1287 (all "(" repaired)
            ("1.3", 2),  // 1295, 1297 (both "(" repaired)
            ("2.1", 3),  // 1305, 1307, 1309
            ("2.2", 3),  // 1315, 1317, 1319
            ("2.3", 4),  // 1327, 1329, 1331, 1333
            ("3.1", 3),  // 1339, 1341, 1343 ("(")
            ("3.2", 3),  // 1349, 1351, 1353
            ("3.3", 3),  // 1359, 1361, 1363
            ("3.4", 3),  // 1369, 1371, 1373
            ("4.1", 3),  // 1381, 1383, 1385 ("(")
            ("4.2", 3),  // 1391, 1393, 1395 ("(")
            ("5.1", 3),  // 1401 ("("), 1403, 1405 ("(")
            ("6.1", 3),  // 1411 ("("), 1413, 1415 ("(")
            ("6.2", 3),  // 1421 ("("), 1423, 1425 ("(")
            ("7.1", 3),  // 1431 ("("), 1433, 1435 ("(")
            ("7.2", 3),  // 1441 ("("), 1443, 1445 ("(")
            ("7.3", 3),  // 1451 ("("), 1453, 1455 ("(")
            ("8.1", 9),  // 1461 (two), 1463; 1469, 1471, 1473; 1479, 1481, 1483 (all but one "(")
            ("9.1", 4),  // 1489 ("("), 1491, 1493, 1494
        ]
        #expect(rubric.indicators.map(\.id) == expected.map(\.0))
        for (id, n) in expected {
            let node = try #require(rubric.node(id))
            #expect(Self.itemCount(node) == n, "□ items of \(id)")
        }
        #expect(counts.items == 68)
        // Modes: independent items in 1.3 and 9.1; 2.3's 数控化率 ranges are exclusive ("低于80%"), so highest;
        // 8.1 has three parts of cumulative levels; every other indicator is cumulative levels.
        for node in rubric.indicators {
            switch node.id {
            case "1.3", "9.1": #expect(Self.modes(node) == [.sum], "mode of \(node.id)")
            case "2.3": #expect(Self.modes(node) == [.highest], "mode of \(node.id)")
            case "8.1": #expect(Self.modes(node) == [.levels, .levels, .levels], "mode of \(node.id)")
            default: #expect(Self.modes(node) == [.levels], "mode of \(node.id)")
            }
        }
        let parts81 = Self.checklists(try Self.node(rubric, "8.1"))
        #expect(parts81.map(\.id) == ["efficiency", "defects", "energy"])
        #expect(parts81.map(\.items.count) == [3, 3, 3])
        #expect(rubric.categories.map { $0.cap.resolve(nil) } == [9, 10, 12, 6, 3, 6, 9, 9, 4])
    }

    @Test func workshopRepairedItemsAreVerbatim() throws {
        let rubric = try TestRubrics.load(Self.workshopFile)
        // Lines 1281–1287: four "(" items, restored as the four levels of 1.2.
        let l12 = try #require(Self.checklists(try Self.node(rubric, "1.2")).first)
        #expect(l12.items.map { $0.text.zh.resolve(nil) ?? "" } == [
            "主要依托外部力量开展改造",
            "企业内设有智能化改造人员团队",
            "企业内建立智能化建设独立部门",
            "一把手重视，成立智能化改造领导小组，建立力量较强的智能化改造独立部门",
        ])
        // Line 1461 "( 生产效率提高10％以上  □ 生产效率提高15％以上": a repaired item and a □ item on one line.
        let eff = try #require(Self.checklists(try Self.node(rubric, "8.1")).first)
        #expect(eff.items.map { $0.text.zh.resolve(nil) ?? "" } == ["生产效率提高10％以上", "生产效率提高15％以上", "生产效率提高20％以上"])
        // No item text keeps a stray "(" or "□".
        for node in rubric.indicators {
            for part in Self.checklists(node) {
                for item in part.items {
                    let text = item.text.zh.resolve(nil) ?? ""
                    #expect(!text.hasPrefix("(") && !text.contains("□"), "\(node.id)/\(item.id): \(text)")
                }
            }
        }
    }

    // MARK: - 附件5 数字化车间: scoring

    @Test func workshopLevelsSumHighestAndSubtotal() throws {
        let rubric = try TestRubrics.load(Self.workshopFile)
        let sheet = Self.score(rubric, [
            "1.1": ["levels": ["c"]],          // level c = 3 (a, b implied)
            "1.2": ["levels": ["a", "c"]],     // level c = 3
            "1.3": ["items": ["a", "b"]],      // 1 + 1 = 2
            "2.3": ["items": ["b", "c"]],      // 大于80% and 大于90% → highest c = 3
            "8.1": ["efficiency": ["b"], "defects": ["a", "c"], "energy": ["a"]],  // 2 + 3 + 1
            "9.1": ["items": ["a", "d"]],      // 1 + 1
        ])
        #expect(sheet["1.1"] == 3)
        #expect(sheet["1.2"] == 3)
        #expect(sheet["1.3"] == 2)
        #expect(sheet["1"] == 8)  // category subtotal 3 + 3 + 2 (cap 9)
        #expect(sheet["2.3"] == 3)
        #expect(sheet["2"] == 3)
        #expect(sheet["8.1"] == 6)
        #expect(sheet["9.1"] == 2)
        #expect(sheet.total == 19)  // 8 + 3 + 6 + 2
        let text = try #require(sheet.nodes["1.1"]?.derivation.render(.en))
        #expect(text.contains("implies a, b"))
    }

    @Test func workshopGateSuggestions() throws {
        let rubric = try TestRubrics.load(Self.workshopFile)
        #expect(Self.suggestion(rubric, gate: "G3", fact: "investment_total", value: 200) == .pass)
        #expect(Self.suggestion(rubric, gate: "G3", fact: "investment_total", value: 199) == .fail)
        #expect(Self.suggestion(rubric, gate: "G4", fact: "nc_rate", value: 80) == .pass)
        #expect(Self.suggestion(rubric, gate: "G4", fact: "nc_rate", value: 79) == .fail)
        #expect(Self.suggestion(rubric, gate: "G5", fact: "data_collection_rate", value: 60) == .pass)
        #expect(Self.suggestion(rubric, gate: "G5", fact: "data_collection_rate", value: 59) == .fail)
        #expect(Self.suggestion(rubric, gate: "G7", fact: "maturity_level", value: 2) == .pass)
    }
}
