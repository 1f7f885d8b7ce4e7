import Foundation
import Testing
@testable import PanelistCore

@Suite("Journal replay and the action validator")
struct JournalReplayTests {
    let rubric = JournalFixture.rubric
    let profile = ApplicantProfile()

    @Test func replayMapsOntoReviewerInputs() throws {
        let records = JournalFixture.chain(JournalFixture.sampleActions)
        let parsed = JournalParser.parse(JournalFixture.bytes(records)).records
        let state = ReviewState.replay(parsed)
        var expected = ReviewerInputs()
        expected[indicator: "1.1"].choices["1"] = "B"
        expected[indicator: "1.2"].ticks["1"] = ["b"]
        expected[indicator: "1.3"].counts["1"] = ["A1": 2]
        expected[indicator: "1.4"].manual["1"] = Decimal.exact("6.5")
        expected[indicator: "1.5"].numbers["investment"] = Decimal.exact("1500.25")
        expected.gates["G1"] = GateInput(verdict: .pass, reason: "审计报告 OK")
        expected.otherScenarios = 3
        expected.coverageConfirmed = true
        #expect(state.inputs == expected)
        #expect(state.comments == ["1.1": "成熟度自评 \"二级\"，证据一般。", "": "总体良好"])
        #expect(state.evidence[EvidenceKey(target: "1.1", item: "E1")] == EvidenceEntry(mark: .doubtful, note: "日期不清\n需复核"))
        #expect(state.lastSeq == records.count - 1)
        let sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
        #expect(sheet["1"] == Decimal.exact("36.5"))  // 5 (B) + 4 (b) + 9 (2×5 capped at 9) + 6.5 + 12
        #expect(ScoringEngine.score(rubric, profile: profile, inputs: ReviewState.replay(parsed).inputs) == sheet)
    }

    @Test func untickOfTheLastItemLeavesAnsweredWithNone() {
        let state = ReviewState.replay(JournalFixture.chain([
            .tick(indicator: "1.2", part: "1", item: "a", on: true),
            .tick(indicator: "1.2", part: "1", item: "a", on: false),
        ]))
        #expect(state.inputs.indicators["1.2"]?.ticks["1"] == [])
    }

    @Test func validatorRefusesWithMessages() {
        let v = ActionValidator(rubric: rubric, profile: profile, lang: .en)
        let s = ReviewState()
        func refused(_ a: JournalAction, _ fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            let message = v.problem(with: a, state: s)
            #expect(message?.contains(fragment) == true, "\(a): \(message ?? "accepted")", sourceLocation: sourceLocation)
        }
        refused(.choose(indicator: "9.9", part: "1", option: "A"), "no indicator 9.9")
        refused(.choose(indicator: "1", part: "1", option: "A"), "sub-indicators")
        refused(.choose(indicator: "1.1", part: "2", option: "A"), "no part 2")
        refused(.choose(indicator: "1.1", part: "1", option: "Z"), "no option Z")
        refused(.tick(indicator: "1.2", part: "1", item: "z", on: true), "no item z")
        refused(.tick(indicator: "1.1", part: "1", item: "a", on: true), "not a checklist")
        refused(.count(indicator: "1.3", part: "1", line: "X", count: 1), "no line X")
        refused(.count(indicator: "1.3", part: "1", line: "A4", count: 2), "at most 1")
        refused(.count(indicator: "1.3", part: "1", line: "A1", count: -1), "negative")
        refused(.points(indicator: "1.4", part: "1", points: Decimal.exact("8.5")), "at most 8")
        refused(.points(indicator: "1.4", part: "1", points: Decimal.exact("6.3")), "multiple of 0.5")
        refused(.points(indicator: "1.4", part: "1", points: Decimal.exact("-1")), "negative")
        refused(.number(indicator: "1.5", number: "investment", value: Decimal.exact("-1")), "below 0")
        refused(.number(indicator: "1.5", number: "investment", value: Decimal.exact("100001")), "above 100000")
        refused(.number(indicator: "1.5", number: "nope", value: 1), "no number nope")
        refused(.gate(gate: "G9", verdict: .pass, reason: ""), "No gate G9")
        refused(.gate(gate: "G1", verdict: .fail, reason: " "), "needs a reason")
        refused(.evidence(target: "1.1", item: "E9", mark: .seen, note: ""), "no evidence item E9")
        refused(.reopen(reason: "x"), "not signed off")
        #expect(v.problem(with: .points(indicator: "1.4", part: "1", points: Decimal.exact("7.5")), state: s) == nil)
        #expect(v.problem(with: .evidence(target: "G1", item: "E1", mark: .missing, note: ""), state: s) == nil)
        #expect(ActionValidator(rubric: rubric, profile: profile, lang: .zh)
            .problem(with: .points(indicator: "1.4", part: "1", points: 9), state: s)?.contains("最多 8 分") == true)
    }

    @Test func signedOffJournalRefusesAllButReopen() {
        let v = ActionValidator(rubric: rubric, profile: profile, lang: .en)
        var s = ReviewState.replay(JournalFixture.chain([.signoff(head: "h", signature: "s", fingerprint: "f")]))
        #expect(s.isSignedOff)
        #expect(v.problem(with: .choose(indicator: "1.1", part: "1", option: "A"), state: s)?.contains("signed off") == true)
        #expect(v.problem(with: .reopen(reason: "补充现场核验"), state: s) == nil)
        s.apply(.reopen(reason: "x"), time: Date(), seq: 3)
        #expect(!s.isSignedOff)
    }
}
