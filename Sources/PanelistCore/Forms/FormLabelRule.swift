/// A labelled region of the form read as KPIs: a matrix (主要经济指标) or a block of pairs (智能制造实施效果).
public struct FormLabelRule: Sendable, Equatable {
    /// The region's heading cell as the form prints it.
    public var label: String
    /// Where the rule is written in the template file.
    public var location: SourceLocation

    /// Creates a rule.
    public init(label: String, location: SourceLocation) {
        self.label = label
        self.location = location
    }
}
