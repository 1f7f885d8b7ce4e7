import Foundation
import Testing
@testable import PanelistCore

/// Every form of derivation the engine writes — choice, none, bands, ratios, "no such spending",
/// counts, ticked items, highest, levels, manual points, coverage (met, tiers falling short, none
/// met, attribute unknown), unanswered, not applicable, sums and caps at every level, the least
/// number of scored children, and gate workings — in Chinese, English and ASCII, snapshotted.
/// Seed lines are cited per case (shared/seeds/00N_…txt).
@Suite("Derivation forms")
struct DerivationFormsTests {
    struct Case {
        var label: String
        var derivation: Derivation?
        var gate: GateResult?
    }

    static func zhuzhou(_ variant: String, _ industry: String?, _ build: (inout ReviewerInputs) -> Void, facts: ApplicationFacts = ApplicationFacts()) throws -> ScoreSheet {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        var inputs = ReviewerInputs()
        build(&inputs)
        return ScoringEngine.score(rubric, profile: ApplicantProfile(variant: variant, attributes: industry.map { ["industry": $0] } ?? [:]),
                                   inputs: inputs, facts: facts)
    }

    static func cases() throws -> [Case] {
        var out: [Case] = []
        // 004, an equipment maker's workshop.
        let w = try zhuzhou("workshop", "equipment", { i in
            i[indicator: "1.1"].choices["1"] = "A"                                  // 004 l.81 A．三级及以上（10分）
            i[indicator: "1.2"].numbers["score"] = Decimal.exact("3.62")            // l.109 B．大于等于3.3分且小于3.8分（9分）
            i[indicator: "2.1"].numbers["investment"] = Decimal.exact("1499.99")    // l.158 C (just under 1500)
            i.scenarios = ["5", "10"]; i.otherScenarios = 1; i.coverageConfirmed = true  // l.221: 2 key segments, 3 scenarios
            i[indicator: "2.4"].counts["workshop"] = ["A1": 2, "A2": 1, "B1": 1]    // l.256/263: 10 + 3 + 4 = 17 > 15 (l.277)
            i[indicator: "2.5"].counts["1"] = [:]                                   // nothing counted
            i[indicator: "2.6"].counts["A"] = ["A1": 1]; i[indicator: "2.6"].ticks["B"] = ["B2", "B3"]; i[indicator: "2.6"].counts["C"] = ["C": 2]
            i[indicator: "4.1"].numbers = ["local": Decimal.exact("1999.9")!, "total": 4000]   // l.382 B [40, 50)
            i[indicator: "4.2"].numbers = ["local": 0, "total": 0]                 // no such spending (l.19: equipment + services ≥ 300)
            i[indicator: "5.1"].ticks["1"] = ["C"]                                  // l.487
            i[indicator: "6.1"].choices["1"] = ScoringPart.noneAnswer               // allow_none
        }, facts: ApplicationFacts(numbers: ["investment_total": 42, "maturity_level": 3], scenarios: ["1", "2"]))
        for id in ["1.1", "1.2", "2.1", "2.3", "2.4", "2.5", "2.6", "4.1", "4.2", "5.1", "6.1", "6.2", "2", "4"] {
            out.append(Case(label: "004 workshop/equipment \(id)", derivation: w.nodes[id]?.derivation))
        }
        out.append(Case(label: "004 workshop/equipment base", derivation: w.baseDerivation))
        out.append(Case(label: "004 workshop/equipment bonus", derivation: w.bonusDerivation))
        for id in ["G2", "G3", "G5"] { out.append(Case(label: "004 workshop gate \(id)", gate: w.gates.first { $0.id == id })) }

        // 004 coverage falling short of A and B (l.207–249): one segment, two scenarios → C.
        let short = try zhuzhou("workshop", "consumer", { i in i.scenarios = ["1", "2"]; i.coverageConfirmed = true })
        out.append(Case(label: "004 workshop/consumer 2.3 short", derivation: short.nodes["2.3"]?.derivation))
        // An 'other' industry: tier A is not open to it (l.242 B); the industry unknown: key segments unknown.
        let other = try zhuzhou("sme", "other", { i in i.scenarios = ["1", "3", "5", "7", "10", "16", "19"]; i.coverageConfirmed = true })
        out.append(Case(label: "004 sme/other 2.3", derivation: other.nodes["2.3"]?.derivation))
        let unknown = try zhuzhou("sme", nil, { i in i.scenarios = ["5", "7"]; i.coverageConfirmed = true })
        out.append(Case(label: "004 sme/unknown 2.3", derivation: unknown.nodes["2.3"]?.derivation))
        // 004 5.1 highest of several (l.508 注：按所获荣誉最高分取值); 2.5 a single count over its cap (l.314).
        let sme = try zhuzhou("sme", "equipment", { i in
            i[indicator: "5.1"].ticks["1"] = ["B", "D"]
            i[indicator: "2.5"].counts["1"] = ["A1": 4]                             // 4 × 5 = 20 > 15
            i[indicator: "3.2"].counts["1"] = ["N": 1, "M": 3]                      // l.363: 5 + 3 × 1 = 8
        })
        for id in ["5.1", "2.5", "3.2", "6"] { out.append(Case(label: "004 sme/equipment \(id)", derivation: sme.nodes[id]?.derivation)) }

        // 003 附件4 (levels and independent items; seed 003 l.1031–1057).
        let factory = try TestRubrics.load("shaoxing-smart-factory.yaml")
        var f = ReviewerInputs()
        f[indicator: "1.2"].ticks["levels"] = ["c"]
        f[indicator: "1.1"].ticks["levels"] = ["a"]
        f[indicator: "1.4"].ticks["items"] = ["a", "b"]
        f[indicator: "1.3"].ticks["items"] = []
        let fs = ScoringEngine.score(factory, profile: ApplicantProfile(), inputs: f)
        for id in ["1.1", "1.2", "1.3", "1.4", "1"] { out.append(Case(label: "003 factory \(id)", derivation: fs.nodes[id]?.derivation)) }

        // 001 (manual points; 4.2: 每项最高 20 分，不少于 5 项，总分最高 100 分, seed 001 l.287).
        let zhejiang = try TestRubrics.load("zhejiang-future-factory.yaml")
        var z = ReviewerInputs()
        z[indicator: "1.1.a"].manual["points"] = Decimal.exact("7.5")
        z[indicator: "1.1.a"].ticks["found"] = ["1", "1A"]
        for n in 1...3 { z[indicator: "4.2.\(n)"].manual["points"] = 20 }
        let zs = ScoringEngine.score(zhejiang, profile: ApplicantProfile(), inputs: z)
        var z6 = z
        for n in 4...6 { z6[indicator: "4.2.\(n)"].manual["points"] = 20 }
        let zs6 = ScoringEngine.score(zhejiang, profile: ApplicantProfile(), inputs: z6)
        out.append(Case(label: "001 1.1.a", derivation: zs.nodes["1.1.a"]?.derivation))
        out.append(Case(label: "001 1.1.b unanswered", derivation: zs.nodes["1.1.b"]?.derivation))
        out.append(Case(label: "001 4.2 three scored", derivation: zs.nodes["4.2"]?.derivation))
        out.append(Case(label: "001 4.2 six scored", derivation: zs6.nodes["4.2"]?.derivation))

        // 002 基础级 scope gate: at least the 生产作业 area (seed 002, 基础级 建设内容); G6 (workshop only) for an SME.
        let excellence = try TestRubrics.load("excellence-smart-factory.yaml")
        let es = ScoringEngine.score(excellence, profile: ApplicantProfile(variant: "basic"), inputs: ReviewerInputs(),
                                     facts: ApplicationFacts(scenarios: ["1", "3"]))
        out.append(Case(label: "002 basic gate basic.scope", gate: es.gates.first { $0.id == "basic.scope" }))
        let na = try zhuzhou("sme", "equipment", { _ in })
        out.append(Case(label: "004 sme 6.2 untouched", derivation: na.nodes["6.2"]?.derivation))
        return out
    }

