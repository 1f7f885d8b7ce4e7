/// A panel as the programme office forms it (`panelist-panel/1`): who scores which applications under which rubric.
///
/// Packages are made from it (one per reviewer), and merge checks the returns against it: expected
/// reviewers, assignments, declared conflicts and pinned keys. The format is documented in `docs/PANEL.md`.
public struct PanelPlan: Sendable, Equatable {
    /// A stable id of the panel, e.g. `zz-2024-panel-a`.
    public var id: String
    /// The panel's title as the office writes it.
    public var title: String
    /// The rubric every application is scored under.
    public var rubricID: String
    /// The deadline for returns, a local date `YYYY-MM-DD`, if set.
    public var deadline: String?
    /// The office's note to the experts.
    public var note: String
    /// The chair (组长).
    public var chair: PanelMember
    /// The experts, in the office's order.
    public var reviewers: [PanelMember]
    /// The applications of the panel as written: file paths (relative to the panel file) or ids.
    public var applications: [String]
    /// Where the plan was read from.
    public var location: SourceLocation

    /// Creates a plan.
    public init(id: String, title: String, rubricID: String, deadline: String?, note: String, chair: PanelMember,
                reviewers: [PanelMember], applications: [String], location: SourceLocation) {
        self.id = id
        self.title = title
        self.rubricID = rubricID
        self.deadline = deadline
        self.note = note
        self.chair = chair
        self.reviewers = reviewers
        self.applications = applications
        self.location = location
    }

    /// The applications a reviewer scores, out of the panel's application ids: the assigned ones
    /// (all when none are listed) less those the reviewer declared a conflict with.
    public func assignment(of reviewer: PanelMember, among applicationIDs: [String]) -> [String] {
        let assigned = reviewer.applications ?? applicationIDs
        let conflicted = Set(reviewer.conflicts.map(\.application))
        return applicationIDs.filter { assigned.contains($0) && !conflicted.contains($0) }
    }

    /// The reviewer with a name, if any.
    public func reviewer(named name: String) -> PanelMember? { reviewers.first { $0.name == name } }
}
