import Foundation
import Testing
@testable import PanelistCore

@Suite("Journal canonical encoding and chain")
struct JournalEncodingTests {
    @Test func canonicalSortsKeysAndEscapes() {
        let value = JSONValue.object(["b": .int(1), "a": .string("x\"y\\z\n\u{1}é智"), "c": .array([.bool(true), .null])])
        #expect(value.canonicalString == #"{"a":"x\"y\\z\n\u0001é智","b":1,"c":[true,null]}"#)
    }

    @Test func parserRoundTripsCanonical() throws {
        let text = #"{"a":"x\"y\\z\n\u0001é智","b":-12,"c":[true,null,{}]}"#
        let value = try JSONParser.parse(Array(text.utf8))
        #expect(value.canonicalString == text)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("{\"a\":1.5}".utf8)) }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("{\"a\":1} x".utf8)) }
    }

    @Test func recordsRoundTripAndChain() throws {
        let records = JournalFixture.chain(JournalFixture.sampleActions)
        #expect(records[0].prev == JournalHash.zero)
        for (a, b) in zip(records, records.dropFirst()) { #expect(b.prev == a.sum) }
        for record in records {
            let line = record.line
            #expect(line.last == 0x0A)
            #expect(!line.dropLast().contains(0x0A), "one record per line")
            let decoded = try JournalRecord.decode(line: line.dropLast())
            #expect(decoded == record)
        }
    }

    @Test func decimalsAreStrings() {
        let record = JournalFixture.chain([.points(indicator: "1.4", part: "1", points: Decimal.exact("0.5"))])[1]
        let text = String(decoding: record.line, as: UTF8.self)
        #expect(text.contains(#""points":"0.5""#))
        #expect(text.hasPrefix(#"{"indicator":"1.4","part":"1","points":"0.5","prev":""#))
    }

    @Test func checksumDetectsAnyChange() {
        let record = JournalFixture.chain([.count(indicator: "1.3", part: "1", line: "A1", count: 2)])[1]
        let text = String(decoding: record.line.dropLast(), as: UTF8.self).replacingOccurrences(of: #""count":2"#, with: #""count":3"#)
        #expect(throws: JournalLineError.self) { try JournalRecord.decode(line: Array(text.utf8)) }
    }

    @Test func timeFormatRoundTrips() {
        for t in [0.0, 1_740_000_000.125, 951_782_400.999, 4_102_444_799.5] {
            let date = Date(timeIntervalSince1970: t)
            let text = JournalTime.format(date)
            #expect(JournalTime.parse(text).map(JournalTime.format) == text)
        }
        #expect(JournalTime.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }
}
