import Foundation
import PanelistCore
import PanelistStore
import Testing

/// Panel values worked out by hand (see the comments) from journals written by `JournalFile`.
@Suite("Panel merge, hand-computed")
struct PanelMergeTests {
    func d(_ s: String) -> Decimal { Decimal.exact(s) ?? -1 }

    @Test("trimmed mean with five reviewers, median and mean overrides; divergence flags")
    func fiveReviewers() throws {
        let fx = try PanelFixture()
        let report = fx.merge(try fx.standardBatch())
        let a1 = try #require(report.application("A1"))
        #expect(a1.reviewers.map(\.id) == ["R1", "R2", "R3", "R4", "R5"])
        // 1.1 options A, A, B, C, A → 10, 10, 5, 10, 0; sorted 0 5 10 10 10; drop 0 and one 10 → (5+10+10)/3 = 8.333… → 8.33.
        let i11 = try #require(a1.indicator("1.1"))
        #expect(i11.scores.map(\.points) == [10, 10, 5, 10, 0].map { Decimal($0) })
        #expect(i11.trimmed)
        #expect(i11.value == d("8.33"))
        #expect(i11.min == 0 && i11.max == 10 && i11.spread == 10 && i11.median == 10)
        #expect(i11.divergent)  // spread 10 > 3 = 30% of 10
        #expect(i11.scores[0].option == "A" && i11.scores[0].choices == ["1": "A"])  // option ids only; renderers show the option text
        // 1.2 points 7, 8, 8, 9, 6.5; drop 6.5 and 9 → (7+8+8)/3 = 7.666… → 7.67; spread 2.5 ≤ 3: not flagged.
        let i12 = try #require(a1.indicator("1.2"))
        #expect(i12.value == d("7.67"))
        #expect(i12.spread == d("2.5"))
        #expect(!i12.divergent)
        #expect(i12.scores[0].comment == "数字化设计完整")
        // 1.3 (panel_rule: median) 4 5 6 9 10 → 6; spread 6 > 3: flagged.
        let i13 = try #require(a1.indicator("1.3"))
        #expect(i13.rule == .median && i13.value == 6 && i13.divergent)
        // 2.1 (panel_rule: mean) ticks {a,b}=10, {a}=6, {b}=4, {}=0, {a}=6 → 26/5 = 5.2 (no trimming under mean).
        let i21 = try #require(a1.indicator("2.1"))
        #expect(i21.rule == .mean && !i21.trimmed && i21.value == d("5.2"))
        #expect(i21.scores[0].ticks == "a, b")
        #expect(i21.scores[3].ticks == "" && i21.scores[3].ticked == ["1": []])
        // Base = 8.33 + 7.67 + 6 = 22 (sums of rounded values); bonus 5.2; total 27.2 ≥ 20.
        #expect(a1.base == 22 && a1.bonus == d("5.2") && a1.total == d("27.2"))
        #expect(a1.outcome == .recognised)
        #expect(a1.subtotals.map(\.id) == ["1", "2"])
        #expect(a1.subtotals[0].points == 22)
    }

    @Test("four reviewers: the trimmed mean falls back to the mean; ranking")
    func fourReviewersAndRanking() throws {
        let fx = try PanelFixture()
        let report = fx.merge(try fx.standardBatch())
        let a3 = try #require(report.application("A3"))
        // 1.2: 10 10 9 9 → mean 9.5 (fewer than five: no trimming).
        let i12 = try #require(a3.indicator("1.2"))
        #expect(!i12.trimmed && i12.value == d("9.5"))
        // 1.3 median of 9 10 10 10 = (10+10)/2 = 10.
        #expect(a3.indicator("1.3")?.value == 10)
        // Base 10 + 9.5 + 10 = 29.5; bonus 10; total 39.5.
        #expect(a3.total == d("39.5"))
        #expect(a3.rank == 1)
        #expect(report.application("A1")?.rank == 2)
        #expect(report.application("A2")?.rank == nil)  // ineligible: not ranked
    }

