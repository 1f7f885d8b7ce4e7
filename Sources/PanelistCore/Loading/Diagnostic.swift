/// A problem found in an input file, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem stops loading or is only a warning.
    public var severity: Severity
    /// Where the problem is in the input file.
    public var location: SourceLocation
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// Errors make a file unusable; warnings are reported and the file is used.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// `file:line:column: error: message`, as compilers print it.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
