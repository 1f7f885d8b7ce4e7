/// The entries of a YAML mapping whose keys were checked against an allowed list.
struct YAMLMap {
    let entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)]
    let owner: YAMLValue
    let context: String

    /// The value of a key, if present.
    subscript(_ key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    /// The value of a key that must be present.
    func require(_ key: String, hint: String = "") throws -> YAMLValue {
        guard let value = self[key] else {
            throw owner.error("\(context) has no '\(key)'\(hint.isEmpty ? "" : "; \(hint)")")
        }
        return value
    }

    /// Whether the key is present.
    func has(_ key: String) -> Bool { self[key] != nil }

    /// Where the key itself is written.
    func keyLocation(_ key: String) -> SourceLocation? { entries.first { $0.key == key }?.keyValue.location }
}
