import Foundation
import Testing
@testable import PanelistCore

/// Fidelity and scoring tests for seed 001 (浙江省“未来工厂”评价指数（试行版）).
///
/// Every expected count below was taken by hand from the seed text; the comments give the
/// line numbers in shared/seeds/001_06ad65e4fd380f1f.txt. Section 4 scoring cases are
/// worked out by hand from the seed's rules (lines 286–287).
@Suite("Rubric 001 Zhejiang future factory") struct ZhejiangFutureFactoryRubricTests {
    let rubric: Rubric

    init() throws {
        rubric = try TestRubrics.load("zhejiang-future-factory.yaml")
    }

    /// Evaluation-content leaves (ids ending in .a … .f).
    var contents: [RubricNode] {
        rubric.allNodes.filter { $0.children.isEmpty && $0.id.range(of: #"\.[a-f]$"#, options: .regularExpression) != nil }
    }

    /// The evaluation elements of a content (its `found` checklist; the `level…` lists are extra records).
    func items(of node: RubricNode) -> [ChecklistItem] {
        node.parts.filter { !$0.id.hasPrefix("level") }.flatMap { part -> [ChecklistItem] in
            if case .checklist(_, let items) = part.rule { return items }
            return []
        }
    }

    // MARK: - Tree shape

    @Test func categoriesAreTheFourSectionsOfTheSeed() {
        // 一级: "1. 关键技术" (line 5), "2. 模式创新" (41), "3. 能力建设要求" (131), "4. 社会责任" (283).
        #expect(rubric.categories.map(\.id) == ["1", "2", "3", "4"])
        #expect(rubric.categories.map { $0.title.text(.zh) } == ["关键技术", "模式创新", "能力建设要求", "社会责任"])
    }

    @Test func secondLevelIndicators() {
        // 二级 (13): 1.1 (line 9), 1.2 (19), 1.3 (34); 2.1 个性化定制 (45), 2.2 网络化协同 (77/80),
        // 2.3 服务化延伸 (95/98); 3.1 (133), 3.2 (163), 3.3 (214), 3.4 (242), 3.5 (274);
        // 4.1 (286), 4.2 (287).
        let second = rubric.allNodes.filter { $0.depth == 1 }
        #expect(second.map(\.id) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2"])
    }

    @Test func thirdLevelIndicators() {
        // 三级 (25): 2.1.1 (line 47), 2.1.2 (61), 2.1.3 (69); 2.2.1 (80), 2.2.2 (84), 2.2.3 (91);
        // 2.3.1–2.3.4 printed 2.2.1–2.2.4 (98, 108, 118, 125); 3.1.1–3.1.3 (136, 147, 153);
        // 3.2.1–3.2.5 (166, 173, 181, 192, 204); 3.3.1–3.3.3 (217, 229, 232);
        // 3.4.1–3.4.4 printed 3.3.1–3.3.4 (245, 253, 258/259, 262).
        // 1.x (lines 9, 19, 34), 3.5 (274) and 4.x (286–287) have no numbered 三级.
        let third = rubric.allNodes.filter { $0.depth == 2 && !$0.children.isEmpty }
        #expect(third.count == 25)
        #expect(third.map(\.id) == [
            "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.3.4",
            "3.1.1", "3.1.2", "3.1.3", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5",
            "3.3.1", "3.3.2", "3.3.3", "3.4.1", "3.4.2", "3.4.3", "3.4.4",
        ])
        // Numbering slips keep the printed number in the notes.
        #expect(rubric.node("2.3.1")?.notes.contains { $0.text(.zh).contains("2.2.1") } == true)
        #expect(rubric.node("3.4.4")?.notes.contains { $0.text(.zh).contains("3.3.4") } == true)
        #expect(rubric.node("2.2.3")?.title.text(.zh) == "生产协同")
    }

