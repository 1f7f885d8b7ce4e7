import Foundation

/// A number the reviewer records for an indicator, entered or derived from other numbers.
public struct NumberField: Sendable, Equatable {
    /// Stable id of the number within its indicator.
    public var id: String
    /// The number's title.
    public var title: LocalizedText
    /// The unit the number is recorded in, e.g. `万元` or `%`.
    public var unit: String
    /// The application fact that suggests a value (the reviewer confirms or overrides it).
    public var fact: String?
    /// For derived figures: numerator ÷ denominator × scale (004's a = local ÷ total × 100%).
    public var ratio: Ratio?
    /// The least and greatest values accepted; entries outside are refused.
    public var minimum: Decimal?
    /// See `minimum`; `nil` for no upper limit.
    public var maximum: Decimal?

    /// Creates a number field (not below 0 unless told).
    public init(
        id: String, title: LocalizedText, unit: String = "", fact: String? = nil, ratio: Ratio? = nil,
        minimum: Decimal? = 0, maximum: Decimal? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.fact = fact
        self.ratio = ratio
        self.minimum = minimum
        self.maximum = maximum
    }

    /// A derived figure: numerator ÷ denominator × scale.
    public struct Ratio: Sendable, Equatable {
        /// Id of the number divided.
        public var numerator: String
        /// Id of the number divided by.
        public var denominator: String
        /// Factor the quotient is multiplied by, e.g. 100 for a percentage.
        public var scale: Decimal
        /// The numerator is a part of the denominator (004: local spending is part of all spending),
        /// so it can never exceed it (`share: true`).
        public var isShare: Bool
        /// What a zero denominator (with a zero numerator) records instead of a ratio, where the
        /// seed allows it (004: "无此项费用"); `nil` refuses a zero denominator (`zero_total:`).
        public var zeroTotal: LocalizedText?
        /// Creates a ratio.
        public init(numerator: String, denominator: String, scale: Decimal, isShare: Bool = false, zeroTotal: LocalizedText? = nil) {
            self.numerator = numerator
            self.denominator = denominator
            self.scale = scale
            self.isShare = isShare
            self.zeroTotal = zeroTotal
        }
    }

    /// A value as the screen and the printouts show it: a ratio half-up to two places (`50.00%`),
    /// any other number as entered, each with its unit. Bands compare the exact value.
    public func display(_ value: Decimal) -> String {
        (isDerived ? RoundingRule(places: 2).format(value) : value.plain) + unit
    }

    /// Whether the value is computed rather than entered.
    public var isDerived: Bool { ratio != nil }
}
