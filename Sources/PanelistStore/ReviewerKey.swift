import Crypto
import Foundation
import PanelistCore
#if canImport(Glibc)
import Glibc
#endif

/// A reviewer's Ed25519 signing key, created on first use in the config directory (file 0600).
public struct ReviewerKey {
    /// The private key.
    public let privateKey: Curve25519.Signing.PrivateKey

    /// Wraps a private key.
    public init(privateKey: Curve25519.Signing.PrivateKey) { self.privateKey = privateKey }

    /// Base64 of the raw public key, as the journal header carries it.
    public var publicKeyBase64: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// The key's fingerprint, e.g. `3f2a-91c0-7d4e-b812`.
    public var fingerprint: String { JournalSigning.fingerprint(rawPublicKey: Array(privateKey.publicKey.rawRepresentation)) }

    /// Signs a chain head; returns the base64 signature.
    public func sign(head: String) throws(StoreError) -> String {
        do {
            return try privateKey.signature(for: Data(JournalSigning.message(head: head))).base64EncodedString()
        } catch {
            throw StoreError(zh: "签名失败：\(error)", en: "signing failed: \(error)")
        }
    }

    /// Loads the key at `path`, or creates it (directory 0700, file 0600) if there is none.
    public static func loadOrCreate(at path: String) throws(StoreError) -> ReviewerKey {
        if access(path, F_OK) == 0 { return try load(path) }
        let dir = String(path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/"))
        if !dir.isEmpty { try StatePaths.makeDirectory(dir) }
        let key = ReviewerKey(privateKey: Curve25519.Signing.PrivateKey())
        let text = "panelist-key/1 " + key.privateKey.rawRepresentation.base64EncodedString() + "\n"
        do throws(StoreError) {
            try Posix.createFile(path, Array(text.utf8))
        } catch {
            if access(path, F_OK) == 0 { return try load(path) }  // another process created it first
            throw error
        }
        return key
    }

    /// Loads a key file written by `loadOrCreate`.
    public static func load(_ path: String) throws(StoreError) -> ReviewerKey {
        let text = String(decoding: try Posix.readFile(path), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0] == "panelist-key/1", let raw = Data(base64Encoded: String(parts[1])),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw StoreError(zh: "密钥文件 \(path) 格式不正确；请从备份恢复，切勿删除（删除后将生成新的密钥，旧签名无法再对应）。",
                             en: "the key file \(path) is not a panelist key; restore it from a backup (deleting it makes a new key that no longer matches your earlier signatures)")
        }
        _ = chmod(path, 0o600)
        return ReviewerKey(privateKey: key)
    }
}