    @Test func evaluationContentsPerSection() {
        // §1 (13): 1.1 a–d lines 10, 11, 13, 14; 1.2 a–d 20, 21, 22, 26; 1.3 a–e 35–39.
        // §2 (31): 2.1.1 a–e 48, 52, 55, 59, 60; 2.1.2 a–d 61, 64, 65, 66; 2.1.3 a–b 70, 73;
        //   2.2.1 a–b 81, 82; 2.2.2 a–d 85, 86, 87, 90; 2.2.3 a–b 92, 93; 2.3.1 a–c 99, 102, 105;
        //   2.3.2 a–c 109, 112, 116; 2.3.3 a–c 119, 121, 122; 2.3.4 a–c 126, 127, 129.
        // §3 (55): 3.1.1 a–d 137, 140, 142, 144; 3.1.2 a–c 148–150; 3.1.3 a–b 154, 157;
        //   3.2.1 a–d 167, 168, 169, 172; 3.2.2 a–d 174, 175, 177, 179; 3.2.3 a–f 182, 183, 184, 187, 189, 191;
        //   3.2.4 a–e 193, 195, 198, 200, 202; 3.2.5 a–d 205, 207, 209, 211; 3.3.1 a–d 218, 222, 224, 228;
        //   3.3.2 a–b 230, 231; 3.3.3 a–b 234, 239; 3.4.1 a–c 246, 249, 251; 3.4.2 a–c 255–257;
        //   3.4.3 a–b 259, 260; 3.4.4 a–c 263, 266, 268; 3.5 a–d 275, 276, 278, 280.
        let bySection = Dictionary(grouping: contents, by: { String($0.id.prefix(1)) }).mapValues(\.count)
        #expect(bySection == ["1": 13, "2": 31, "3": 55])
    }

    @Test func elementsPerEvaluationContent() {
        // Evaluation elements 1), 2)… per content, counted by hand (lines as in evaluationContentsPerSection;
        // an unnumbered element counts as 1). A/B sub-options are counted separately below.
        let expected: [String: Int] = [
            // §1: lines 10–14, 20–29, 35–39 → 22
            "1.1.a": 1, "1.1.b": 2, "1.1.c": 1, "1.1.d": 1,
            "1.2.a": 2, "1.2.b": 1, "1.2.c": 4, "1.2.d": 2,
            "1.3.a": 2, "1.3.b": 1, "1.3.c": 1, "1.3.d": 3, "1.3.e": 1,
            // §2: lines 48–129 → 77
            "2.1.1.a": 4, "2.1.1.b": 3, "2.1.1.c": 3, "2.1.1.d": 5, "2.1.1.e": 4,
            "2.1.2.a": 4, "2.1.2.b": 3, "2.1.2.c": 2, "2.1.2.d": 4,
            "2.1.3.a": 3, "2.1.3.b": 3,
            "2.2.1.a": 2, "2.2.1.b": 2,
            "2.2.2.a": 1, "2.2.2.b": 1, "2.2.2.c": 1, "2.2.2.d": 1,
            "2.2.3.a": 1, "2.2.3.b": 1,
            "2.3.1.a": 3, "2.3.1.b": 3, "2.3.1.c": 3,
            "2.3.2.a": 3, "2.3.2.b": 3, "2.3.2.c": 2,
            "2.3.3.a": 2, "2.3.3.b": 1, "2.3.3.c": 2,
            "2.3.4.a": 1, "2.3.4.b": 3, "2.3.4.c": 3,
            // §3: lines 137–281 → 116
            "3.1.1.a": 3, "3.1.1.b": 2, "3.1.1.c": 2, "3.1.1.d": 2,
            "3.1.2.a": 2, "3.1.2.b": 2, "3.1.2.c": 3,
            "3.1.3.a": 3, "3.1.3.b": 3,
            "3.2.1.a": 2, "3.2.1.b": 2, "3.2.1.c": 2, "3.2.1.d": 2,
            "3.2.2.a": 2, "3.2.2.b": 2, "3.2.2.c": 2, "3.2.2.d": 2,
            "3.2.3.a": 1, "3.2.3.b": 1, "3.2.3.c": 2, "3.2.3.d": 2, "3.2.3.e": 2, "3.2.3.f": 1,
            "3.2.4.a": 2, "3.2.4.b": 2, "3.2.4.c": 2, "3.2.4.d": 2, "3.2.4.e": 2,
            "3.2.5.a": 2, "3.2.5.b": 2, "3.2.5.c": 2, "3.2.5.d": 2,
            "3.3.1.a": 4, "3.3.1.b": 2, "3.3.1.c": 3, "3.3.1.d": 2,
            "3.3.2.a": 2, "3.3.2.b": 1,
            "3.3.3.a": 5, "3.3.3.b": 2,
            "3.4.1.a": 3, "3.4.1.b": 2, "3.4.1.c": 2,
            "3.4.2.a": 2, "3.4.2.b": 2, "3.4.2.c": 2,
            "3.4.3.a": 2, "3.4.3.b": 1,
            "3.4.4.a": 3, "3.4.4.b": 2, "3.4.4.c": 2,
            "3.5.a": 1, "3.5.b": 3, "3.5.c": 2, "3.5.d": 1,
        ]
        var actual: [String: Int] = [:]
        for node in contents {
            actual[node.id] = items(of: node).filter { $0.id.allSatisfy(\.isNumber) }.count
        }
        #expect(actual == expected)
        #expect(expected.values.reduce(0, +) == 215)
        let perSection = Dictionary(grouping: expected, by: { String($0.key.prefix(1)) }).mapValues { $0.map(\.value).reduce(0, +) }
        #expect(perSection == ["1": 22, "2": 77, "3": 116])
    }

