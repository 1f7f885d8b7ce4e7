import Foundation

/// Typed access to a record's fields, whether read from a parsed `JSONValue` or straight from a line's bytes.
///
/// Every accessor throws `JournalDecodeError` naming the field when it is missing or of the wrong type.
public protocol JournalFields {
    /// The field as a JSON value, if present.
    subscript(_ key: String) -> JSONValue? { get }
    /// A required string field.
    func str(_ key: String) throws(JournalDecodeError) -> String
    /// A string field that may be `null` or absent.
    func optStr(_ key: String) throws(JournalDecodeError) -> String?
    /// A string field written only when it has a value (absent means none; never `null`).
    func omittedStr(_ key: String) throws(JournalDecodeError) -> String?
    /// A required integer field.
    func int(_ key: String) throws(JournalDecodeError) -> Int
    /// A required boolean field.
    func bool(_ key: String) throws(JournalDecodeError) -> Bool
    /// A decimal written as a string (`"0.5"`), or `null`.
    func optDecimal(_ key: String) throws(JournalDecodeError) -> Decimal?
    /// A required object field.
    func obj(_ key: String) throws(JournalDecodeError) -> JSONValue
}
