import Foundation

/// Rolls panel indicator values up the rubric tree with the rubric's caps at every level,
/// exactly as `ScoringEngine` does for one reviewer: a node is the sum of its applicable
/// children capped at its cap; base and bonus are the sums of their categories capped by
/// the rubric's totals; total = base + bonus.
public enum PanelTotals {
    /// Node subtotals (every non-leaf node, rubric order), base, bonus and total.
    public static func roll(_ rubric: Rubric, variant: String?, leaves: [String: Decimal], notApplicable: Set<String>)
        -> (nodes: [(id: String, kind: RubricNode.Kind, cap: Decimal, points: Decimal)], base: Decimal, bonus: Decimal, total: Decimal) {
        var out: [(id: String, kind: RubricNode.Kind, cap: Decimal, points: Decimal)] = []
        func points(_ node: RubricNode, kind: RubricNode.Kind) -> Decimal {
            let cap = node.cap.resolve(variant) ?? 0
            if notApplicable.contains(node.id) {
                if !node.children.isEmpty { out.append((node.id, kind, cap, 0)) }
                return 0
            }
            if node.children.isEmpty { return Swift.min(leaves[node.id] ?? 0, cap) }
            let index = out.count
            out.append((node.id, kind, cap, 0))
            var raw: Decimal = 0
            for child in node.children where !notApplicable.contains(child.id) { raw += points(child, kind: kind) }
            let p = Swift.min(raw, cap)
            out[index].points = p
            return p
        }
        var base: Decimal = 0
        var bonus: Decimal = 0
        for category in rubric.categories {
            let p = points(category, kind: category.kind)
            switch category.kind {
            case .base: base += p
            case .bonus: bonus += p
            case .record: break
            }
        }
        if let cap = rubric.totals.base?.resolve(variant) { base = Swift.min(base, cap) }
        if let cap = rubric.totals.bonus?.resolve(variant) { bonus = Swift.min(bonus, cap) }
        return (out, base, bonus, base + bonus)
    }
}
