import Foundation
import Testing
@testable import PanelistCore

/// Decimals are stored exactly as entered and validated, or refused (issue #16: 3.79999999999 was stored as 3.8).
@Suite("Exact decimals: what the screen scored is what the journal stores")
struct ExactDecimalTests {
    @Test func plainWritesEveryDigit() {
        for text in ["3.79999999999", "999.99999999999", "0.5", "1500.25", "12", "-3.5", "0.0000000000000000000000000000000000001",
                     "12345678901234567890123456789012345678"] {
            let d = Decimal.exact(text)
            #expect(d?.plain == text, "\(text) → \(d?.plain ?? "nil")")
        }
        #expect(Decimal.exact("1.50")?.plain == "1.5")
        #expect(Decimal.exact("-0")?.plain == "0")
        #expect(Decimal.exact("007")?.plain == "7")
        #expect(Decimal.exact(" 7.25 ")?.plain == "7.25")
    }

    @Test func whatCannotBeHeldExactlyIsRefused() {
        #expect(Decimal.exact("123456789012345678901234567890123456789") == nil, "39 significant digits")
        #expect(Decimal.exact("1" + String(repeating: "0", count: 200)) == nil, "beyond the exponent range")
        #expect(Decimal.exact("0." + String(repeating: "0", count: 200) + "1") == nil)
        for bad in ["", "-", ".", "1e5", "1,5", "１２", "1.2.3", "0x10", "+-1", "∞"] { #expect(Decimal.exact(bad) == nil, "\(bad)") }
        #expect(Decimal.isDecimalSyntax("123456789012345678901234567890123456789"))
    }

    @Test func plainSyntaxIsCanonical() {
        func plain(_ s: String) -> Bool { var s = s; return s.withUTF8 { Decimal.isPlain(bytes: $0) } }
        for good in ["0", "7", "-3", "0.5", "1500.25", "-0.001"] { #expect(plain(good), "\(good)") }
        for bad in ["+1", "01", "1.50", "1.", ".5", "-0", "1.0", "", "-", "1e3"] { #expect(!plain(bad), "\(bad)") }
    }

    @Test("a value at a band edge scores the same before and after the journal round trip")
    func bandEdgeSurvivesTheJournal() throws {
        let rubric = JournalFixture.rubric
        // 1.5's bands: A at least 1000 (12 points), B below (0). 999.99999999999 is below 1000.
        let entered = try #require(Decimal.exact("999.99999999999"))
        let records = JournalFixture.chain([.number(indicator: "1.5", number: "investment", value: entered)])
        let live = ReviewState.replay(records)
        let bytes = JournalFixture.bytes(records)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""value":"999.99999999999""#))
        let reopened = ReviewState.replay(JournalParser.parse(bytes).records)
        let before = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: live.inputs)
        let after = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: reopened.inputs)
        #expect(before["1.5"] == 0)
        #expect(after["1.5"] == 0, "the reopened journal scores the band above")
        #expect(reopened.inputs == live.inputs)
    }

    @Test func aJournalDecimalNotWrittenExactlyIsRefused() {
        // "1.50" is a value the writer never writes: a record holding it is invalid, not silently 1.5.
        let records = JournalFixture.chain([.points(indicator: "1.4", part: "1", points: Decimal.exact("1.5"))])
        var text = String(decoding: records[1].line.dropLast(), as: UTF8.self)
        text = text.replacingOccurrences(of: #""points":"1.5""#, with: #""points":"1.50""#)
        #expect(throws: JournalLineError.self) { try JournalRecord.decode(line: Array(text.utf8)) }
    }
}
