/// A value that is either the same for every variant of a rubric or given per variant.
///
/// Seed 004 scores the same indicator differently for 标杆车间 and 标杆中小企业; a rubric
/// writes `points: 5` when all variants agree and `points: {workshop: 5, sme: 10}` when not.
public enum Varying<Value: Sendable & Equatable>: Sendable, Equatable {
    case same(Value)
    case byVariant([String: Value])

    /// The value for a variant; `nil` when the map has no entry for it.
    public func value(for variant: String?) -> Value? {
        switch self {
        case .same(let value):
            return value
        case .byVariant(let map):
            guard let variant else { return nil }
            return map[variant]
        }
    }

    /// Every value this may take, in a stable order (variant id order for maps).
    public var allValues: [Value] {
        switch self {
        case .same(let value): return [value]
        case .byVariant(let map): return map.keys.sorted().compactMap { map[$0] }
        }
    }

    /// The value for a variant, or the first value when the rubric has no variant set.
    public func resolve(_ variant: String?) -> Value? {
        if let value = value(for: variant) { return value }
        if variant == nil { return allValues.first }
        return nil
    }
}
