import Foundation

/// Exact decimal helpers: parsing without locale surprises and plain formatting.
///
/// Rounding rule: a single reviewer's points are never rounded (every seed value is a
/// finite decimal such as 0.5, and sums and products of finite decimals are exact).
/// Derived ratios are compared with band edges exactly; they are rounded half-up to
/// two places only for display.
extension Decimal {
    /// Parses `12`, `-3`, `0.5`, `1500.25`; nothing else (no exponents, no locale).
    public static func exact(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        var sawDigit = false
        var sawDot = false
        for (index, ch) in trimmed.enumerated() {
            if ch == "-" || ch == "+" {
                if index != 0 { return nil }
            } else if ch == "." {
                if sawDot { return nil }
                sawDot = true
            } else if ch.isASCII, ch.isNumber {
                sawDigit = true
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The number without trailing zeros or grouping, e.g. `10`, `0.5`, `1500`.
    public var plain: String {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

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
