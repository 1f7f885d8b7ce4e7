import Foundation
import Testing
@testable import PanelistCore

/// The review's domain state as one value, the `.number` action's optional reason, and the
/// derived line for a verified figure that differs from the application's.
@Suite("Review value and figure reasons")
struct ReviewValueTests {
    static let time = Date(timeIntervalSince1970: 1_767_000_000)

    static func record(_ seq: Int, _ action: JournalAction) -> JournalRecord {
        JournalRecord(seq: seq, time: time.addingTimeInterval(Double(seq)), prev: JournalHash.zero, entry: .action(action))
    }

    @Test func aNumberWithoutAReasonKeepsItsBytes() throws {
        // Older journals have no reason field: the record's canonical bytes (and so its hash) must not change.
        let action = JournalAction.number(indicator: "2.1", number: "investment", value: 1800)
        guard case .object(let fields) = JSONValue.object(action.fields) else { Issue.record("not an object"); return }
        #expect(fields["reason"] == nil)
        #expect(String(decoding: JSONValue.object(action.fields).canonical, as: UTF8.self)
                == #"{"indicator":"2.1","number":"investment","type":"number","value":"1800"}"#)
    }

    @Test func aReasonRoundTripsAndAnOldRecordDecodes() throws {
        let action = JournalAction.number(indicator: "2.1", number: "investment", value: 1450, reason: "审计报告仅认可1450万元")
        let decoded = try JournalAction(json: .object(action.fields))
        #expect(decoded == action)
        let old = try JournalAction(json: .object(["type": .string("number"), "indicator": .string("2.1"), "number": .string("investment"), "value": .string("96")]))
        #expect(old == .number(indicator: "2.1", number: "investment", value: 96, reason: nil))
        let line = String(decoding: Self.record(1, action).line, as: UTF8.self)
        #expect(line.contains(#""reason":"审计报告仅认可1450万元""#))
    }

    @Test func theReasonFollowsTheLastFigure() throws {
        var review = Review(rubric: try TestRubrics.load("zhuzhou-benchmark.yaml"), profile: ApplicantProfile(variant: "workshop"))
        let key = FigureKey(indicator: "2.1", number: "investment")
        review.apply(Self.record(1, .number(indicator: "2.1", number: "investment", value: 500, reason: "现场核实仅500万元")))
        #expect(review.state.figureReasons[key] == "现场核实仅500万元")
        #expect(review.sheet["2.1"] == 4)                     // E．大于等于300万元且小于600万元（4分）, seed 004
        review.apply(Self.record(2, .number(indicator: "2.1", number: "investment", value: 96)))
        #expect(review.state.figureReasons[key] == nil)       // back to a figure without a reason: none stays behind
        review.apply(Self.record(3, .number(indicator: "2.1", number: "investment", value: 500, reason: "审计")))
        review.apply(Self.record(4, .number(indicator: "2.1", number: "investment", value: nil, reason: "审计")))
        #expect(review.state.figureReasons[key] == nil)       // a cleared figure has no reason
        #expect(review.state.lastSeq == 4)
    }

    @Test func theInverseOfAFigureRestoresItsReason() throws {
        var review = Review(rubric: try TestRubrics.load("zhuzhou-benchmark.yaml"), profile: ApplicantProfile(variant: "workshop"))
        review.apply(Self.record(1, .number(indicator: "2.1", number: "investment", value: 500, reason: "现场核实")))
        let inverse = review.inverse(of: .number(indicator: "2.1", number: "investment", value: 96))
        #expect(inverse == .number(indicator: "2.1", number: "investment", value: 500, reason: "现场核实"))
    }

    @Test func theDerivedLineComesFromTheCurrentFigure() throws {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let node = try #require(rubric.node("2.1"))
        let key = FigureKey(indicator: "2.1", number: "investment")
        var state = ReviewState()
        state.apply(.number(indicator: "2.1", number: "investment", value: 500, reason: "现场核实仅500万元"), time: Self.time, seq: 1)
        let stated: [FigureKey: Decimal] = [key: 96]
        let lines = FigureOverride.of(node, state: state, stated: stated)
        #expect(lines.map { $0.line(.zh) } == ["核心装备购置费及服务费用总额：申报书 96万元，核实为 500万元。理由：现场核实仅500万元"])
        #expect(lines.map { $0.line(.en) }.first?.hasSuffix("application states 96万元, verified 500万元. Reason: 现场核实仅500万元") == true)
        // Back to the application's figure: no line at all.
        state.apply(.number(indicator: "2.1", number: "investment", value: 96), time: Self.time, seq: 2)
        #expect(FigureOverride.of(node, state: state, stated: stated).isEmpty)
        // Without the application (a panel report), a figure with a reason still shows, without the stated figure.
        state.apply(.number(indicator: "2.1", number: "investment", value: 500, reason: "审计"), time: Self.time, seq: 3)
        #expect(FigureOverride.of(node, state: state, stated: nil).map { $0.line(.zh) } == ["核心装备购置费及服务费用总额：核实为 500万元。理由：审计"])
    }

    @Test func numberProblemsAreBilingual() {
        guard case .failure(let problem) = StatedNumber.parse("1800万") else { Issue.record("accepted 1800万"); return }
        #expect(problem.message(.zh) == "「1800万」：「万」不是完整的单位；请写明币种，例如 1800万元")
        #expect(problem.message(.en).contains("'万' alone is not a unit"))
        for text in ["", "约1800", "一千八", "1-2", "1,80", "1.2.3"] {
            if case .failure(let p) = StatedNumber.parse(text) {
                #expect(!p.zh.isEmpty && p.zh != p.message, "\(text)")
                #expect(p.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(text): \(p.zh)")
            }
        }
    }
}
