/// Whether the report covers every expected reviewer with nothing refused, and which flags admitted what.
public struct PanelCompleteness: Sendable, Equatable {
    /// What is missing or refused, in a stable order.
    public var problems: [CompletenessProblem]
    /// The explicit flags given (e.g. `--allow-missing`), each admitting its kind of problem.
    public var flags: Set<String>
    /// Flags that admitted journals into the merge (e.g. `--allow-unsigned` for an unsigned journal merged).
    public var admittingFlags: [String]
    /// Whether a panel file said who is expected (without it, missing reviewers cannot be known).
    public var expectationsKnown: Bool

    /// Creates a completeness record.
    public init(problems: [CompletenessProblem] = [], flags: Set<String> = [], admittingFlags: [String] = [], expectationsKnown: Bool = false) {
        self.problems = problems
        self.flags = flags
        self.admittingFlags = admittingFlags
        self.expectationsKnown = expectationsKnown
    }

    /// Problems no flag admits: merge exits non-zero when any remain.
    public var unadmitted: [CompletenessProblem] { problems.filter { !flags.contains($0.flag) } }

    /// Whether nothing is missing or refused.
    public var isComplete: Bool { problems.isEmpty }

    /// The flags that the report was issued under (admitting a problem or a journal), sorted.
    public var flagsInForce: [String] {
        Set(problems.map(\.flag).filter { flags.contains($0) } + admittingFlags).sorted()
    }
}
