/// The outcome of checking the input journals: every entry and the submissions to merge.
public struct IntakeReport: Sendable, Equatable {
    /// Every input, sorted by application, reviewer and file.
    public var entries: [IntakeEntry]
    /// The journals admitted, sorted by application and reviewer.
    public var submissions: [PanelSubmission]
    /// The chair journal, if one was given.
    public var chair: ChairIntake?

    /// Creates a report.
    public init(entries: [IntakeEntry], submissions: [PanelSubmission], chair: ChairIntake? = nil) {
        self.entries = entries
        self.submissions = submissions
        self.chair = chair
    }

    /// Entries not merged because of a problem.
    public var refused: [IntakeEntry] { entries.filter { $0.decision == .refused } }
}
