/// A score sheet as read: its header, its entries, and which blocks it contains.
public struct ParsedSheet: Sendable, Equatable {
    /// The sheet's header block.
    public var header: SheetHeader
    /// The entries read from the sheet.
    public var entries: SheetEntries
    /// Ids of the gates and indicators that have a block (`""` for the overall opinion).
    public var blocks: Set<String>

    /// Creates a parsed sheet.
    public init(header: SheetHeader, entries: SheetEntries, blocks: Set<String>) {
        self.header = header
        self.entries = entries
        self.blocks = blocks
    }
}
