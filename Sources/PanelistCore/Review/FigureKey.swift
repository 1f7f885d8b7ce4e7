/// One number field of one indicator (`2.1` / `investment`): where a verified figure is entered.
public struct FigureKey: Sendable, Hashable, Comparable {
    /// The indicator id.
    public var indicator: String
    /// The number field's id within the indicator.
    public var number: String

    /// Creates a key.
    public init(indicator: String, number: String) {
        self.indicator = indicator
        self.number = number
    }

    /// Orders by indicator, then number.
    public static func < (a: FigureKey, b: FigureKey) -> Bool { (a.indicator, a.number) < (b.indicator, b.number) }
}
