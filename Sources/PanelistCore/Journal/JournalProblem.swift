/// One thing wrong with a journal, at a line (0 when it concerns the whole file).
public struct JournalProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number, or 0 for a problem with the whole file.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`, or the message alone for whole-file problems.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
