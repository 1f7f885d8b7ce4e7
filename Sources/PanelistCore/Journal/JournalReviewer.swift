/// The reviewer a journal belongs to, with the public key that signs it.
public struct JournalReviewer: Sendable, Equatable {
    /// Display name, e.g. 张工.
    public var name: String
    /// Stable reviewer id (fingerprint-derived unless given).
    public var id: String
    /// Base64 of the raw 32-byte Ed25519 public key.
    public var publicKey: String
    /// Fingerprint of the public key (see `KeyFingerprint`).
    public var fingerprint: String

    /// Creates a reviewer entry.
    public init(name: String, id: String, publicKey: String, fingerprint: String) {
        self.name = name
        self.id = id
        self.publicKey = publicKey
        self.fingerprint = fingerprint
    }
}
