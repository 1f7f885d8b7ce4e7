import Foundation

/// A variant's full marks as the printouts state them (基础分 and 加分项), each figure marked
/// (`DefaultMark`) when it rests on a Panelist default rather than the seed.
///
/// A rubric that states no totals gets the sum of its scored categories' caps, as `rubric list` shows it.
public struct FullMarks: Sendable, Equatable {
    /// The base cap: `totals.base`, else the sum of the base categories' caps.
    public var base: Decimal
    /// Whether the base cap rests on a default.
    public var baseIsDefault: Bool
    /// The bonus cap: `totals.bonus`, else the sum of the bonus categories' caps; `nil` when the rubric has no bonus.
    public var bonus: Decimal?
    /// Whether the bonus cap rests on a default.
    public var bonusIsDefault: Bool

    /// The full marks of a rubric for a variant.
    public init(_ rubric: Rubric, variant: String?) {
        let scored = rubric.categories.filter { $0.kind != .record }
        func sum(_ kind: RubricNode.Kind) -> Decimal {
            scored.filter { $0.kind == kind }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
        }
        base = rubric.totals.base?.resolve(variant) ?? sum(.base)
        baseIsDefault = rubric.baseIsDefault(variant: variant)
        let bonusSum = rubric.totals.bonus?.resolve(variant) ?? sum(.bonus)
        bonus = rubric.totals.bonus != nil || bonusSum > 0 ? bonusSum : nil
        bonusIsDefault = rubric.bonusIsDefault(variant: variant)
    }

    /// The base cap as shown: `730（默认）`, `100`.
    public func baseText(_ lang: Lang) -> String { DefaultMark.figure(base.plain, isDefault: baseIsDefault, lang) }

    /// The bonus cap as shown, or `nil` when the rubric has no bonus.
    public func bonusText(_ lang: Lang) -> String? { bonus.map { DefaultMark.figure($0.plain, isDefault: bonusIsDefault, lang) } }

    /// Both in one phrase: `基础分 100（默认）`, `基础分 100，加分项 30`.
    public func text(_ lang: Lang) -> String {
        var out = lang.pick("基础分 ", "base ") + baseText(lang)
        if let bonus = bonusText(lang) { out += lang.pick("，加分项 ", ", bonus ") + bonus }
        return out
    }
}
