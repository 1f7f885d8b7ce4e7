/// A problem found in a score sheet: the 1-based line (0 for the whole sheet) and what is wrong.
public struct SheetProblem: Sendable, Equatable, Error, CustomStringConvertible {
    /// 1-based line number, or 0 for the whole sheet.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line N: message`, or the message alone for the whole sheet.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
