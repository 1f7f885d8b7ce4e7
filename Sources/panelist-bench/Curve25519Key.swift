import Crypto
import Foundation

/// Key construction for generated benchmark journals.
enum Curve25519Key {
    /// A private key from 32 raw bytes.
    static func make(_ raw: Data) throws -> Curve25519.Signing.PrivateKey { try Curve25519.Signing.PrivateKey(rawRepresentation: raw) }
    /// A fresh random key.
    static func random() -> Curve25519.Signing.PrivateKey { Curve25519.Signing.PrivateKey() }
}
