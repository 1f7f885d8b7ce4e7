import Foundation

/// The JSON of package and return manifests: sorted keys, pretty, unescaped slashes, a final newline.
enum ManifestJSON {
    /// Encodes a manifest.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0a]
    }

    /// Decodes a manifest, or says which (`what`, e.g. `manifest.json`) is not one, in `file`.
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], file: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch {
            throw AppError("\(file): \(what) is not a panelist \(what == "return.json" ? "return" : "package") manifest (\(describe(error)))")
        }
    }

    /// A short account of a decoding error.
    static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "missing '\(key.stringValue)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case .dataCorrupted(let context)?: return context.debugDescription
        default: return "\(error)"
        }
    }
}
