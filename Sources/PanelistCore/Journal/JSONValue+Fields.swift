import Foundation

/// Typed field access for decoding records, throwing `JournalDecodeError` naming the field.
extension JSONValue {
    /// A required string field.
    func str(_ key: String) throws(JournalDecodeError) -> String {
        guard let s = self[key]?.stringValue else { throw JournalDecodeError("field '\(key)' must be a string") }
        return s
    }

    /// A string field that may be `null` or absent.
    func optStr(_ key: String) throws(JournalDecodeError) -> String? {
        guard let v = self[key], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw JournalDecodeError("field '\(key)' must be a string or null") }
        return s
    }

    /// A required integer field.
    func int(_ key: String) throws(JournalDecodeError) -> Int {
        guard let n = self[key]?.intValue else { throw JournalDecodeError("field '\(key)' must be an integer") }
        return n
    }

    /// A required boolean field.
    func bool(_ key: String) throws(JournalDecodeError) -> Bool {
        guard let b = self[key]?.boolValue else { throw JournalDecodeError("field '\(key)' must be true or false") }
        return b
    }

    /// A decimal written as a string ("0.5"), or `null`.
    func optDecimal(_ key: String) throws(JournalDecodeError) -> Decimal? {
        guard let s = try optStr(key) else { return nil }
        guard let d = Decimal.exact(s) else { throw JournalDecodeError("field '\(key)' must be a decimal string such as \"0.5\"") }
        return d
    }

    /// A required object field.
    func obj(_ key: String) throws(JournalDecodeError) -> JSONValue {
        guard let v = self[key], case .object = v else { throw JournalDecodeError("field '\(key)' must be an object") }
        return v
    }
}
