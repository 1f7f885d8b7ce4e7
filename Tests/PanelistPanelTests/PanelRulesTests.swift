import Foundation
import PanelistCore
import Testing

/// Rubric `panel:` block, rounding, statistics and Krippendorff's alpha.
@Suite("Panel rules and statistics")
struct PanelRulesTests {
    @Test("the panel block is read; defaults when absent")
    func loading() throws {
        let fx = try PanelFixture()
        #expect(fx.rubric.panel.declared)
        #expect(fx.rubric.panel.rule == .trimmedMean)
        #expect(fx.rubric.node("1.3")?.panelRule == .median)
        let plain = PanelFixture.rubricYAML.components(separatedBy: "\n").filter { !$0.hasPrefix("panel:") && !$0.hasPrefix("  rule:") && !$0.hasPrefix("  rounding:") && !$0.hasPrefix("  divergence:") && !$0.hasPrefix("  gate_rule:") }.joined(separator: "\n")
        let (r, diags) = RubricLoader.load(yaml: plain, file: "t.yaml")
        let rubric = try #require(r, "\(diags)")
        #expect(rubric.panel == PanelRules())
        #expect(rubric.panel.divergence.spreadFraction == Decimal.exact("0.3"))
    }

    @Test("unknown rule names and keys are errors with a location")
    func errors() {
        let bad = PanelFixture.rubricYAML.replacingOccurrences(of: "rule: trimmed_mean", with: "rule: olympic")
        let (r, diags) = RubricLoader.load(yaml: bad, file: "t.yaml")
        #expect(r == nil)
        #expect(diags.contains { $0.description.contains("olympic") && $0.description.contains("trimmed_mean") })
        let typo = PanelFixture.rubricYAML.replacingOccurrences(of: "gate_rule: any_fail", with: "gate_rul: any_fail")
        #expect(RubricLoader.load(yaml: typo, file: "t.yaml").rubric == nil)
    }

    @Test("rounding modes")
    func rounding() {
        #expect(RoundingRule(places: 2, mode: .halfUp).apply(Decimal.exact("2.675") ?? 0) == Decimal.exact("2.68"))
        #expect(RoundingRule(places: 2, mode: .halfEven).apply(Decimal.exact("2.665") ?? 0) == Decimal.exact("2.66"))
        #expect(RoundingRule(places: 2, mode: .down).apply(Decimal.exact("2.679") ?? 0) == Decimal.exact("2.67"))
        #expect(RoundingRule(places: 1).apply(Decimal(22) / Decimal(3)) == Decimal.exact("7.3"))
        #expect(RoundingRule(places: 2).format(Decimal.exact("7.5") ?? 0) == "7.50")
        #expect(RoundingRule(places: 2).format(10) == "10.00")
        #expect(RoundingRule(places: 0).format(Decimal.exact("7.5") ?? 0) == "8")
    }

    @Test("statistics are exact")
    func statistics() {
        let v = ["7", "8", "8", "9", "6.5"].compactMap { Decimal.exact($0) }
        #expect(PanelStatistics.median(v) == 8)
        #expect(PanelStatistics.value(v, rule: .trimmedMean).trimmed)
        #expect(PanelStatistics.value(v, rule: .mean).value == Decimal.exact("7.7"))
        #expect(PanelStatistics.median([1, 2, 3, 4]) == Decimal.exact("2.5"))
    }

    @Test("Krippendorff's alpha, interval, worked by hand")
    func alpha() {
        // Units [1,2] and [3,4]: D_o = (2 + 2)/4 = 1; D_e = 2(4·30 − 10²)/(4·3) = 10/3; α = 1 − 3/10 = 0.7.
        let r = KrippendorffAlpha.interval([[1, 2], [3, 4], [5]])
        #expect(r.units == 2 && r.values == 4)
        #expect(abs((r.alpha ?? 0) - 0.7) < 1e-12)
        #expect(KrippendorffAlpha.interval([[1, 1], [2, 2]]).alpha == 1)
        #expect(KrippendorffAlpha.interval([[3, 3], [3, 3]]).alpha == nil)
    }

    @Test("agreement figures go to the chair-only output, never into the office report")
    func chairOnly() throws {
        let fx = try PanelFixture()
        let report = fx.merge(try fx.standardBatch())
        #expect(report.agreement.deviations.map(\.reviewer) == ["R1", "R2", "R3", "R4", "R5"])
        #expect(report.agreement.totals.units == 3)
        let chairText = AgreementMarkdown.render(report, lang: .en)
        #expect(chairText.contains("Krippendorff"))
        for office in [PanelMarkdown.render(report, rubric: fx.rubric, lang: .en), PanelHTML.render(report, rubric: fx.rubric, lang: .en),
                       PanelJSON.render(report, rubric: fx.rubric)] {
            #expect(!office.contains("Krippendorff"))
            #expect(!office.contains("deviation"))
        }
    }

    @Test("CSV has a BOM and quotes fields; HTML is self-contained with page breaks")
    func formats() throws {
        let fx = try PanelFixture()
        let report = fx.merge(try fx.standardBatch())
        let csv = PanelCSV.scores(report, rubric: fx.rubric, lang: .zh)
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("a 国家级、b 省级"))  // the rubric's own item texts, never a part index
        let html = PanelHTML.render(report, rubric: fx.rubric, lang: .zh)
        #expect(html.contains("size: A4"))
        #expect(html.contains("break-before: page"))
        #expect(!html.contains("<script") && !html.contains("http"))
        let json = PanelJSON.render(report, rubric: fx.rubric)
        #expect(json.contains("\"schema\": \"panelist-panel-report/1\""))
        #expect(json.contains("\"value\": \"8.33\""))
    }
}