    @Test func subOptionsAB() {
        // A/B sub-options: 1.1.a element (line 10: "A: 提供合作案例…； B: 引进智能制造领域高级人才…");
        // 2.3.3.c element 2) (line 124: "A:指明检测结果数据原因分析…； B:为产品改善提供路线分析…").
        let sub = contents.flatMap { node in items(of: node).filter { !$0.id.allSatisfy(\.isNumber) }.map { "\(node.id)/\($0.id)" } }
        #expect(sub == ["1.1.a/1A", "1.1.a/1B", "2.3.3.c/2A", "2.3.3.c/2B"])
    }

    @Test func overallCounts() {
        // nodes: 4 categories + 13 二级 + 25 三级 + 99 evaluation contents + 9 scenario slots of 4.2 = 150;
        // leaves: 99 contents + 4.1 + 9 scenario slots = 109; checklist items: 215 elements + 4 sub-options
        // + 30 levels in the 11 "level reached" lists (see ZhejiangLevelsTests).
        let c = TestRubrics.counts(rubric)
        #expect(c.nodes == 150)
        #expect(c.leaves == 109)
        #expect(c.items == 249)
        #expect(c.options == 0)
        #expect(c.lines == 0)
        #expect(c.bands == 0)
    }

    // MARK: - Evidence (企业举证阶段)

    @Test func evidenceMarks() {
        let marks = rubric.allNodes.flatMap { $0.evidence.flatMap(\.marks) }
        // "*" (37): lines 48, 59, 60, 81, 85, 92, 99, 102, 105, 109, 112, 116, 122, 126, 127, 129,
        //   167, 168, 174, 175, 177, 179, 184, 187, 193, 195, 198, 200, 202, 209, 211, 256, 257, 263, 268, 276, 278.
        #expect(marks.filter { $0 == "*" }.count == 37)
        // "√" (18): lines 137, 140, 142, 144, 148, 149, 150, 157, 169, 171, 172, 249, 251, 255, 259, 260, 266, 267.
        #expect(marks.filter { $0 == "√" }.count == 18)
        // "P" (16): lines 119, 121, 182, 205, 207, 218, 222, 223, 224, 228, 230, 231, 234, 239, 246, 275.
        #expect(marks.filter { $0 == "P" }.count == 16)
        #expect(Set(marks) == ["*", "√", "P"])
    }

