import Foundation

/// Which figures of a rubric are Panelist defaults rather than the seed's, and the one line
/// that says so. The screen's status line, `rubric list`/`show`, the sheet and every printout
/// and report ask here (see `DefaultMark` for the mark itself).
extension Rubric {
    /// Whether any figure of the rubric is a Panelist default.
    public var hasDefaultFigures: Bool { index.hasDefault }

    /// Whether the cap of a node (and the points of its parts) is a Panelist default.
    public func capIsDefault(_ nodeID: String) -> Bool { node(nodeID)?.isDefault ?? false }

    /// Whether the base total (基础分满分: `totals.base`, or the sum of base categories) rests on a default.
    public func baseIsDefault(variant: String? = nil) -> Bool { kindIsDefault(.base) }

    /// Whether the bonus total (加分项满分) rests on a default.
    public func bonusIsDefault(variant: String? = nil) -> Bool { kindIsDefault(.bonus) }

    /// Whether the rubric's full marks (base + bonus, or the sum of scored categories) rest on a default.
    public func fullMarksAreDefault(variant: String? = nil) -> Bool { kindIsDefault(.base) || kindIsDefault(.bonus) }

    /// Whether the figure shown for a total kind comes, in whole or in part, from a default cap.
    func kindIsDefault(_ kind: RubricNode.Kind) -> Bool {
        categories.contains { $0.kind == kind && $0.isDefault }
    }

    /// The one-line explanation shown wherever a default is marked, or `nil` when the rubric has none:
    /// what the mark means and who may change the figure.
    public func defaultNotice(_ lang: Lang) -> String? {
        guard hasDefaultFigures else { return nil }
        let who = defaults?.setBy.text(lang) ?? lang.pick("组织方", "the organiser")
        let fileName = file.split(separator: "/").last.map(String.init) ?? "\(id).yaml"
        return lang.pick(
            "标“默认”的分值是 Panelist 的预设，原文未规定；由\(who)确定，可在评价细则文件 \(fileName) 中修改。",
            "Figures marked \"default\" are Panelist's presets, not the seed's; \(who) decides them and may change them in the rubric file \(fileName).")
    }
}
