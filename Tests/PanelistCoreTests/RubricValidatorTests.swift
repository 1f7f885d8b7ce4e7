import Foundation
import Testing
@testable import PanelistCore

/// Broken rubric files, each with the exact message the author sees.
@Suite("Rubric validator messages")
struct RubricValidatorTests {
    /// A minimal valid rubric with one indicator; `body` replaces its categories.
    func rubric(_ categories: String, extra: String = "") -> String {
        """
        format: panelist-rubric/1
        id: demo
        title: 演示
        \(extra)
        categories:
        \(categories)
        """
    }

    func messages(_ yaml: String) -> [String] {
        TestRubrics.parse(yaml).1.map(\.description)
    }

    @Test func validMinimalRubricHasNoDiagnostics() {
        let yaml = rubric("""
          - id: "1"
            title: 类别
            cap: 10
            children:
              - id: "1.1"
                title: 指标
                cap: 10
                parts:
                  - kind: choice
                    options:
                      - {id: A, text: 好, points: 10}
                      - {id: B, text: 差, points: 0}
        """)
        #expect(messages(yaml) == [])
    }

    @Test func unknownKeyNamesLineColumnAndSuggests() {
        let yaml = rubric("""
          - id: "1"
            title: 类别
            cap: 10
            parts:
              - kind: manual
            evidense: [证明]
        """)
        #expect(messages(yaml) == ["test.yaml:11:5: error: unknown key 'evidense' in a category; did you mean 'evidence'?"])
    }

    @Test func duplicateIDs() {
        let yaml = rubric("""
          - id: "1"
            title: 类别
            cap: 10
            children:
              - {id: "1.1", title: 甲, cap: 5, parts: [{kind: manual}]}
              - {id: "1.1", title: 乙, cap: 5, parts: [{kind: manual}]}
        """)
        #expect(messages(yaml) == ["test.yaml:11:9: error: duplicate indicator id '1.1' (first at line 10); ids must be unique"])
    }

    @Test func bandsWithGapAndOverlap() {
        let yaml = rubric("""
          - id: "1"
            title: 投入
            cap: 20
            numbers: [{id: x, title: 投入, unit: 万元}]
            parts:
              - kind: bands
                input: x
                bands:
                  - {id: A, at_least: 3000, points: 20}
                  - {id: B, at_least: 1500, below: 2900, points: 10}
                  - {id: C, at_least: 900, below: 1600, points: 8}
                  - {id: D, below: 900, points: 0}
        """)
        let found = messages(yaml)
        #expect(found.contains("test.yaml:14:13: error: bands of 1 part 1 leave a gap between B [1500, 2900) and A [3000, +∞); make them meet (e.g. below: 3000 then at_least: 3000)"))
        #expect(found.contains("test.yaml:15:13: error: bands C [900, 1600) and B [1500, 2900) of 1 part 1 overlap; make each edge inclusive on one side only"))
        #expect(found.count == 2)
    }

    @Test func bandsMissingLowestValues() {
        let yaml = rubric("""
          - id: "1"
            title: 得分
            cap: 10
            numbers: [{id: s, title: 得分}]
            parts:
              - kind: bands
                input: s
                bands:
                  - {id: A, at_least: 3.8, points: 10}
                  - {id: B, at_least: 3.3, below: 3.8, points: 9}
        """)
        #expect(messages(yaml) == ["test.yaml:15:13: error: bands of 1 part 1 leave a gap below [3.3, 3.8) (numbers start at [0); add a band for the lowest values"])
    }

    @Test func optionWithoutPoints() {
        let yaml = rubric("""
          - id: "1"
            title: 等级
            cap: 10
            parts:
              - kind: choice
                options:
                  - {id: A, text: 三级及以上, points: 10}
                  - {id: B, text: 二级}
        """)
        #expect(messages(yaml) == ["test.yaml:13:13: error: an option has no 'points'; every option states its points, 0 included"])
    }

