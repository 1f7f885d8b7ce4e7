/// A JSON value as journals use it: objects, arrays, strings, integers, booleans and null.
///
/// Journals never hold binary floating point: decimals are written as strings ("0.5") so
/// that they stay exact. `canonical` is the one encoding that checksums are computed over.
public enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    /// The member of an object with a key (nil for other values or a missing key).
    public subscript(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is an integer.
    public var intValue: Int? {
        if case .int(let n) = self { return n }
        return nil
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }
}