    @Test func wordCountDemands() {
        let withMin = rubric.allNodes.flatMap { node in node.evidence.compactMap { e in e.minChars.map { (node.id, $0) } } }
        // 41 = 24 "不少于 N 字" in the evidence column (the seed has 25 "不少于"; the 25th is 4.2's
        // "不少于 5 项示范", line 287) + 17 "N-M 字简明文字说明" (lines 47, 136, 147, 153, 166, 173, 181,
        // 192, 204, 217, 229, 232, 245, 253, 258, 262, 274).
        #expect(withMin.count == 41)
        let minChars = Dictionary(withMin, uniquingKeysWith: { a, _ in a })
        #expect(minChars["2.1.1"] == 1000)   // line 47: 1000-1500 字简明文字说明
        #expect(minChars["3.1.1"] == 800)    // line 136: 800-1000 字简明文字说明
        #expect(minChars["3.1.2"] == 500)    // line 147: 500-800 字简明文 字说明
        #expect(minChars["2.1.1.a"] == 300)  // line 48: * 提供场景描述（不少于 300 字）
        #expect(minChars["2.1.1.c"] == 200)  // line 55: 不少于 200 字
        #expect(minChars["2.2.1.a"] == 800)  // lines 81–82: "*" / 提供协同平台及协同业务描述(不少于 800 字)
        #expect(minChars["2.3.4.a"] == 1500) // line 126: 不少于 1500字
        // "不超过 N 字" (lines 35–38) is an upper limit: kept as text, no minimum.
        #expect(rubric.node("1.3.a")?.evidence.first?.minChars == nil)
        #expect(rubric.node("1.3.a")?.evidence.first?.text.text(.zh) == "提供场景描述（不超过 300 字）和应用视频、图片资料")
        let starred = rubric.node("2.1.1.a")?.evidence.first
        #expect(starred?.marks == ["*"])
        #expect(starred?.text.text(.zh) == "提供场景描述（不少于 300 字）和应用视频、图片资料")
    }

    // MARK: - Caps

    @Test func capsOfSection4AreTheSeeds() throws {
        // Line 286: 4.1 "根据整体成效展示效果，最高得 100 分。"
        let n41 = try #require(rubric.node("4.1"))
        #expect(n41.cap.resolve(nil) == 100)
        #expect(n41.parts.map(\.id) == ["points"])
        // Line 287: 4.2 "每项典型应用场景示范，最高得 20 分；不少于 5 项示范，总分最高得 100 分。"
        let n42 = try #require(rubric.node("4.2"))
        #expect(n42.cap.resolve(nil) == 100)
        #expect(n42.sumCapped)
        #expect(n42.minScoredChildren == 5)
        #expect(n42.children.count == 9)   // "九大典型场景", names not given in the seed
        #expect(n42.children.allSatisfy { $0.cap.resolve(nil) == 20 && $0.parts.map(\.id) == ["points"] })
        #expect(rubric.node("4")?.cap.resolve(nil) == 200)
    }

    @Test func defaultCapsOfSections1To3() throws {
        // The seed gives no points for §1–§3: Panelist's default is 10 per evaluation content,
        // parents add up their children, and a top-level note says so.
        #expect(contents.allSatisfy { $0.cap.resolve(nil) == 10 })
        #expect(contents.allSatisfy { $0.parts.filter { !$0.id.hasPrefix("level") }.map(\.id) == ["found", "points"] })
        #expect(rubric.node("1")?.cap.resolve(nil) == 130)
        #expect(rubric.node("2")?.cap.resolve(nil) == 310)
        #expect(rubric.node("3")?.cap.resolve(nil) == 550)
        for node in rubric.allNodes where !node.children.isEmpty && !node.sumCapped {
            let sum = node.children.reduce(Decimal(0)) { $0 + ($1.cap.resolve(nil) ?? 0) }
            #expect(node.cap.resolve(nil) == sum, "\(node.id)")
        }
        #expect(rubric.notes.contains { $0.text(.zh).contains("组织方确定") })
        #expect(rubric.totals.threshold == nil)
    }

    // MARK: - Scoring §4 (hand-computed from line 287)

