/// Which journal problems the person merging explicitly accepts.
public struct IntakePolicy: Sendable, Equatable {
    /// `--allow-unsigned`: merge journals that are not signed off.
    public var allowUnsigned: Bool
    /// `--allow-rubric-mismatch`: merge journals made under another version of the rubric.
    public var allowRubricMismatch: Bool
    /// `--fork-pick FILE`: of a fork, merge the journal with this file name; the others are refused.
    public var forkPicks: Set<String>
    /// Application id → the hex SHA-256 its journals must record (from application files given).
    public var applicationHashes: [String: String]

    /// Creates a policy; by default nothing questionable is merged.
    public init(allowUnsigned: Bool = false, allowRubricMismatch: Bool = false, forkPicks: Set<String> = [], applicationHashes: [String: String] = [:]) {
        self.allowUnsigned = allowUnsigned
        self.allowRubricMismatch = allowRubricMismatch
        self.forkPicks = forkPicks
        self.applicationHashes = applicationHashes
    }
}
