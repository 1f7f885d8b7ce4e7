/// A rubric fact stated by the application (`facts:` → `investment_total: "1,800万元"`).
public struct StatedFact: Sendable, Equatable {
    /// The rubric fact id.
    public var id: String
    public var number: StatedNumber
    /// Where the fact id is written.
    public var keyLocation: SourceLocation

    public init(id: String, number: StatedNumber, keyLocation: SourceLocation) {
        self.id = id
        self.number = number
        self.keyLocation = keyLocation
    }
}
