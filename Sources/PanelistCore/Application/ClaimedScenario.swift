/// A scenario the application claims (环节 — 场景 — 实例), from the rubric's table or outside it.
public struct ClaimedScenario: Sendable, Equatable {
    /// The segment id as written (optional; checked against the table when given).
    public var segment: String?
    /// The scenario id of the rubric's table; `nil` for a scenario outside the table.
    public var scenario: String?
    /// For a scenario outside the table (上述未列出的其他场景): its name.
    public var otherTitle: String?
    /// The applicant's instance name (实例), e.g. 齿轮箱体柔性加工单元.
    public var instance: String
    /// The section that describes it.
    public var section: String?
    /// Where the claim is written in the application file.
    public var location: SourceLocation

    /// Creates a claimed scenario; give `scenario` for one in the table, `otherTitle` for one outside it.
    public init(segment: String? = nil, scenario: String? = nil, otherTitle: String? = nil, instance: String, section: String? = nil, location: SourceLocation) {
        self.segment = segment
        self.scenario = scenario
        self.otherTitle = otherTitle
        self.instance = instance
        self.section = section
        self.location = location
    }
}
