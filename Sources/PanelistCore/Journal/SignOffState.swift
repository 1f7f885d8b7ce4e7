import Foundation

/// A sign-off in force: the chain head signed, by which key, when.
public struct SignOffState: Sendable, Equatable {
    /// The chain head (the `sum` of the record before the sign-off).
    public var head: String
    /// Fingerprint of the signing key.
    public var fingerprint: String
    /// When it was signed.
    public var time: Date
    /// Sequence number of the sign-off record.
    public var seq: Int

    /// Creates a sign-off state.
    public init(head: String, fingerprint: String, time: Date, seq: Int) {
        self.head = head
        self.fingerprint = fingerprint
        self.time = time
        self.seq = seq
    }
}
