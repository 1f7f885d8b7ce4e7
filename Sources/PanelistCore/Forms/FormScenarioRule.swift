/// The form's scenario list: 环节 — 场景 with a 有/无 column to tick, or 环节 — 场景 — 实例.
public struct FormScenarioRule: Sendable, Equatable {
    /// Column headings that identify the table.
    public var header: [String]
    /// The column the applicant ticks (有/无), if the list is ticked.
    public var mark: String?
    /// The column naming the applicant's instance (实例), if any.
    public var instance: String?
    /// The line for scenarios outside the list (上述未列出的其他场景).
    public var other: String?
    /// The section that describes the scenarios (its text is searched for instance names).
    public var section: String?
    /// Where the rule is written in the template file.
    public var location: SourceLocation

    /// Creates a scenario rule.
    public init(header: [String], mark: String? = nil, instance: String? = nil, other: String? = nil, section: String? = nil, location: SourceLocation) {
        self.header = header
        self.mark = mark
        self.instance = instance
        self.other = other
        self.section = section
        self.location = location
    }
}
