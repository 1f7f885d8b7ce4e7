import Foundation

/// Typed field access for decoding records, throwing `JournalDecodeError` naming the field.
extension JSONValue: JournalFields {
    /// A required string field.
    public func str(_ key: String) throws(JournalDecodeError) -> String {
        guard let s = self[key]?.stringValue else { throw JournalDecodeError("field '\(key)' must be a string") }
        return s
    }

    /// A string field that may be `null` or absent.
    public func optStr(_ key: String) throws(JournalDecodeError) -> String? {
        guard let v = self[key], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw JournalDecodeError("field '\(key)' must be a string or null") }
        return s
    }

    /// A string field written only when it has a value (absent means none).
    public func omittedStr(_ key: String) throws(JournalDecodeError) -> String? {
        guard let v = self[key] else { return nil }
        guard let s = v.stringValue else { throw JournalDecodeError("field '\(key)' must be a string when present") }
        return s
    }

    /// A required integer field.
    public func int(_ key: String) throws(JournalDecodeError) -> Int {
        guard let n = self[key]?.intValue else { throw JournalDecodeError("field '\(key)' must be an integer") }
        return n
    }

    /// A required boolean field.
    public func bool(_ key: String) throws(JournalDecodeError) -> Bool {
        guard let b = self[key]?.boolValue else { throw JournalDecodeError("field '\(key)' must be true or false") }
        return b
    }

    /// A decimal written as a string ("0.5"), or `null`.
    public func optDecimal(_ key: String) throws(JournalDecodeError) -> Decimal? {
        guard let s = try optStr(key) else { return nil }
        var text = s
        guard let d = text.withUTF8({ Decimal.isPlain(bytes: $0) ? Decimal.exact(bytes: $0) : nil }) else {
            throw JournalDecodeError("field '\(key)' must be a decimal string such as \"0.5\", written exactly (at most \(Decimal.exactDigits) digits)")
        }
        return d
    }

    /// A required object field.
    public func obj(_ key: String) throws(JournalDecodeError) -> JSONValue {
        guard let v = self[key], case .object = v else { throw JournalDecodeError("field '\(key)' must be an object") }
        return v
    }
}