    func scenarios(_ points: [Decimal]) -> ReviewerInputs {
        var inputs = ReviewerInputs()
        for (index, p) in points.enumerated() {
            inputs[indicator: "4.2.\(index + 1)"] = IndicatorInput(manual: ["points": p])
        }
        return inputs
    }

    @Test func sixScenariosAtTwentyAreCappedAtOneHundred() {
        // 6 × 20 = 120 → "总分最高得 100 分" → 100; 6 ≥ 5 scenarios, so nothing unmet.
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: scenarios([20, 20, 20, 20, 20, 20]))
        #expect(sheet["4.2"] == 100)
        #expect(sheet.nodes["4.2"]?.derivation.raw == 120)
        #expect(sheet.nodes["4.2"]?.unmet.isEmpty == true)
        #expect(sheet["4"] == 100)
        #expect(sheet.problems.isEmpty)
    }

    @Test func fourScenariosAreFewerThanFive() {
        // 4 × 20 = 80, but "不少于 5 项示范" is not met.
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: scenarios([20, 20, 20, 20]))
        #expect(sheet["4.2"] == 80)
        #expect(sheet.nodes["4.2"]?.unmet.isEmpty == false)
    }

    @Test func exactlyFiveScenariosMeetTheMinimum() {
        // 18 + 20 + 15.5 + 12 + 10 = 75.5 (under the cap); a sixth entered as 0 does not count as a demonstration.
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: scenarios([18, 20, Decimal.exact("15.5")!, 12, 10, 0]))
        #expect(sheet["4.2"] == Decimal.exact("75.5")!)
        #expect(sheet.nodes["4.2"]?.unmet.isEmpty == true)
    }

    @Test func scenarioEntryOverTwentyIsRefused() {
        // 25 > "最高得 20 分": reported, not counted (never clamped to 20).
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: scenarios([25, 20, 20, 20, 20]))
        #expect(sheet["4.2.1"] == 0)
        #expect(sheet.problems.contains { $0.id.hasPrefix("4.2.1") })
        #expect(sheet["4.2"] == 80)                        // 4 × 20
        #expect(sheet.nodes["4.2"]?.unmet.isEmpty == false) // only 4 scenarios scored above 0
    }

    @Test func showcaseAndScenariosTogether() {
        // 4.1 = 85 (≤ 100); scenarios 18 + 20 + 15.5 + 12 + 20 + 19 = 104.5 → 100; section 4 = 185.
        var inputs = scenarios([18, 20, Decimal.exact("15.5")!, 12, 20, 19])
        inputs[indicator: "4.1"] = IndicatorInput(manual: ["points": 85])
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["4.1"] == 85)
        #expect(sheet["4.2"] == 100)
        #expect(sheet["4"] == 185)
        // 4.1 over 100 is refused too.
        var over = ReviewerInputs()
        over[indicator: "4.1"] = IndicatorInput(manual: ["points": 101])
        let refused = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: over)
        #expect(refused["4.1"] == 0)
        #expect(refused.problems.contains { $0.id.hasPrefix("4.1") })
    }

    // MARK: - Scoring §1–§3 (expert-rated, default caps)

    @Test func elementTicksRecordButDoNotScore() {
        var inputs = ReviewerInputs()
        // 1.1.a: the expert found element 1 and sub-option A (line 10) and gives 7 of 10.
        inputs[indicator: "1.1.a"] = IndicatorInput(ticks: ["found": ["1", "1A"]], manual: ["points": 7])
        // 3.2.3.c: elements ticked, no points entered → 0.
        inputs[indicator: "3.2.3.c"] = IndicatorInput(ticks: ["found": ["1", "2"]])
        // 2.1.1.d: 11 > 10 is refused.
        inputs[indicator: "2.1.1.d"] = IndicatorInput(manual: ["points": 11])
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["1.1.a"] == 7)
        #expect(sheet["1.1"] == 7)
        #expect(sheet["1"] == 7)
        #expect(sheet["3.2.3.c"] == 0)
        #expect(sheet["2.1.1.d"] == 0)
        #expect(sheet.problems.contains { $0.id.hasPrefix("2.1.1.d") })
    }
}
