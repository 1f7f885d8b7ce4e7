/// A figure computed by adding one column of a table's rows, optionally only rows whose other column contains a text.
public struct FormSumRule: Sendable, Equatable {
    /// Where the sum goes (a fact or indicator number).
    public var target: FormTarget
    /// The table rule id.
    public var table: String
    /// The column added.
    public var column: String
    /// Only rows whose column (key) contains the text (value), e.g. 产地: 株洲本地.
    public var filter: (column: String, contains: String)?
    /// The unit of the sum, e.g. 万元.
    public var unit: String
    /// Where the rule is written in the template file.
    public var location: SourceLocation

    /// Creates a sum rule.
    public init(target: FormTarget, table: String, column: String, filter: (column: String, contains: String)? = nil, unit: String, location: SourceLocation) {
        self.target = target
        self.table = table
        self.column = column
        self.filter = filter
        self.unit = unit
        self.location = location
    }

    /// Equal when every part is equal.
    public static func == (a: FormSumRule, b: FormSumRule) -> Bool {
        a.target == b.target && a.table == b.table && a.column == b.column && a.filter?.column == b.filter?.column
            && a.filter?.contains == b.filter?.contains && a.unit == b.unit && a.location == b.location
    }
}
