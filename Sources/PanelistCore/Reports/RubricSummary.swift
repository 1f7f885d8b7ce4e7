import Foundation

/// One line per rubric (and variant) for `panelist rubric list`.
public enum RubricSummary {
    /// Lines: id, title, full marks (base + bonus), indicator count.
    public static func lines(_ rubric: Rubric, lang: Lang) -> [String] {
        let variants: [String?] = rubric.variants.isEmpty ? [nil] : rubric.variants.map { Optional($0.id) }
        return variants.map { variant in
            let id = variant.map { "\(rubric.id) --variant \($0)" } ?? rubric.id
            let title = rubric.title.text(lang, variant: variant) + (variant.flatMap { v in rubric.variant(v).map { " · " + $0.title.text(lang) } } ?? "")
            return TextLayout.pad(id, to: 40) + " " + TextLayout.pad(title, to: 44) + " "
                + TextLayout.padLeft(fullMarks(rubric, variant: variant), to: 10) + " "
                + TextLayout.padLeft(lang.pick("\(rubric.indicators.count) 项指标", "\(rubric.indicators.count) indicators"), to: 16)
        }
    }

    /// "100+30" or the sum of scored categories' caps.
    public static func fullMarks(_ rubric: Rubric, variant: String?) -> String {
        let scored = rubric.categories.filter { $0.kind != .record }
        let base = rubric.totals.base?.resolve(variant)
            ?? scored.filter { $0.kind == .base }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
        let bonus = rubric.totals.bonus?.resolve(variant)
            ?? scored.filter { $0.kind == .bonus }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
        return bonus > 0 ? "\(base.plain)+\(bonus.plain)" : base.plain
    }
}
