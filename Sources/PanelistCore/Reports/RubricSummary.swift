import Foundation

/// The table printed by `panelist rubric list`: one row per rubric and variant.
public enum RubricSummary {
    /// The rows with a heading, fitted to `width` cells (the title column takes what is left).
    public static func table(_ rubrics: [Rubric], lang: Lang, width: Int) -> [String] {
        var rows: [[String]] = []
        for rubric in rubrics {
            let variants: [String?] = rubric.variants.isEmpty ? [nil] : rubric.variants.map { Optional($0.id) }
            for variant in variants {
                rows.append([rubric.id, variant ?? "-",
                             DefaultMark.figure(fullMarks(rubric, variant: variant), isDefault: rubric.fullMarksAreDefault(variant: variant), lang),
                             String(rubric.indicators.count), rubric.title.text(lang, variant: variant)])
            }
        }
        let heading = [lang.pick("编号", "id"), lang.pick("类型", "variant"), lang.pick("满分", "full marks"),
                       lang.pick("指标数", "indicators"), lang.pick("名称", "title")]
        let fixed = (0..<4).map { column in ([heading] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let titleWidth = max(10, width - fixed.reduce(0, +) - 8)
        func line(_ cells: [String]) -> String {
            TextLayout.pad(cells[0], to: fixed[0]) + "  " + TextLayout.pad(cells[1], to: fixed[1]) + "  "
                + TextLayout.padLeft(cells[2], to: fixed[2]) + "  " + TextLayout.padLeft(cells[3], to: fixed[3]) + "  "
                + TextLayout.truncate(cells[4], to: titleWidth)
        }
        var out = [line(heading)] + rows.map(line)
        // One line per rubric with defaults: what the mark means and who may change the figure.
        let notices = rubrics.compactMap { rubric in rubric.defaultNotice(lang).map { rubric.id + lang.pick("：", ": ") + $0 } }
        if !notices.isEmpty { out.append("") }
        for notice in notices { out += TextLayout.wrap(notice, width: max(20, width)) }
        return out
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
