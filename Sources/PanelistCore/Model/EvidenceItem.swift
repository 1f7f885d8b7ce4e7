/// A document the indicator expects as evidence (佐证材料, 举证), with the seed's marks.
public struct EvidenceItem: Sendable, Equatable {
    /// Stable id of the item within its indicator or gate.
    public var id: String
    /// What the document is, verbatim from the seed.
    public var text: LocalizedText
    /// Seed marks such as `*` (required), `√`, `P`.
    public var marks: [String]
    /// A minimum length the seed demands (e.g. 不少于 300 字), in characters.
    public var minChars: Int?

    /// Creates an evidence item.
    public init(id: String, text: LocalizedText, marks: [String] = [], minChars: Int? = nil) {
        self.id = id
        self.text = text
        self.marks = marks
        self.minChars = minChars
    }
}
