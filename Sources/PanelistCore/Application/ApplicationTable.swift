/// A titled table of the form (equipment, services, patents, standards, honours …).
public struct ApplicationTable: Sendable, Equatable {
    /// Stable id of the table within the application.
    public var id: String
    /// The table's heading as on the form.
    public var title: String
    /// Column headings, left to right.
    public var columns: [String]
    /// The rows, each a cell per column (empty when blank).
    public var rows: [[String]]
    /// Indicators (or gates) the table supports.
    public var indicators: [Located<String>]
    /// Where the table is written in the application file.
    public var location: SourceLocation

    /// Creates a table.
    public init(id: String, title: String, columns: [String], rows: [[String]], indicators: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.indicators = indicators
        self.location = location
    }
}