    @Test func childrenCannotReachOrExceedParentCap() {
        let short = rubric("""
          - id: "1"
            title: 类别
            cap: 20
            children:
              - {id: "1.1", title: 甲, cap: 10, parts: [{kind: manual}]}
        """)
        #expect(messages(short) == ["test.yaml:6:5: error: 1: its children's caps reach at most 10, below its cap 20; fix the points or the cap"])
        let over = rubric("""
          - id: "1"
            title: 荣誉
            cap: 15
            parts:
              - kind: counts
                lines:
                  - {id: A, text: 国家级, points: 5}
        """)
        #expect(messages(over) == ["test.yaml:6:5: error: 1: its parts have no upper limit but the cap is 15; add 'sum_capped: true' where the seed caps the sum (累计…不超过), or give counts a max_count"])
        let seedCapped = over.replacingOccurrences(of: "    cap: 15\n", with: "    cap: 15\n    sum_capped: true\n")
        #expect(messages(seedCapped) == ["test.yaml:6:5: warning: 1: its parts have no upper limit; capped at 15 as the seed states"])
        let exceeds = rubric("""
          - id: "1"
            title: 方案
            cap: 5
            parts:
              - kind: choice
                options:
                  - {id: A, text: 整体, points: 6}
        """)
        #expect(messages(exceeds) == ["test.yaml:6:5: error: 1: its parts add up to 6, over its cap 5; fix the points, or add 'sum_capped: true' if the seed caps the sum (累计…不超过)"])
    }

    @Test func undefinedAttribute() {
        let yaml = rubric("""
          - id: "1"
            title: 新技术
            cap: 10
            parts:
              - kind: choice
                options:
                  - {id: A, text: 满足, points: 10, when: {industy: [equipment]}}
                  - {id: B, text: 其他, points: 8}
        """, extra: "attributes: [{id: industry, title: 行业, values: [{id: equipment, title: 装备制造业}]}]")
        #expect(messages(yaml) == ["test.yaml:12:49: error: 'when' refers to attribute 'industy', which is not declared; add it under 'attributes' or fix the name"])
    }

    @Test func perVariantValueMustNameEveryVariant() {
        let yaml = rubric("""
          - id: "1"
            title: 荣誉
            cap: {workshop: 15}
            parts: [{kind: manual}]
        """, extra: "variants: [{id: workshop, title: 标杆车间}, {id: sme, title: 标杆中小企业}]")
        #expect(messages(yaml) == ["test.yaml:8:10: error: per-variant value lacks sme; give a value for every variant"])
    }

    @Test func yamlSyntaxError() {
        let yaml = "format: panelist-rubric/1\nid: demo\ntitle: [unclosed\n"
        let found = messages(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("test.yaml:4:1: error: YAML syntax:") == true)
    }

    @Test func missingCap() {
        let yaml = rubric("""
          - id: "1"
            title: 类别
            parts: [{kind: manual}]
        """)
        #expect(messages(yaml) == ["test.yaml:6:5: error: a category has no 'cap'; every indicator has a cap (its full marks), even when points are entered by hand"])
    }

    @Test func levelsMustRise() {
        let yaml = rubric("""
          - id: "1"
            title: 组织
            cap: 3
            parts:
              - kind: checklist
                mode: levels
                items:
                  - {id: a, text: 低, points: 3}
                  - {id: b, text: 高, points: 1}
        """)
        #expect(messages(yaml) == ["test.yaml:10:9: error: levels of 1 part 1 must rise in points (lower levels first)"])
    }

    @Test func requiredAreasMustExist() {
        let yaml = """
        format: panelist-rubric/1
        id: demo
        title: 演示
        scenarios:
          segments:
            - {id: "5", title: 生产作业, scenarios: [{id: "10", title: 产线柔性配置}]}
          areas:
            - {id: A3, title: 生产作业, segments: ["5"]}
        gates:
          - id: G1
            title: 至少覆盖生产作业环节
            check: {coverage: {required_areas: [A9]}}
        categories:
          - {id: "1", title: 类别, cap: 5, parts: [{kind: manual}]}
        """
        #expect(messages(yaml) == ["test.yaml:10:5: error: required_areas names 'A9', which the scenario table's areas do not have; areas: A3"])
    }

    @Test func bundledRubricsAllLoad() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestRubrics.directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.contains("zhuzhou-benchmark.yaml"))
        for file in files {
            _ = try TestRubrics.load(file)
        }
    }
}
