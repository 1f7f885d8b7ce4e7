import Foundation
import Testing
@testable import PanelistCore

/// What the JSON readers refuse: the general parser and the canonical record reader.
@Suite("JSON: duplicate keys, lone surrogates, control characters, bad UTF-8, depth, non-canonical forms")
struct JSONNegativeTests {
    func refusedByParser(_ text: [UInt8]) -> Bool { (try? JSONParser.parse(text)) == nil }
    func refusedByParser(_ text: String) -> Bool { refusedByParser(Array(text.utf8)) }

    @Test func generalParserRefuses() {
        #expect(refusedByParser(#"{"a":1,"a":2}"#), "duplicate key")
        #expect(refusedByParser(#"{"a":"\ud800"}"#), "lone high surrogate")
        #expect(refusedByParser(#"{"a":"\udc00"}"#), "lone low surrogate")
        #expect(refusedByParser(#"{"a":"\ud800\u0041"}"#), "high surrogate followed by a non-surrogate")
        #expect(refusedByParser([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x09, 0x22, 0x7D]), "raw tab in a string")
        #expect(refusedByParser([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0x00, 0x22, 0x7D]), "raw NUL in a string")
        #expect(refusedByParser([0x22, 0xC3, 0x28, 0x22]), "bad UTF-8 continuation")
        #expect(refusedByParser([0x22, 0xC0, 0xAF, 0x22]), "overlong UTF-8")
        #expect(refusedByParser([0x22, 0xED, 0xA0, 0x80, 0x22]), "an encoded surrogate")
        #expect(refusedByParser([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]), "beyond U+10FFFF")
        #expect(refusedByParser(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)), "depth 65")
        #expect(!refusedByParser(String(repeating: "[", count: 60) + String(repeating: "]", count: 60)), "depth 60 is fine")
        #expect(refusedByParser(#"{"a":1.5}"#) && refusedByParser(#"{"a":1e3}"#), "no floating point")
        #expect(refusedByParser(#"{"a":99999999999999999999}"#), "integer overflow")
        #expect(refusedByParser(#"{"a":1} x"#) && refusedByParser("") && refusedByParser("{"), "trailing bytes, empty, unterminated")
    }

    /// A record line with one member changed by hand (checksum left as it was).
    func decode(_ line: String) -> JournalLineError? {
        do { _ = try JournalRecord.decode(line: Array(line.utf8)); return nil } catch { return error }
    }

    @Test func recordReaderRefusesWhatTheWriterNeverWrites() throws {
        let record = JournalFixture.chain([.comment(target: "1.1", text: "é智")])[1]
        let line = String(decoding: record.line.dropLast(), as: UTF8.self)
        #expect(decode(line) == nil)
        // Every variant below is valid JSON of the same value, but not the canonical bytes: refused as damaged.
        let variants = [
            line.replacingOccurrences(of: #","target""#, with: #", "target""#),                 // whitespace
            line.replacingOccurrences(of: "é", with: #"\u00e9"#),                                // needless escape
            line.replacingOccurrences(of: #""type":"comment""#, with: #""type":"comm\u0065nt""#),
            line.replacingOccurrences(of: #""seq":1"#, with: #""seq":01"#),                      // leading zero
            #"{"text":"x",\#(line.dropFirst())"#,                                                 // keys out of order
        ]
        for v in variants {
            let error = decode(v)
            #expect(error?.isDamage == true, "\(v): \(String(describing: error))")
        }
        #expect(decode(line.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":1,\"seq\":1"))?.description.contains("duplicate") == true)
        #expect(decode(line + " ")?.isDamage == true)
        var bytes = Array(line.utf8)
        if let i = bytes.firstIndex(of: 0xC3) { bytes[i + 1] = 0x28 }
        #expect((try? JournalRecord.decode(line: bytes)) == nil, "bad UTF-8 in a record")
    }

    @Test("a record holds exactly what the writer writes: no unknown field, no field left out, the full time")
    func recordsAreExactlyTheWritersEncoding() throws {
        let all = JournalFixture.sampleActions + [.recuse(reason: "r"), .reopen(reason: "r"), .signoff(head: "h", signature: "s", fingerprint: "f"),
            .resolve(application: "a", indicator: "1.1", value: 5, reason: "r"), .choose(indicator: "1.1", part: "1", option: nil),
            .heads(journals: [MergedHead(application: "a", reviewer: "r", fingerprint: "f", seq: 3, head: JournalHash.zero)])]
        for action in all { #expect(action.fieldCount == action.fields.count, "\(action.typeName)") }
        let records = JournalFixture.chain(all)
        for record in records {
            let line = Array(record.line.dropLast())
            let decoded = try JournalRecord.decode(line: line)
            #expect(Array(decoded.line.dropLast()) == line, "a decoded record re-encodes to its own bytes")
        }
        // An extra field, a missing null, a time without milliseconds: each with a checksum that matches.
        func resealed(_ record: JournalRecord, _ change: (inout [String: JSONValue]) -> Void) -> [UInt8] {
            guard case .object(var f) = JournalRecord.body(seq: record.seq, time: record.time, prev: record.prev, entry: record.entry) else { return [] }
            change(&f)
            f["sum"] = .string(JournalHash.sha256Hex(JSONValue.object(f).canonical))
            return JSONValue.object(f).canonical
        }
        let choose = records[1]
        for (what, change) in [("an unknown field", { (f: inout [String: JSONValue]) in f["zzz"] = .int(1) }),
                               ("a field left out", { (f: inout [String: JSONValue]) in f["option"] = nil }),
                               ("a time without milliseconds", { (f: inout [String: JSONValue]) in f["time"] = .string("2025-02-19T21:20:01Z") })] {
            let line = resealed(choose, change)
            #expect(throws: JournalLineError.self, "\(what)") { try JournalRecord.decode(line: line) }
        }
    }

    @Test("JournalTime refuses dates that do not exist and a 60th second")
    func impossibleTimes() {
        #expect(JournalTime.parse("2025-02-31T08:00:00.000Z") == nil)
        #expect(JournalTime.parse("2025-02-29T08:00:00.000Z") == nil, "2025 is not a leap year")
        #expect(JournalTime.parse("2024-02-29T08:00:00.000Z") != nil)
        #expect(JournalTime.parse("2000-02-29T00:00:00Z") != nil)
        #expect(JournalTime.parse("1900-02-29T00:00:00Z") == nil)
        #expect(JournalTime.parse("2025-04-31T00:00:00Z") == nil)
        #expect(JournalTime.parse("2025-12-31T23:59:60.000Z") == nil, "a 60th second")
        #expect(JournalTime.parse("2025-12-31T23:59:59.999Z") != nil)
        #expect(JournalTime.parse("2025-12-31T24:00:00Z") == nil)
        #expect(JournalTime.parse("2025-00-10T00:00:00Z") == nil)
        #expect(JournalTime.parse("2025-01-00T00:00:00Z") == nil)
    }
}
