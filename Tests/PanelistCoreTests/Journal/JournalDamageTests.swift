import Foundation
import Testing
@testable import PanelistCore

/// Torn tails against damage, told apart by the records' checksums; every intact record is kept.
@Suite("Journal damage: a flipped newline between intact records is not a torn tail")
struct JournalDamageTests {
    let records = JournalFixture.chain(JournalFixture.sampleActions)

    @Test("a flipped bit in the last newline but one keeps both records")
    func flippedNewlineButOne() {
        var bytes = JournalFixture.bytes(records)
        let at = bytes.count - records[records.count - 1].line.count - 1
        #expect(bytes[at] == 0x0A)
        bytes[at] ^= 0x01
        let parse = JournalParser.parse(bytes)
        #expect(parse.torn == nil, "not a torn write: the checksums show two intact records")
        #expect(parse.records == records, "every intact record is kept")
        #expect(parse.corruption?.offset == at)
        #expect(parse.corruption?.message.contains("between two records is damaged") == true)
    }

    @Test("a flipped final newline keeps the last record, as damage")
    func flippedFinalNewline() {
        var bytes = JournalFixture.bytes(records)
        bytes[bytes.count - 1] = 0x0B
        let parse = JournalParser.parse(bytes)
        #expect(parse.records == records)
        #expect(parse.torn == nil)
        #expect(parse.corruption != nil)
    }

    @Test("a flipped newline in the middle: every record on both sides is kept")
    func flippedNewlineInTheMiddle() {
        var bytes = JournalFixture.bytes(records)
        let at = records[0...4].map(\.line.count).reduce(0, +) - 1
        bytes[at] = 0x20
        let parse = JournalParser.parse(bytes)
        #expect(parse.records == records)
        #expect(parse.corruption?.line == 5)
        #expect(JournalVerifier().verify(parsed: parse).isValid == false, "verify reports the damage")
    }

    @Test("a record cut short is still a torn tail, at every offset")
    func tornIsStillTorn() {
        let prefix = JournalFixture.bytes(Array(records.dropLast()))
        let last = records[records.count - 1].line
        for cut in 1..<last.count {
            let parse = JournalParser.parse(prefix + last[0..<cut])
            #expect(parse.torn?.offset == prefix.count, "cut \(cut)")
            #expect(parse.corruption == nil, "cut \(cut)")
        }
    }

    @Test("a damaged last record (bad bytes, newline intact) is torn; it begins with no intact record")
    func damagedLastRecord() {
        var bytes = JournalFixture.bytes(records)
        bytes[bytes.count - 20] ^= 0x04
        let parse = JournalParser.parse(bytes)
        #expect(parse.torn?.line == records.count)
        #expect(parse.records == Array(records.dropLast()))
    }

    @Test func everySingleBitFlipIsDetected() {
        let bytes = JournalFixture.bytes(Array(records.prefix(3)))
        let clean = JournalParser.parse(bytes)
        var undetected = 0
        for i in bytes.indices {
            for bit in 0..<8 {
                var b = bytes
                b[i] ^= UInt8(1 << bit)
                let p = JournalParser.parse(b)
                if p.corruption == nil && p.torn == nil && p.records == clean.records { undetected += 1 }
            }
        }
        #expect(undetected == 0)
    }
}
