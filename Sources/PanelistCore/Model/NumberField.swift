import Foundation

/// A number the reviewer records for an indicator, entered or derived from other numbers.
public struct NumberField: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var unit: String
    /// The application fact that suggests a value (the reviewer confirms or overrides it).
    public var fact: String?
    /// For derived figures: numerator ÷ denominator × scale (004's a = local ÷ total × 100%).
    public var ratio: Ratio?
    /// The least and greatest values accepted; entries outside are refused.
    public var minimum: Decimal?
    public var maximum: Decimal?

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
        public var numerator: String
        public var denominator: String
        public var scale: Decimal
        public init(numerator: String, denominator: String, scale: Decimal) {
            self.numerator = numerator
            self.denominator = denominator
            self.scale = scale
        }
    }

    /// Whether the value is computed rather than entered.
    public var isDerived: Bool { ratio != nil }
}