    @Test("recusal excludes the reviewer; a failed gate is shown with its reason and fails the application")
    func recusalAndFailedGate() throws {
        let fx = try PanelFixture()
        let report = fx.merge(try fx.standardBatch())
        let a2 = try #require(report.application("A2"))
        #expect(a2.reviewers.map(\.id) == ["R1", "R2", "R3"])
        #expect(a2.recused.map(\.id) == ["R4"])
        #expect(a2.recused.first?.reason == "曾为该企业提供咨询")
        let g1 = try #require(a2.gates.first)
        #expect(g1.verdict == .fail)
        #expect(g1.fails.map(\.reviewer) == ["R3"])
        #expect(g1.fails.first?.reason == "审计报告显示投入仅250万元")
        #expect(a2.outcome == .ineligible)
        // 1.2: 6 7 9 → 22/3 = 7.333… → 7.33; spread 3 is not above 3: not flagged.
        let i12 = try #require(a2.indicator("1.2"))
        #expect(i12.value == d("7.33") && !i12.divergent)
        // 2.1: 4 4 0 → 8/3 → 2.67; spread 4 > 3: flagged.
        #expect(a2.indicator("2.1")?.value == d("2.67"))
        #expect(a2.indicator("2.1")?.divergent == true)
        // Points still shown: 5 + 7.33 + 6 = 18.33, bonus 2.67, total 21.
        #expect(a2.total == 21)
        let md = PanelMarkdown.render(report, rubric: fx.rubric, lang: .zh)
        #expect(md.contains("审计报告显示投入仅250万元"))
        #expect(md.contains("曾为该企业提供咨询"))
    }

    @Test("majority_fail: one fail of three does not fail the gate")
    func majorityGateRule() {
        let votes = [GateVote(reviewer: "R1", verdict: .pass, reason: ""), GateVote(reviewer: "R2", verdict: .fail, reason: "x"),
                     GateVote(reviewer: "R3", verdict: .pass, reason: "")]
        #expect(GatePanel.verdict(votes, rule: .anyFail) == .fail)
        #expect(GatePanel.verdict(votes, rule: .majorityFail) == .pass)
        let two = votes.map { GateVote(reviewer: $0.reviewer, verdict: $0.reviewer == "R3" ? .fail : $0.verdict, reason: "y") }
        #expect(GatePanel.verdict(two, rule: .majorityFail) == .fail)
    }

    @Test("a chair resolution is shown beside the computed value and counts toward the total")
    func chairResolution() throws {
        let fx = try PanelFixture()
        let paths = try fx.standardBatch()
        let chair = try fx.chairJournal([.resolve(application: "A1", indicator: "1.1", value: 10, reason: "现场核验确认为三级")])
        let report = fx.merge(paths, chair: chair)
        let a1 = try #require(report.application("A1"))
        let i11 = try #require(a1.indicator("1.1"))
        #expect(i11.value == d("8.33"))  // computed value kept
        #expect(i11.resolution?.value == 10)
        #expect(i11.resolution?.reason == "现场核验确认为三级")
        // 10 + 7.67 + 6 = 23.67 base; + 5.2 = 28.87; computed total stays 27.2.
        #expect(a1.total == d("28.87"))
        #expect(a1.computedTotal == d("27.2"))
        #expect(report.chair?.decision == .included)
        let agenda = ChairAgenda(report: report)
        #expect(agenda.items.count == 4)  // A1: 1.1, 1.3, 2.1; A2: 2.1 (1.3 spread 3 is not above 3); A3: none
        #expect(agenda.open.count == 3)
        let md = PanelMarkdown.render(report, rubric: fx.rubric, lang: .zh)
        #expect(md.contains("现场核验确认为三级"))
        #expect(md.contains("8.33"))
    }

    @Test("an unsigned chair journal is refused unless --allow-unsigned")
    func unsignedChair() throws {
        let fx = try PanelFixture()
        let paths = try fx.standardBatch()
        let chair = try fx.chairJournal(sign: false, [.resolve(application: "A1", indicator: "1.1", value: 10, reason: "r")])
        let refused = fx.merge(paths, chair: chair)
        #expect(refused.chair?.decision == .refused)
        #expect(refused.application("A1")?.indicator("1.1")?.resolution == nil)
        let allowed = fx.merge(paths, policy: IntakePolicy(allowUnsigned: true), chair: chair)
        #expect(allowed.chair?.decision == .includedByFlag)
        #expect(allowed.application("A1")?.indicator("1.1")?.resolution?.value == 10)
    }

    @Test("any permutation of the inputs gives the same bytes")
    func orderIndependence() throws {
        let fx = try PanelFixture()
        var paths = try fx.standardBatch()
        let chair = try fx.chairJournal([.resolve(application: "A1", indicator: "1.3", value: 7, reason: "讨论后一致")])
        let reference = fx.rendered(fx.merge(paths, chair: chair))
        var rng = SplitMix(seed: 42)
        for _ in 0..<6 {
            paths.shuffle(using: &rng)
            #expect(fx.rendered(fx.merge(paths, chair: chair)) == reference)
        }
        #expect(fx.rendered(fx.merge(paths.reversed(), chair: chair)) == reference)
        // The same input twice is merged once (a duplicate, not a fork) and changes nothing in the applications.
        let twice = fx.merge(paths + [paths[0]], chair: chair)
        #expect(twice.applications == fx.merge(paths, chair: chair).applications)
        #expect(twice.intake.filter { $0.decision == .duplicate }.count == 1)
    }
}

/// A small deterministic generator for shuffles.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
