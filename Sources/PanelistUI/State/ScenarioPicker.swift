/// The scenario checklist: which of the table's scenarios the reviewer confirms.
public struct ScenarioPicker: Sendable, Equatable {
    /// Ids of the table's scenarios ticked as confirmed.
    public var selected: Set<String>
    /// How many scenarios outside the table are confirmed.
    public var other: Int
    /// Index of the selected row (the last row is the "other" count).
    public var cursor: Int
    /// First row shown.
    public var scroll: Int

    /// Starts the picker from the current confirmations, on its first row.
    public init(selected: Set<String>, other: Int) {
        self.selected = selected
        self.other = other
        self.cursor = 0
        self.scroll = 0
    }
}
