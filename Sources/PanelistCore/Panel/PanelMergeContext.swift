/// What merge knows besides the journals: the applications' names and titles, the panel file, the flags given.
public struct PanelMergeContext: Sendable, Equatable {
    /// Application id → applicant and title (from `--application` files and the panel file's applications).
    public var applications: [String: ApplicationInfo]
    /// The panel file with its applications resolved, if `--panel` was given.
    public var roster: PanelRoster?
    /// The explicit flags given that admit an incomplete report (`--allow-missing`, `--allow-refused`, `--allow-unsigned`).
    public var flags: Set<String>

    /// Creates a context; by default nothing is known and nothing admitted.
    public init(applications: [String: ApplicationInfo] = [:], roster: PanelRoster? = nil, flags: Set<String> = []) {
        self.applications = applications
        self.roster = roster
        self.flags = flags
    }
}
