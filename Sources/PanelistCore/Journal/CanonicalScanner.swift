/// A one-pass reader of canonical JSON from bytes: it refuses anything the canonical encoder
/// would not have written (see `JSONValue.canonical`), so that a record's own bytes are the bytes its checksum covers.
///
/// Canonical means: object keys strictly increasing by their UTF-8 bytes (so no duplicates), no
/// whitespace, strings of valid UTF-8 with only the escapes `\"`, `\\`, `\n`, `\r`, `\t` and
/// `\u00xx` (lower-case hex) for other control characters, and integers without leading zeros,
/// `+` or `-0`. Nesting deeper than 64 levels is refused.
struct CanonicalScanner {
    /// Why the bytes are not canonical JSON, with the byte offset.
    struct Failure: Error, Equatable {
        /// Byte offset where reading stopped.
        var offset: Int
        /// What was wrong there.
        var message: String
        /// Whether the bytes are valid JSON that is merely not in canonical form.
        var notCanonical: Bool
    }

    /// The bytes being read.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The read position.
    var i: Int

    /// Starts reading at an offset.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        self.i = offset
    }

    /// The nesting limit.
    static let maxDepth = 64

    func fail(_ message: String, at offset: Int? = nil) -> Failure { Failure(offset: offset ?? i, message: message, notCanonical: false) }
    func notCanonical(_ message: String, at offset: Int? = nil) -> Failure { Failure(offset: offset ?? i, message: message, notCanonical: true) }

    /// The byte at the read position, or nil at the end.
    @inline(__always) var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    /// Reads one value of any kind.
    mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maxDepth else { throw fail("nesting too deep (more than \(Self.maxDepth) levels)") }
        guard let b = current else { throw fail("unexpected end of line") }
        switch b {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""):
            let s = try string()
            return .string(text(s))
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .int(try integer())
        case 0x20, 0x09, 0x0A, 0x0D: throw notCanonical("whitespace outside a string")
        default: throw fail("unexpected character")
        }
    }

    /// Reads an object whose keys must be strictly increasing.
    mutating func object(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var members: [String: JSONValue] = [:]
        if current == UInt8(ascii: "}") { i += 1; return .object(members) }
        var previous: [UInt8]?
        while true {
            guard current == UInt8(ascii: "\"") else { throw current.map { Self.isSpace($0) } == true ? notCanonical("whitespace outside a string") : fail("expected a key") }
            let keyStart = i
            let key = try string()
            let keyBytes = decoded(key)
            if let previous {
                if previous == keyBytes { throw fail("duplicate key \(String(decoding: keyBytes.prefix(40), as: UTF8.self))", at: keyStart) }
                if !previous.lexicographicallyPrecedes(keyBytes) { throw notCanonical("keys are not in sorted order", at: keyStart) }
            }
            previous = keyBytes
            guard current == UInt8(ascii: ":") else { throw fail("expected ':'") }
            i += 1
            members[String(decoding: keyBytes, as: UTF8.self)] = try value(depth: depth + 1)
            guard let b = current else { throw fail("unexpected end of line") }
            if b == UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw Self.isSpace(b) ? notCanonical("whitespace outside a string") : fail("expected ',' or '}'")
        }
    }

    /// Reads an array.
    mutating func array(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        if current == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth + 1))
            guard let b = current else { throw fail("unexpected end of line") }
            if b == UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw Self.isSpace(b) ? notCanonical("whitespace outside a string") : fail("expected ',' or ']'")
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("expected \(word)") }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { throw fail("expected \(word)") }
        i += n
    }

    /// Reads a canonical integer (no leading zeros, no `-0`), refusing fractions, exponents and overflow.
    mutating func integer() throws(Failure) -> Int {
        let start = i
        var negative = false
        if current == UInt8(ascii: "-") { negative = true; i += 1 }
        let digits = i
        var value = 0
        while let b = current, b >= 0x30, b <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(b - 0x30)) : m.addingReportingOverflow(Int(b - 0x30))
            if o1 || o2 { throw fail("integer out of range", at: start) }
            value = a
            i += 1
        }
        guard i > digits else { throw fail("bad number", at: start) }
        if let b = current, b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            throw fail("journals hold integers only (decimals are strings)")
        }
        if bytes[digits] == 0x30, i - digits > 1 { throw notCanonical("a leading zero", at: start) }
        if negative, value == 0 { throw notCanonical("-0", at: start) }
        return value
    }

    /// A string's place: the bytes between its quotes, and whether they contain escapes.
    struct Span {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// Reads a string at the read position (on its opening quote), checking UTF-8 and canonical escapes.
    mutating func string() throws(Failure) -> Span {
        i += 1
        let start = i
        var escaped = false
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let span = Span(start: start, end: i, escaped: escaped)
                i += 1
                return span
            }
            if b < 0x20 { throw fail("control character in string") }
            if b == UInt8(ascii: "\\") {
                escaped = true
                guard i + 1 < n else { throw fail("unterminated escape") }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 6 <= n, let v = hex4(at: i + 2) else { throw fail("bad \\u escape") }
                    if (0xD800..<0xDC00).contains(v) {
                        guard i + 12 <= n, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"), let low = hex4(at: i + 8) else {
                            throw fail("lone surrogate")
                        }
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("bad surrogate pair") }
                        throw notCanonical("an escaped character that is written raw in canonical form")
                    }
                    if (0xDC00..<0xE000).contains(v) { throw fail("lone surrogate") }
                    guard v < 0x20, v != 0x0A, v != 0x0D, v != 0x09 else {
                        throw notCanonical("an escaped character that is written raw in canonical form")
                    }
                    for k in (i + 2)..<(i + 6) where bytes[k] >= UInt8(ascii: "A") && bytes[k] <= UInt8(ascii: "F") {
                        throw notCanonical("upper-case hex in a \\u escape")
                    }
                    i += 6
                case UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                    throw notCanonical("an escape canonical form does not use")
                default:
                    throw fail("bad escape")
                }
                continue
            }
            if b < 0x80 { i += 1; continue }
            try utf8Sequence()
        }
        throw fail("unterminated string")
    }

    /// Checks one multi-byte UTF-8 sequence at the read position (no overlongs, surrogates or values above U+10FFFF).
    mutating func utf8Sequence() throws(Failure) {
        let n = bytes.count
        let b0 = bytes[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool { k < n && bytes[k] >= lo && bytes[k] <= hi }
        let ok: Bool
        let length: Int
        switch b0 {
        case 0xC2...0xDF: length = 2; ok = cont(i + 1)
        case 0xE0: length = 3; ok = cont(i + 1, 0xA0) && cont(i + 2)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; ok = cont(i + 1) && cont(i + 2)
        case 0xED: length = 3; ok = cont(i + 1, 0x80, 0x9F) && cont(i + 2)
        case 0xF0: length = 4; ok = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)
        case 0xF1...0xF3: length = 4; ok = cont(i + 1) && cont(i + 2) && cont(i + 3)
        case 0xF4: length = 4; ok = cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3)
        default: length = 1; ok = false
        }
        guard ok else { throw fail("string is not valid UTF-8") }
        i += length
    }

    func hex4(at k: Int) -> UInt32? {
        var v: UInt32 = 0
        for j in k..<(k + 4) {
            let b = bytes[j]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// The bytes a string stands for (escapes resolved).
    func decoded(_ span: Span) -> [UInt8] {
        guard span.escaped else { return Array(bytes[span.start..<span.end]) }
        var out: [UInt8] = []
        out.reserveCapacity(span.end - span.start)
        var k = span.start
        while k < span.end {
            let b = bytes[k]
            guard b == UInt8(ascii: "\\") else { out.append(b); k += 1; continue }
            switch bytes[k + 1] {
            case UInt8(ascii: "n"): out.append(0x0A); k += 2
            case UInt8(ascii: "r"): out.append(0x0D); k += 2
            case UInt8(ascii: "t"): out.append(0x09); k += 2
            case UInt8(ascii: "u"): out.append(UInt8(hex4(at: k + 2) ?? 0)); k += 6  // canonical: only control characters
            default: out.append(bytes[k + 1]); k += 2  // \" and \\
            }
        }
        return out
    }

    /// A string's text (its bytes are valid UTF-8, checked while scanning).
    func text(_ span: Span) -> String {
        if span.escaped { return String(decoding: decoded(span), as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
    }
}
