/// One person of a panel: an expert or the chair, by name, with a pinned key and their conflicts.
public struct PanelMember: Sendable, Equatable {
    /// The person's name as it will appear in the journal and the report.
    public var name: String
    /// The key fingerprint the office pinned for this person (normalised, `3bbe-87f6-e187-2aa9`), if any.
    public var key: String?
    /// The application ids assigned to this person; nil: every application of the panel.
    public var applications: [String]?
    /// Declared conflicts of interest (回避): these applications are not given to this person.
    public var conflicts: [PanelConflict]
    /// Where the member is written in the panel file.
    public var location: SourceLocation

    /// Creates a member.
    public init(name: String, key: String? = nil, applications: [String]? = nil, conflicts: [PanelConflict] = [], location: SourceLocation) {
        self.name = name
        self.key = key
        self.applications = applications
        self.conflicts = conflicts
        self.location = location
    }
}
