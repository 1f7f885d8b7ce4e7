/// Who signed a journal, when, and over which chain head, as `verify` reports it.
public struct JournalSigner: Sendable, Equatable {
    /// Line of the sign-off record.
    public var line: Int
    /// The signer's name, from the journal header.
    public var name: String
    /// Fingerprint of the key that signed.
    public var fingerprint: String
    /// ISO-8601 time of the sign-off.
    public var time: String
    /// The chain head (record checksum) the sign-off covers.
    public var head: String
    /// Whether the signature checks against the header's key.
    public var valid: Bool

    /// Creates a signer entry.
    public init(line: Int, name: String, fingerprint: String, time: String, head: String, valid: Bool) {
        self.line = line
        self.name = name
        self.fingerprint = fingerprint
        self.time = time
        self.head = head
        self.valid = valid
    }
}
