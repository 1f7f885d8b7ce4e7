import Crypto
import Foundation

/// Reading one record from its line in one pass: canonical form, checksum over the line's own bytes, fields.
extension JournalRecord {
    /// Decodes a line (without its `\n`) and checks that `sum` matches the content.
    ///
    /// The line must be exactly the canonical encoding the writer produces; its checksum is then
    /// the SHA-256 of its own bytes without the `"sum"` member, computed without re-encoding.
    public static func decode<C: Collection>(line: C) throws(JournalLineError) -> JournalRecord where C.Element == UInt8 {
        let result = line.withContiguousStorageIfAvailable { decode(bytes: $0) } ?? Array(line).withUnsafeBufferPointer { decode(bytes: $0) }
        return try result.get()
    }

    /// Decodes a line from bytes.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) -> Result<JournalRecord, JournalLineError> {
        var scratch = RecordFields.Scratch()
        return decode(bytes: bytes, scratch: &scratch)
    }

    /// Decodes a line from bytes, reusing scratch storage across lines.
    static func decode(bytes: UnsafeBufferPointer<UInt8>, scratch: inout RecordFields.Scratch) -> Result<JournalRecord, JournalLineError> {
        let fields: RecordFields
        do {
            fields = try RecordFields.scan(bytes, scratch: &scratch)
        } catch {
            if error.notCanonical {
                return .failure(.damaged("the record is not in canonical form (\(error.message) at byte \(error.offset))"))
            }
            return .failure(.damaged("not a valid JSON record (\(error.message) at byte \(error.offset))"))
        }
        guard let sumSpan = fields.sum, let cut = fields.sumCut else { return .failure(.damaged("the record has no checksum 'sum'")) }
        var hasher = SHA256()
        hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<cut.lowerBound])))
        hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[cut.upperBound...])))
        let digest = hasher.finalize()
        let matches = digest.withUnsafeBytes { d -> Bool in
            guard sumSpan.end - sumSpan.start == 64, !sumSpan.escaped else { return false }
            // The digest in lower-case hex, compared with the line's 64 digits.
            var k = sumSpan.start
            for byte in d {
                if bytes[k] != hexDigits[Int(byte >> 4)] || bytes[k + 1] != hexDigits[Int(byte & 0x0F)] { return false }
                k += 2
            }
            return true
        }
        let sum = fields.scanner.text(sumSpan)
        guard matches else {
            let actual = JournalHash.hex(Array(digest))
            return .failure(.damaged("checksum mismatch: the record says \(sum.prefix(12))…, its content hashes to \(actual.prefix(12))…"))
        }
        do throws(JournalDecodeError) {
            let seq = try fields.int("seq")
            let prev = try fields.str("prev")
            guard let timeBytes = fields.rawString("time") else { throw JournalDecodeError("field 'time' must be a string") }
            guard timeBytes.count == 24, let time = JournalTime.parse(bytes: timeBytes) else {
                throw JournalDecodeError("field 'time' is not an ISO-8601 UTC time: \(Excerpt.of(String(decoding: timeBytes, as: UTF8.self)))")
            }
            // A record is exactly what the writer writes for what it holds: no field unknown to this version.
            let entry: JournalEntry
            if case .string(let span)? = fields.member("type"), fields.scanner.text(span) == "header" {
                let header = try JournalHeader(json: fields.object)
                entry = .header(header)
                guard JournalRecord(seq: seq, time: time, prev: prev, entry: entry).sum == sum else {
                    throw JournalDecodeError("the header holds fields this version of panelist does not write")
                }
            } else {
                let action = try JournalAction(decoding: fields)
                entry = .action(action)
                guard fields.members.count == action.fieldCount + 4 else {
                    throw JournalDecodeError("the '\(action.typeName)' record holds fields this version of panelist does not write")
                }
            }
            return .success(JournalRecord(seq: seq, time: time, prev: prev, entry: entry, sum: sum))
        } catch {
            return .failure(.invalid(error.message))
        }
    }

    /// Lower-case hex digits.
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The value of a lower-case hex digit.
    @inline(__always) static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
