/// A problem found in an input file, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

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
