import Foundation

/// How a panel value is rounded, once, at the indicator.
public struct RoundingRule: Sendable, Equatable {
    /// Decimal places kept.
    public var places: Int
    /// How a value halfway between is rounded.
    public var mode: Mode

    /// Creates a rule (default: half-up to two places).
    public init(places: Int = 2, mode: Mode = .halfUp) {
        self.places = places
        self.mode = mode
    }

    /// The rounding mode.
    public enum Mode: String, Sendable, CaseIterable {
        /// 四舍五入: .5 rounds away from zero.
        case halfUp = "half_up"
        /// Banker's rounding: .5 rounds to the even digit.
        case halfEven = "half_even"
        /// Truncation toward zero.
        case down
    }

    /// Rounds an exact value by this rule.
    public func apply(_ value: Decimal) -> Decimal {
        var v = value
        var result = Decimal()
        let m: NSDecimalNumber.RoundingMode
        switch mode {
        case .halfUp: m = .plain
        case .halfEven: m = .bankers
        case .down: m = value < 0 ? .up : .down
        }
        NSDecimalRound(&result, &v, places, m)
        return result
    }

    /// The value written with exactly `places` decimals, e.g. `7.50`.
    public func format(_ value: Decimal) -> String {
        let rounded = apply(value)
        var text = rounded.plain
        guard places > 0 else { return text }
        if !text.contains(".") { text += "." }
        let decimals = text.count - (text.firstIndex(of: ".").map { text.distance(from: text.startIndex, to: $0) } ?? text.count) - 1
        if decimals < places { text += String(repeating: "0", count: places - decimals) }
        return text
    }
}
