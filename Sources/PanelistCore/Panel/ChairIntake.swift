/// The chair journal as the merge saw it: the chair, the decision, issues and resolutions.
public struct ChairIntake: Sendable, Equatable {
    /// The chair journal's file, reviewer, decision and issues.
    public var entry: IntakeEntry
    /// The replayed state; `nil` when the journal was refused.
    public var state: ChairState?

    /// Creates a chair intake.
    public init(entry: IntakeEntry, state: ChairState?) {
        self.entry = entry
        self.state = state
    }
}
