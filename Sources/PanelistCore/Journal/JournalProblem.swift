/// One thing wrong with a journal, at a line (0 when it concerns the whole file).
public struct JournalProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`, or the message alone for whole-file problems.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
