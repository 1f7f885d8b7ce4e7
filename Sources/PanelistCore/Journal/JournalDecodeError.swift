/// A record whose fields do not match the journal format; the message says which field.
public struct JournalDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, in English (the parser adds file and line).
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
