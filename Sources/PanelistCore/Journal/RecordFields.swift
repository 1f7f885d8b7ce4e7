import Foundation

/// The top-level members of a canonical record line, read straight from its bytes.
///
/// Strings are turned into `String`s only when a field is asked for; nested objects and
/// arrays (the header's, a scenario list) are read as `JSONValue`s while scanning.
struct RecordFields: JournalFields {
    /// A top-level member's value as scanned.
    enum Value {
        case string(CanonicalScanner.Span)
        case int(Int)
        case bool(Bool)
        case null
        case nested(JSONValue)
    }

    /// A member: its key's bytes (unescaped keys only; see `scan`) and its value.
    struct Member {
        var keyStart: Int
        var keyEnd: Int
        var value: Value
    }

    /// The line's bytes, valid while the line is being decoded.
    let scanner: CanonicalScanner
    /// The members in order.
    var members: [Member]
    /// Where the `"sum"` member sits, with one of its neighbouring commas: the bytes the checksum does not cover.
    var sumCut: Range<Int>?
    /// The `sum` member's value.
    var sum: CanonicalScanner.Span?

    /// Storage for the members, reused from one line to the next (one allocation per thread, not per record).
    struct Scratch {
        var members: [Member] = []
    }

    /// Scans a whole line as a canonical JSON object.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(CanonicalScanner.Failure) -> RecordFields {
        var scratch = Scratch()
        return try scan(bytes, scratch: &scratch)
    }

    /// Scans a whole line as a canonical JSON object, its members kept in the scratch storage.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) throws(CanonicalScanner.Failure) -> RecordFields {
        var s = CanonicalScanner(bytes)
        guard s.current == UInt8(ascii: "{") else {
            throw s.current.map(CanonicalScanner.isSpace) == true ? s.notCanonical("whitespace outside a string") : s.fail("the record is not a JSON object")
        }
        s.i = 1
        scratch.members.removeAll(keepingCapacity: true)
        var members = scratch.members
        scratch.members = []
        defer { scratch.members = members }
        members.reserveCapacity(16)
        var sumCut: Range<Int>?
        var sum: CanonicalScanner.Span?
        if s.current == UInt8(ascii: "}") {
            s.i += 1
        } else {
            while true {
                let memberStart = s.i
                guard s.current == UInt8(ascii: "\"") else {
                    throw s.current.map(CanonicalScanner.isSpace) == true ? s.notCanonical("whitespace outside a string") : s.fail("expected a key")
                }
                let key = try s.string()
                if key.escaped { throw s.notCanonical("an escaped key in a record", at: memberStart) }
                if let previous = members.last {
                    let a = UnsafeBufferPointer(rebasing: bytes[previous.keyStart..<previous.keyEnd])
                    let b = UnsafeBufferPointer(rebasing: bytes[key.start..<key.end])
                    if a.elementsEqual(b) { throw s.fail("duplicate key \(String(decoding: b.prefix(40), as: UTF8.self))", at: memberStart) }
                    if !a.lexicographicallyPrecedes(b) { throw s.notCanonical("keys are not in sorted order", at: memberStart) }
                }
                guard s.current == UInt8(ascii: ":") else { throw s.fail("expected ':'") }
                s.i += 1
                let value: Value
                guard let b = s.current else { throw s.fail("unexpected end of line") }
                switch b {
                case UInt8(ascii: "\""): value = .string(try s.string())
                case UInt8(ascii: "{"), UInt8(ascii: "["): value = .nested(try s.value(depth: 1))
                case UInt8(ascii: "t"): try s.literal("true"); value = .bool(true)
                case UInt8(ascii: "f"): try s.literal("false"); value = .bool(false)
                case UInt8(ascii: "n"): try s.literal("null"); value = .null
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .int(try s.integer())
                default:
                    throw CanonicalScanner.isSpace(b) ? s.notCanonical("whitespace outside a string") : s.fail("unexpected character")
                }
                let isSum = key.end - key.start == 3 && bytes[key.start] == UInt8(ascii: "s") && bytes[key.start + 1] == UInt8(ascii: "u")
                    && bytes[key.start + 2] == UInt8(ascii: "m")
                if isSum {
                    if case .string(let span) = value { sum = span }
                    // Cut the member with the comma before it, or the one after it when it is first.
                    sumCut = members.isEmpty ? memberStart..<(s.i + (s.current == UInt8(ascii: ",") ? 1 : 0)) : (memberStart - 1)..<s.i
                }
                members.append(Member(keyStart: key.start, keyEnd: key.end, value: value))
                guard let next = s.current else { throw s.fail("unexpected end of line") }
                if next == UInt8(ascii: ",") { s.i += 1; continue }
                if next == UInt8(ascii: "}") { s.i += 1; break }
                throw CanonicalScanner.isSpace(next) ? s.notCanonical("whitespace outside a string") : s.fail("expected ',' or '}'")
            }
        }
        if s.i != bytes.count {
            throw s.current.map(CanonicalScanner.isSpace) == true ? s.notCanonical("whitespace after the record") : s.fail("unexpected bytes after the record")
        }
        return RecordFields(scanner: s, members: members, sumCut: sumCut, sum: sum)
    }

    /// The member with a key, if present.
    func member(_ key: String) -> Value? {
        var key = key
        return key.withUTF8 { k -> Value? in
            let bytes = scanner.bytes
            for m in members where m.keyEnd - m.keyStart == k.count {
                var equal = true
                for j in 0..<k.count where bytes[m.keyStart + j] != k[j] {
                    equal = false
                    break
                }
                if equal { return m.value }
            }
            return nil
        }
    }

    /// The field as a JSON value, if present.
    subscript(_ key: String) -> JSONValue? {
        member(key).map(json)
    }

    /// A member's value as a JSON value.
    func json(_ value: Value) -> JSONValue {
        switch value {
        case .string(let span): return .string(scanner.text(span))
        case .int(let n): return .int(n)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .nested(let v): return v
        }
    }

    /// Every member as one JSON object (for the header record).
    var object: JSONValue {
        var out: [String: JSONValue] = [:]
        for m in members {
            out[String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[m.keyStart..<m.keyEnd]), as: UTF8.self)] = json(m.value)
        }
        return .object(out)
    }

    /// A required string field.
    func str(_ key: String) throws(JournalDecodeError) -> String {
        guard case .string(let span)? = member(key) else { throw JournalDecodeError("field '\(key)' must be a string") }
        return scanner.text(span)
    }

    /// A string field that may be `null` (the writer always writes it, so it may not be absent).
    func optStr(_ key: String) throws(JournalDecodeError) -> String? {
        switch member(key) {
        case nil: throw JournalDecodeError("field '\(key)' is missing")
        case .null?: return nil
        case .string(let span)?: return scanner.text(span)
        default: throw JournalDecodeError("field '\(key)' must be a string or null")
        }
    }

    /// A string field written only when it has a value: absent means none, `null` is not written.
    func omittedStr(_ key: String) throws(JournalDecodeError) -> String? {
        switch member(key) {
        case nil: return nil
        case .string(let span)?: return scanner.text(span)
        default: throw JournalDecodeError("field '\(key)' must be a string when present")
        }
    }

    /// A required integer field.
    func int(_ key: String) throws(JournalDecodeError) -> Int {
        guard case .int(let n)? = member(key) else { throw JournalDecodeError("field '\(key)' must be an integer") }
        return n
    }

    /// A required boolean field.
    func bool(_ key: String) throws(JournalDecodeError) -> Bool {
        guard case .bool(let b)? = member(key) else { throw JournalDecodeError("field '\(key)' must be true or false") }
        return b
    }

    /// A decimal written exactly as `Decimal.plain` writes it, or `null`.
    func optDecimal(_ key: String) throws(JournalDecodeError) -> Decimal? {
        switch member(key) {
        case nil: throw JournalDecodeError("field '\(key)' is missing")
        case .null?: return nil
        case .string(let span)? where !span.escaped:
            let digits = UnsafeBufferPointer(rebasing: scanner.bytes[span.start..<span.end])
            if Decimal.isPlain(bytes: digits), let d = Decimal.exact(bytes: digits) { return d }
            fallthrough
        default:
            throw JournalDecodeError("field '\(key)' must be a decimal string such as \"0.5\", written exactly (at most \(Decimal.exactDigits) digits)")
        }
    }

    /// A required object field.
    func obj(_ key: String) throws(JournalDecodeError) -> JSONValue {
        guard case .nested(let v)? = member(key), case .object = v else { throw JournalDecodeError("field '\(key)' must be an object") }
        return v
    }

    /// The bytes of a string field, unescaped strings only (times, hashes).
    func rawString(_ key: String) -> UnsafeBufferPointer<UInt8>? {
        guard case .string(let span)? = member(key), !span.escaped else { return nil }
        return UnsafeBufferPointer(rebasing: scanner.bytes[span.start..<span.end])
    }
}
