/// A table of the panel's spreadsheets made one part at a time (an application's rows), so that a
/// panel of hundreds of applications is written to CSV or a workbook without holding all its rows.
public struct PanelSheet: Sendable {
    /// The sheet's name (Chinese or English).
    public let name: String
    /// Lines above the header row (the completeness status), each one cell.
    public let preamble: [String]
    /// The header row.
    public let heads: [String]
    /// How many parts the rows come in.
    public let parts: Int
    /// The rows of one part, in order.
    public let rows: @Sendable (Int) -> [[PanelTable.Cell]]

    /// A sheet whose rows are made part by part.
    public init(name: String, preamble: [String], heads: [String], parts: Int, rows: @escaping @Sendable (Int) -> [[PanelTable.Cell]]) {
        self.name = name
        self.preamble = preamble
        self.heads = heads
        self.parts = parts
        self.rows = rows
    }

    /// A whole table as a sheet of one part.
    public init(_ table: PanelTable) {
        self.init(name: table.name, preamble: table.preamble, heads: table.heads, parts: 1) { _ in table.rows }
    }

    /// Every row at once, as a table.
    public var table: PanelTable {
        PanelTable(name: name, preamble: preamble, heads: heads, rows: (0..<parts).flatMap { rows($0) })
    }
}
