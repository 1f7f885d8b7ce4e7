/// A titled table of the form, recognised by its column headings.
public struct FormTableRule: Sendable, Equatable {
    /// The application table id it becomes.
    public var id: String
    /// The table's title as the form prints it.
    public var title: String
    /// Column headings as the form prints them (序号 is dropped).
    public var header: [String]
    /// Indicator and gate ids the table supports.
    public var indicators: [String]
    /// A column holding the group heading rows (一、智能装备 …) above each row, if the table has them.
    public var groupColumn: String?
    /// Where the rule is written in the template file.
    public var location: SourceLocation

    /// Creates a table rule.
    public init(id: String, title: String, header: [String], indicators: [String] = [], groupColumn: String? = nil, location: SourceLocation) {
        self.id = id
        self.title = title
        self.header = header
        self.indicators = indicators
        self.groupColumn = groupColumn
        self.location = location
    }
}
