/// A problem found in a score sheet: the 1-based line (0 for the whole sheet), the column if known, and what is wrong.
public struct SheetProblem: Sendable, Equatable, Error, CustomStringConvertible {
    /// 1-based line number, or 0 for the whole sheet.
    public var line: Int
    /// 1-based column (in characters), when the problem is at a place in the line.
    public var column: Int?
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(line: Int, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line N: message` (`line N, column C: …`), or the message alone for the whole sheet.
    public var description: String {
        guard line > 0 else { return message }
        return column.map { "line \(line), column \($0): \(message)" } ?? "line \(line): \(message)"
    }
}
