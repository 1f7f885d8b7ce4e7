import Foundation

/// A figure as the application writes it ("1,800万元", "85%", "三级"), parsed to an exact value and a unit.
public struct StatedNumber: Sendable, Equatable {
    /// The text exactly as written.
    public var text: String
    /// The exact value parsed from the text.
    public var value: Decimal
    /// The unit as written after the number ("万元", "%", "级"); empty when none was written.
    public var unit: String
    /// Where the figure is written in the application file.
    public var location: SourceLocation

    /// Creates a stated figure from its text and parsed value and unit.
    public init(text: String, value: Decimal, unit: String, location: SourceLocation) {
        self.text = text
        self.value = value
        self.unit = unit
        self.location = location
    }

    /// The value with the unit the rubric uses, e.g. `1800万元`.
    public func display(unit fallback: String = "") -> String {
        value.plain + (unit.isEmpty ? fallback : unit)
    }
}
