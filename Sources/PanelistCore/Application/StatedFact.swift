/// A rubric fact stated by the application (`facts:` → `investment_total: "1,800万元"`).
public struct StatedFact: Sendable, Equatable {
    /// The rubric fact id.
    public var id: String
    /// The figure as written, parsed to a value and unit.
    public var number: StatedNumber
    /// Where the fact id is written.
    public var keyLocation: SourceLocation

    /// Creates a stated fact.
    public init(id: String, number: StatedNumber, keyLocation: SourceLocation) {
        self.id = id
        self.number = number
        self.keyLocation = keyLocation
    }
}
