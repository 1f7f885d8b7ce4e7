import Crypto
import Foundation

/// What a sign-off signs, key fingerprints, and signature checks.
public enum JournalSigning {
    /// The bytes signed at sign-off: `panelist-signoff/1\n` followed by the chain head.
    public static func message(head: String) -> [UInt8] { Array("panelist-signoff/1\n".utf8) + Array(head.utf8) }

    /// Fingerprint of a raw public key: the first 16 hex digits of its SHA-256, in groups of four.
    public static func fingerprint(rawPublicKey: [UInt8]) -> String {
        let hex = Array(JournalHash.sha256Hex(rawPublicKey).prefix(16))
        return stride(from: 0, to: 16, by: 4).map { String(hex[$0..<($0 + 4)]) }.joined(separator: "-")
    }

    /// Normalises a fingerprint the user typed (case, spaces, dashes, colons).
    public static func normalise(_ fingerprint: String) -> String {
        let hex = fingerprint.lowercased().filter { $0.isHexDigit }
        guard hex.count == 16 else { return fingerprint.lowercased() }
        let chars = Array(hex)
        return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<($0 + 4)]) }.joined(separator: "-")
    }

    /// Whether `signature` (base64) is a valid Ed25519 signature of the head by `publicKey` (base64 raw).
    public static func isValid(signature: String, head: String, publicKey: String) -> Bool {
        guard let sig = Data(base64Encoded: signature), let raw = Data(base64Encoded: publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(sig, for: Data(message(head: head)))
    }
}
