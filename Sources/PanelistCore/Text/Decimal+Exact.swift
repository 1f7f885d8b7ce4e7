import Foundation

/// Exact decimal helpers: parsing without locale surprises, exact formatting.
///
/// Rounding rule: a value entered (a reviewer's points, a figure) is never rounded: it is
/// parsed exactly or refused, and written back digit for digit (`plain`), so that what the
/// screen scored is what the journal stores and what a reopened journal scores. A value with
/// more than 38 significant digits, or beyond `Decimal`'s exponent range, cannot be held
/// exactly and is refused. Sums and products of such values are exact; derived ratios are
/// compared with band edges exactly and rounded half-up to two places only for display.
extension Decimal {
    /// The most significant digits a `Decimal` holds exactly.
    public static let exactDigits = 38

    /// Parses `12`, `-3`, `0.5`, `1500.25` (surrounding spaces ignored); nothing else (no exponents,
    /// no locale), and nothing that a `Decimal` cannot hold exactly.
    public static func exact(_ text: String) -> Decimal? {
        let trimmed = text.trimmingSpaces()
        return Array(trimmed.utf8).withUnsafeBufferPointer { exact(bytes: $0) }
    }

    /// Whether text has the syntax `exact` reads (sign, digits, one point), whether or not it fits exactly.
    public static func isDecimalSyntax(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        var body = Substring(t)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return body.contains { $0.isASCII && $0.isNumber } && body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." } && body.filter { $0 == "." }.count <= 1
    }

    /// Parses the same syntax from bytes (no spaces allowed).
    public static func exact(bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        // First pass: syntax, the first and last significant digit, and where the point is.
        var dot = -1
        var first = -1
        var last = -1
        var sawDigit = false
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                if dot >= 0 { return nil }
                dot = i
            } else if b >= 0x30, b <= 0x39 {
                sawDigit = true
                if b != 0x30 {
                    if first < 0 { first = i }
                    last = i
                }
            } else {
                return nil
            }
            i += 1
        }
        guard sawDigit else { return nil }
        if first < 0 { return 0 }
        let point = dot >= 0 ? dot : n  // digits before `point` are whole, after it fractional
        // value = (digits first...last) × 10^exponent
        let exponent = last < point ? point - last - 1 : -(last - point)
        let count = (last - first + 1) - (first < point && point < last ? 1 : 0)
        guard count <= exactDigits, exponent >= -128, exponent <= 127 else { return nil }
        // Second pass: the significant digits, in two chunks of at most 19.
        var high: UInt64 = 0
        var low: UInt64 = 0
        var taken = 0
        let lowDigits = min(count, 19)
        var k = first
        while k <= last {
            let b = bytes[k]
            k += 1
            if b == UInt8(ascii: ".") { continue }
            if taken < count - lowDigits { high = high * 10 + UInt64(b - 0x30) } else { low = low * 10 + UInt64(b - 0x30) }
            taken += 1
        }
        var significand = Decimal(low)
        if count > 19 { significand += Decimal(high) * Decimal(sign: .plus, exponent: 19, significand: 1) }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
    }

    /// Whether bytes are a decimal exactly as `plain` writes it: `-`? digits without leading zeros,
    /// and a fraction without trailing zeros (`0`, `-3`, `0.5`, `1500.25`; not `+1`, `01`, `1.50`, `1.`, `.5`, `-0`).
    public static func isPlain(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        if i < n, b[i] == UInt8(ascii: "-") { i += 1 }
        let whole = i
        while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        let wholeDigits = i - whole
        guard wholeDigits > 0, wholeDigits == 1 || b[whole] != 0x30 else { return false }
        var nonZero = b[whole..<i].contains { $0 != 0x30 }
        if i < n {
            guard b[i] == UInt8(ascii: "."), i + 1 < n, b[n - 1] != 0x30 else { return false }
            i += 1
            while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i == n else { return false }
            nonZero = true
        }
        return nonZero || whole == 0  // "-0" is not plain
    }

    /// The number exactly, without trailing zeros, grouping or exponent: `10`, `0.5`, `3.79999999999`.
    public var plain: String {
        let text = description
        return text == "-0" ? "0" : text
    }

    /// The number of digits after the decimal point of a value as `exact` parsed it (0 for whole numbers).
    public var decimalPlaces: Int { exponent < 0 && !isZero ? -exponent : 0 }

    /// Rounded half-up (away from zero at .5) to `places` decimals, for display.
    public func rounded(_ places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    /// Whether the value is a whole multiple of `step`.
    public func isMultiple(of step: Decimal) -> Bool {
        guard step > 0 else { return true }
        let quotient = self / step
        return quotient.rounded(0) == quotient
    }
}
