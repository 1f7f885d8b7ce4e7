/// A document the indicator expects as evidence (佐证材料, 举证), with the seed's marks.
public struct EvidenceItem: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    /// Seed marks such as `*` (required), `√`, `P`.
    public var marks: [String]
    /// A minimum length the seed demands (e.g. 不少于 300 字), in characters.
    public var minChars: Int?

    public init(id: String, text: LocalizedText, marks: [String] = [], minChars: Int? = nil) {
        self.id = id
        self.text = text
        self.marks = marks
        self.minChars = minChars
    }
}