    static func text(_ lang: Lang, _ symbols: DerivationSymbols) throws -> String {
        try cases().map { c -> String in
            if let gate = c.gate { return c.label + " | " + (gate.working(lang, symbols: symbols) ?? "-") }
            return c.label + " | " + (c.derivation?.render(lang, symbols: symbols) ?? "-")
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [(Lang.zh, "zh"), (Lang.en, "en")])
    func snapshot(lang: Lang, name: String) throws {
        let text = try Self.text(lang, .standard)
        #expect(!text.contains(" + ") || !text.contains("= 5 + "))     // no '+' between the steps of one chain
        #expect(!text.contains("注：注："))
        Snapshot.expect(text, named: "derivations-\(name).txt")
    }

    @Test func asciiSnapshot() throws {
        let text = try Self.text(.en, .ascii)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isIdeographic || "（）：；、，“”。万元分个项篇家场级".unicodeScalars.contains($0) },
                "ASCII style writes no symbol outside ASCII")
        Snapshot.expect(text, named: "derivations-en-ascii.txt")
    }

    /// The checks a person does by hand, spelled out for the cases the issue names.
    @Test func theIssuesExamplesReadAsAsked() throws {
        let zh = try Self.text(.zh, .standard)
        #expect(zh.contains("004 workshop/equipment 4.1 | a = 1999.9 ÷ 4000 × 100 = 49.9975%（显示 50.00%）∈ [40, 50) → B，4 分\n"))
        #expect(zh.contains("004 workshop/equipment 2.4 | A1 2 个 × 5 分 = 10 分；A2 1 个 × 3 分 = 3 分；B1 1 个 × 4 分 = 4 分；合计 10 + 3 + 4 = 17 分，超过上限 15 分，计 15 分\n"))
        #expect(zh.contains("001 4.2 three scored | 4.2.1（20）+ 4.2.2（20）+ 4.2.3（20）+ 4.2.4（0）+ 4.2.5（0）+ 4.2.6（0）+ 4.2.7（0）+ 4.2.8（0）+ 4.2.9（0）= 60 分；得分项 3 项，少于要求的 5 项\n"))
        #expect(zh.contains("004 workshop gate G2 | investment_total = 42万元，不满足 ≥ 300万元\n"))
    }
}
