import Crypto

/// SHA-256 helpers for the chain and document hashes.
public enum JournalHash {
    /// 64 zeros: the `prev` of the header record.
    public static let zero = String(repeating: "0", count: 64)

    /// Hex SHA-256 of bytes.
    public static func sha256Hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        hex(Array(SHA256.hash(data: Array(bytes))))
    }

    /// Lower-case hex of bytes.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
