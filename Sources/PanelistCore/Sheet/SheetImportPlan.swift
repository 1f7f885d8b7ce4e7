/// The actions an import appends, in sheet order, with the sheet line each comes from.
public struct SheetImportPlan: Sendable, Equatable {
    /// The actions, already validated in order against the journal's state.
    public var actions: [JournalAction]
    /// The sheet line of each action (0 for a field left empty that clears an entry).
    public var lines: [Int]
    /// Entries the journal changed after the sheet's export and the sheet left as exported: kept as in the journal.
    public var kept: [SheetKey]

    /// Creates a plan.
    public init(actions: [JournalAction], lines: [Int], kept: [SheetKey]) {
        self.actions = actions
        self.lines = lines
        self.kept = kept
    }
}
