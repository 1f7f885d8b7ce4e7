import Foundation
import Testing
@testable import PanelistCore

/// The application fixtures load cleanly; the broken ones fail with their exact message.
@Suite("Application loader")
struct ApplicationLoaderTests {
    let rubric: Rubric

    init() throws {
        rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
    }

    @Test func everyFixtureLoadsWithoutDiagnostics() throws {
        let files = try TestApplications.files("applications")
        #expect(files.count >= 2)
        for file in files {
            let text = try TestApplications.text("applications/" + file)
            let (parsed, _) = ApplicationLoader.parse(yaml: text, file: file)
            let rubricID = try #require(parsed?.rubric.value)
            let rubric = try TestRubrics.load(rubricID + ".yaml")
            let (app, diagnostics) = try TestApplications.load("applications/" + file, rubric: rubric)
            #expect(app != nil, "\(file)")
            #expect(diagnostics.map(\.description) == [], "\(file)")
        }
    }

    /// Broken file → the one diagnostic it must produce (file:line:column: severity: message).
    static let brokenExpectations: [String: String] = [
        "missing-credit-code.yaml": "Fixtures/broken/missing-credit-code.yaml:8:3: error: applicant has no 'credit_code'; add the 18-character 统一社会信用代码 as 'credit_code: …'",
        "bad-check-digit.yaml": "Fixtures/broken/bad-check-digit.yaml:9:16: warning: credit_code '91430211MA4PX7K3X7' fails the GB 32100-2015 check: the 18th character is '7' but the first 17 give '6'; copy the code again from the business licence (营业执照) — the reviewer verifies it there",
        "bad-credit-shape.yaml": "Fixtures/broken/bad-credit-shape.yaml:9:16: error: credit_code '91430211MA4PX7KOX6' contains 'O'; only digits and the capital letters ABCDEFGHJKLMNPQRTUWXY occur (no I, O, S, V, Z)",
        "approximate-figure.yaml": "Fixtures/broken/approximate-figure.yaml:19:21: error: '约1800万' is not an exact figure ('约'); write the exact number the form states, e.g. 1800万元 — the reviewer verifies it on site",
        "bad-commas.yaml": "Fixtures/broken/bad-commas.yaml:19:21: error: '18,60万元': commas must separate groups of three digits (1,800); write the number without commas, e.g. 1860万元",
        "wrong-unit.yaml": "Fixtures/broken/wrong-unit.yaml:19:21: error: '18,600,000元' is in 元 but 近三年企业（车间）实施智能制造的总投入 (investment_total) is in 万元; write 1860万元",
        "missing-gate-fact.yaml": "Fixtures/broken/missing-gate-fact.yaml:18:1: error: missing fact 'maturity_level' (智能制造能力成熟度自评估等级，级), required because gate G5 checks it; add it under facts, e.g. maturity_level: \"三级\"",
        "unknown-indicator.yaml": "Fixtures/broken/unknown-indicator.yaml:30:22: error: section overview links to '2.7', which rubric zhuzhou-benchmark does not have; did you mean '2.1'? (indicator and gate ids: see 'panelist rubric show zhuzhou-benchmark')",
        "unknown-key.yaml": "Fixtures/broken/unknown-key.yaml:14:3: error: unknown key 'owner_ship' in applicant; did you mean 'ownership'?",
        "unknown-industry.yaml": "Fixtures/broken/unknown-industry.yaml:10:13: error: unknown industry 'equipments'; did you mean 'equipment'? (所属行业: raw_materials (原材料行业), equipment (装备制造业), consumer (消费品行业), electronics (电子信息行业), other (其他))",
        "missing-variant.yaml": "Fixtures/broken/missing-variant.yaml:3:1: error: rubric zhuzhou-benchmark needs the variant applied for (申报类型); add 'variant: …' with one of: workshop (标杆车间), sme (标杆中小企业)",
        "wrong-segment.yaml": "Fixtures/broken/wrong-segment.yaml:28:5: error: scenario 10 (产线柔性配置) belongs to segment 5 (生产作业), not 3; correct 'segment:'",
    ]

    @Test func everyBrokenFixtureHasItsExactMessage() throws {
        let files = try TestApplications.files("broken")
        #expect(Set(files) == Set(Self.brokenExpectations.keys), "every broken fixture needs an expected message")
        for file in files {
            let (app, diagnostics) = try TestApplications.load("broken/" + file, rubric: rubric)
            let expected = try #require(Self.brokenExpectations[file])
            #expect(diagnostics.map(\.description) == [expected], "\(file)")
            // A warning keeps the file usable; an error does not.
            #expect((app != nil) == !expected.contains(": error: "), "\(file)")
        }
    }

    @Test func figuresAreParsedTheWayPeopleWriteThem() {
        func parsed(_ text: String) -> String? {
            guard case .success(let p) = StatedNumber.parse(text) else { return nil }
            return p.value.plain + "|" + p.unit
        }
        #expect(parsed("1,800万元") == "1800|万元")
        #expect(parsed("1800") == "1800|")
        #expect(parsed("85%") == "85|%")
        #expect(parsed("８５％") == "85|%")
        #expect(parsed("3.62") == "3.62|")
        #expect(parsed("三级") == "3|级")
        #expect(parsed("十二个") == "12|个")
        #expect(parsed("1,234,567.5元") == "1234567.5|元")
        #expect(parsed("约1800万") == nil)
        #expect(parsed("1800余万元") == nil)
        #expect(parsed("1800万") == nil)
        #expect(parsed("1800-2000万元") == nil)
        #expect(parsed("18,00") == nil)
        #expect(parsed("大量") == nil)
    }

    @Test func creditCodeCheckCharacterFollowsGB32100() {
        // Each fixture code's check character, worked out with the standard's weights
        // (1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28) and C18 = 31 − (Σ mod 31).
        #expect(CreditCode.problem("91430211MA4PX7K3X6") == nil)
        #expect(CreditCode.problem("91430281MA4T5C9DX6") == nil)
        #expect(CreditCode.problem("91430211MA4PX7K3X7") == .checkCharacter(expected: "6", found: "7"))
        if case .shape = CreditCode.problem("9143021") {} else { Issue.record("short code accepted") }
        if case .shape = CreditCode.problem("91430211ma4px7k3x6") {} else { Issue.record("lower case accepted") }
    }

    @Test func variantMustBeKnownAndAttributesDeclared() throws {
        var text = try TestApplications.text("applications/zz-2024-w-hengchi.yaml")
        text = text.replacingOccurrences(of: "variant: workshop", with: "variant: factory")
        let (app, diagnostics) = ApplicationLoader.load(yaml: text, file: "x.yaml", rubric: rubric)
        #expect(app == nil)
        #expect(diagnostics.map(\.description) == ["x.yaml:4:10: error: unknown variant 'factory' for rubric zhuzhou-benchmark; use one of: workshop (标杆车间), sme (标杆中小企业)"])
    }
}
