/// An error of the application layer: a message already in the user's language, naming the file and what to do.
public struct AppError: Error, CustomStringConvertible, Sendable {
    /// The message shown to the user.
    public var description: String
    /// Creates an error with its message.
    public init(_ description: String) { self.description = description }
}
