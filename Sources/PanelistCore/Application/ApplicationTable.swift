/// A titled table of the form (equipment, services, patents, standards, honours …).
public struct ApplicationTable: Sendable, Equatable {
    public var id: String
    public var title: String
    public var columns: [String]
    public var rows: [[String]]
    /// Indicators (or gates) the table supports.
    public var indicators: [Located<String>]
    public var location: SourceLocation

    public init(id: String, title: String, columns: [String], rows: [[String]], indicators: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.indicators = indicators
        self.location = location
    }
}
