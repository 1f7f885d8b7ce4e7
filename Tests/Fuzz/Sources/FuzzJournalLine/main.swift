import Foundation
import FuzzDriver
import FuzzSupport
import PanelistCore

// The journal reader on arbitrary bytes. Properties: nothing traps; the parse stays within the
// bytes; an accepted record decodes again from its own re-encoding to the same record; a value the
// general parser accepts parses back from its canonical form to the same value.
// Input starting with '#': the rest is a record body without its checksum; the checksum is
// computed and inserted, so that the field decoders see values the fuzzer chose (a fuzzer never
// guesses a SHA-256).

func fuzzJournalLine(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if bytes.first == UInt8(ascii: "#") {
        guard case .object(var fields)? = try? JSONParser.parse(bytes.dropFirst()) else { return 0 }
        fields["sum"] = nil
        fields["sum"] = .string(JournalHash.sha256Hex(JSONValue.object(fields).canonical))
        check(line: JSONValue.object(fields).canonical)
        return 0
    }
    let parse = JournalParser.parse(bytes, parallel: false)
    precondition(parse.validLength <= bytes.count)
    var previousEnd = 0
    for line in parse.lines {
        precondition(line.offset >= previousEnd && line.offset + line.length <= bytes.count, "a line outside the bytes")
        previousEnd = line.offset + line.length
    }
    if let torn = parse.torn { precondition(torn.offset + torn.bytes.count == bytes.count) }
    _ = JournalVerifier().verify(parsed: parse)
    _ = ReviewState.replay(parse.records)
    _ = ChairState.replay(parse.records)
    var lineStart = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
        check(line: Array(bytes[lineStart..<i]))
        lineStart = i + 1
    }
    if let value = try? JSONParser.parse(bytes) {
        precondition((try? JSONParser.parse(value.canonical)) == value, "canonical form does not parse back")
    }
    _ = try? KnownKeys.parse(bytes)
    return 0
}

func check(line: [UInt8]) {
    guard let record = try? JournalRecord.decode(line: line) else { return }
    precondition(Array(record.line.dropLast()) == line, "an accepted record is not exactly the writer's encoding of what it holds")
    let again = try? JournalRecord.decode(line: Array(record.line.dropLast()))
    precondition(again == record, "a record does not survive its own re-encoding")
    _ = JournalHistory(lang: .en).lines([record])
}

FuzzDriver.run { input in
    guard let base = input.baseAddress else { return }
    _ = fuzzJournalLine(base, input.count)
}
