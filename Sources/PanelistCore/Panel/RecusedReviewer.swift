/// A reviewer who declared a conflict of interest (回避) and is excluded from an application.
public struct RecusedReviewer: Sendable, Equatable {
    public var id: String
    public var name: String
    public var fingerprint: String
    public var reason: String

    /// Creates an entry.
    public init(id: String, name: String, fingerprint: String, reason: String) {
        self.id = id
        self.name = name
        self.fingerprint = fingerprint
        self.reason = reason
    }
}
