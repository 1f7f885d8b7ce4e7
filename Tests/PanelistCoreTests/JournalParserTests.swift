import Foundation
import Testing
@testable import PanelistCore

@Suite("Journal parser: torn tail versus corruption")
struct JournalParserTests {
    let records = JournalFixture.chain(JournalFixture.sampleActions)

    @Test func cleanFileParses() {
        let parse = JournalParser.parse(JournalFixture.bytes(records))
        #expect(parse.records == records)
        #expect(parse.torn == nil && parse.corruption == nil)
    }

    @Test func tornTailAtEveryOffsetOfTheLastRecord() {
        let prefix = JournalFixture.bytes(Array(records.dropLast()))
        let last = records[records.count - 1].line
        for cut in 0..<last.count {
            let parse = JournalParser.parse(prefix + last[0..<cut])
            #expect(parse.corruption == nil, "cut \(cut)")
            #expect(parse.records == Array(records.dropLast()), "cut \(cut)")
            #expect(parse.validLength == prefix.count)
            #expect((parse.torn == nil) == (cut == 0), "cut \(cut)")
        }
    }

    @Test func damagedLastCompleteLineIsTorn() {
        var bytes = JournalFixture.bytes(records)
        bytes[bytes.count - 5] ^= 0x01
        let parse = JournalParser.parse(bytes)
        #expect(parse.torn?.line == records.count)
        #expect(parse.corruption == nil)
    }

    @Test func damagedMiddleLineIsCorruptionWithLineNumber() {
        var bytes = JournalFixture.bytes(records)
        let line4 = records[0...2].map(\.line.count).reduce(0, +)
        bytes[line4 + 10] = UInt8(ascii: "#")
        let parse = JournalParser.parse(bytes)
        #expect(parse.corruption?.line == 4)
        #expect(parse.records.count == 3)
        #expect(parse.torn == nil)
    }

    @Test func removedOrReorderedRecordIsCorruption() {
        var removed = records
        removed.remove(at: 5)
        #expect(JournalParser.parse(JournalFixture.bytes(removed)).corruption?.line == 6)
        var swapped = records
        swapped.swapAt(3, 4)
        #expect(JournalParser.parse(JournalFixture.bytes(swapped)).corruption?.line == 4)
        // Removing the last record leaves a valid shorter chain: only a sign-off or a verifier with the head detects it.
        #expect(JournalParser.parse(JournalFixture.bytes(Array(records.dropLast()))).corruption == nil)
    }
}
