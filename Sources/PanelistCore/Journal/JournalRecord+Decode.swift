import Foundation

/// Reading one record from its line, checking its checksum.
extension JournalRecord {
    /// Decodes a line (without its `\n`) and checks that `sum` matches the content.
    public static func decode<C: Collection>(line: C) throws(JournalLineError) -> JournalRecord where C.Element == UInt8 {
        let json: JSONValue
        do {
            json = try JSONParser.parse(line)
        } catch {
            throw .damaged("not a valid JSON record (\(error.message) at byte \(error.offset))")
        }
        guard case .object(var fields) = json else { throw .damaged("the record is not a JSON object") }
        guard let sum = fields.removeValue(forKey: "sum")?.stringValue else { throw .damaged("the record has no checksum 'sum'") }
        let actual = JournalHash.sha256Hex(JSONValue.object(fields).canonical)
        guard actual == sum else { throw .damaged("checksum mismatch: the record says \(sum.prefix(12))…, its content hashes to \(actual.prefix(12))…") }
        do throws(JournalDecodeError) {
            let body = JSONValue.object(fields)
            let seq = try body.int("seq")
            let prev = try body.str("prev")
            let timeText = try body.str("time")
            guard let time = JournalTime.parse(timeText) else { throw JournalDecodeError("field 'time' is not an ISO-8601 UTC time: \(timeText)") }
            let entry = try JournalEntry(json: body)
            return JournalRecord(seq: seq, time: time, prev: prev, entry: entry, sum: sum)
        } catch {
            throw .invalid(error.message)
        }
    }
}
