import Foundation
import Testing
@testable import PanelistCore

/// Every integer and decimal from outside has its limits checked at the validator, and scoring
/// cannot trap on any journal that verifies (issue #16: `other: 9223372036854775807` crashed the screen).
@Suite("Validator limits; the engine cannot overflow")
struct ValidatorLimitsTests {
    let validator = ActionValidator(rubric: JournalFixture.rubric, profile: ApplicantProfile())

    @Test func outsideNumbersAreRefused() {
        let state = ReviewState()
        let refused: [JournalAction] = [
            .scenarios(ids: [], other: Int.max),
            .scenarios(ids: [], other: -1),
            .count(indicator: "1.3", part: "1", line: "A1", count: Int.max),
            .count(indicator: "1.3", part: "1", line: "A1", count: -1),
            .number(indicator: "1.5", number: "investment", value: Decimal.exact("1" + String(repeating: "0", count: 30))),
            .number(indicator: "1.5", number: "investment", value: Decimal.exact("0." + String(repeating: "0", count: 24) + "1")),
            .points(indicator: "1.4", part: "1", points: Decimal.exact("0.000000000000000000005")),
        ]
        for action in refused { #expect(validator.problem(with: action, state: state) != nil, "\(action)") }
        #expect(validator.problem(with: .scenarios(ids: [], other: ActionValidator.countLimit), state: state) == nil)
        #expect(validator.problem(with: .count(indicator: "1.3", part: "1", line: "A1", count: 3), state: state) == nil)
        #expect(validator.problem(with: .number(indicator: "1.5", number: "investment", value: Decimal.exact("3.79999999999")), state: state) == nil)
    }

    @Test("a journal holding the largest integers verifies and scores without trapping")
    func engineDoesNotTrapOnAVerifiedJournal() {
        let actions: [JournalAction] = [
            .scenarios(ids: [], other: Int.max),
            .count(indicator: "1.3", part: "1", line: "A1", count: Int.max),
            .number(indicator: "1.5", number: "investment", value: Decimal.exact("99999999999999999999999999999999999999")),
        ]
        let records = JournalFixture.chain(actions)
        let parse = JournalParser.parse(JournalFixture.bytes(records))
        #expect(parse.corruption == nil && parse.records.count == 4)
        let state = ReviewState.replay(parse.records)
        let sheet = ScoringEngine.score(JournalFixture.rubric, profile: ApplicantProfile(), inputs: state.inputs)
        #expect(sheet.total >= 0)
        var min = state
        min.apply(.scenarios(ids: [], other: Int.min), time: Date(), seq: 9)
        _ = ScoringEngine.score(JournalFixture.rubric, profile: ApplicantProfile(), inputs: min.inputs)
    }

    @Test func messagesQuoteOnlyAnExcerpt() {
        let long = String(repeating: "9", count: 100_000)
        let problem = validator.problem(with: .comment(target: long, text: "x"), state: ReviewState())
        #expect((problem?.count ?? 0) < 200, "\(problem?.count ?? 0) characters")
        #expect(problem?.contains("…") == true)
    }
}
