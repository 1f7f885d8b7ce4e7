/// A number of an indicator that has no rubric fact, stated by the application
/// (`numbers:` → `"4.1": {local: "420万元", total: "1,160万元"}`).
public struct StatedIndicatorNumber: Sendable, Equatable {
    /// The indicator id.
    public var indicator: Located<String>
    /// The indicator's number id.
    public var id: String
    /// The figure as written, parsed to a value and unit.
    public var number: StatedNumber
    /// Where the number id is written.
    public var keyLocation: SourceLocation

    /// Creates a stated indicator number.
    public init(indicator: Located<String>, id: String, number: StatedNumber, keyLocation: SourceLocation) {
        self.indicator = indicator
        self.id = id
        self.number = number
        self.keyLocation = keyLocation
    }
}
