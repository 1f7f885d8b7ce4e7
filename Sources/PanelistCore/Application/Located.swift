/// A value read from an application file, with where it is written.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value read.
    public var value: Value
    /// Where the value is written in the file.
    public var location: SourceLocation

    /// Pairs a value with where it is written.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
