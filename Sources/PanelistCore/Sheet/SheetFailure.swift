/// Why a score sheet cannot be imported: every problem found, in line order.
public struct SheetFailure: Error, Sendable, Equatable {
    /// Every problem found, in line order.
    public var problems: [SheetProblem]

    /// Creates a failure.
    public init(_ problems: [SheetProblem]) { self.problems = problems }
}
