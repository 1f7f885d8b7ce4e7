/// A reviewer who declared a conflict of interest (回避) and is excluded from an application.
public struct RecusedReviewer: Sendable, Equatable {
    /// The reviewer id.
    public var id: String
    /// The reviewer's display name.
    public var name: String
    /// Fingerprint of the reviewer's public key.
    public var fingerprint: String
    /// The conflict of interest the reviewer declared.
    public var reason: String

    /// Whether the conflict was declared in the panel file (no journal), rather than recorded in a journal.
    public var declaredInPanel: Bool

    /// Creates an entry.
    public init(id: String, name: String, fingerprint: String, reason: String, declaredInPanel: Bool = false) {
        self.declaredInPanel = declaredInPanel
        self.id = id
        self.name = name
        self.fingerprint = fingerprint
        self.reason = reason
    }
}
