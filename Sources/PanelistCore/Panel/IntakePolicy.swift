/// Which journal problems the person merging explicitly accepts, and which keys are known.
public struct IntakePolicy: Sendable, Equatable {
    /// `--allow-unsigned`: merge journals that are not signed off.
    public var allowUnsigned: Bool
    /// `--allow-rubric-mismatch`: merge journals made under another version of the rubric.
    public var allowRubricMismatch: Bool
    /// `--fork-pick FILE`: of a fork, merge the journal with this file name; the others are refused.
    public var forkPicks: Set<String>
    /// Application id → the hex SHA-256 its journals must record (from application files given).
    public var applicationHashes: [String: String]
    /// The keys accepted (`--known-keys` and the panel's pinned keys); `nil`: keys are not checked.
    ///
    /// The merge command always passes a list (empty when none was given), so that a journal
    /// keyed to a key not on it is refused unless `--allow-unknown-keys`.
    public var knownKeys: KnownKeys?
    /// `--allow-unknown-keys`: merge journals keyed to keys not on the list (the report says so).
    public var allowUnknownKeys: Bool

    /// Creates a policy; by default nothing questionable is merged.
    public init(allowUnsigned: Bool = false, allowRubricMismatch: Bool = false, forkPicks: Set<String> = [], applicationHashes: [String: String] = [:],
                knownKeys: KnownKeys? = nil, allowUnknownKeys: Bool = false) {
        self.allowUnsigned = allowUnsigned
        self.allowRubricMismatch = allowRubricMismatch
        self.forkPicks = forkPicks
        self.applicationHashes = applicationHashes
        self.knownKeys = knownKeys
        self.allowUnknownKeys = allowUnknownKeys
    }
}
