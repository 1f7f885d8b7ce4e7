import Foundation

/// How a node's points were reached: the steps, their sum, and the cap applied.
public struct Derivation: Sendable, Equatable {
    /// The steps that add up to the raw sum, in order.
    public var steps: [DerivationStep]
    /// The sum before the cap.
    public var raw: Decimal
    /// The cap applied, if any.
    public var cap: Decimal?
    /// The points after the cap.
    public var points: Decimal

    /// Creates a derivation.
    public init(steps: [DerivationStep], raw: Decimal, cap: Decimal?, points: Decimal) {
        self.steps = steps
        self.raw = raw
        self.cap = cap
        self.points = points
    }

    /// A one-line account a person can check, e.g. "A1 2 × 5 = 10 + B 1 × 2 = 2 = 12, capped at 5 → 5".
    public func render(_ lang: Lang) -> String {
        let parts = steps.map { Self.render($0, lang) }
        var text = parts.joined(separator: " + ")
        let scored = steps.filter { if case .unanswered = $0 { return false }; if case .notApplicable = $0 { return false }; return true }
        if scored.count > 1 { text += " = \(raw.plain)" }
        if let cap {
            if raw > cap {
                text += lang.pick("，超过上限 \(cap.plain) → \(points.plain)", ", capped at \(cap.plain) → \(points.plain)")
            } else {
                text += lang.pick("（上限 \(cap.plain)）→ \(points.plain)", " (cap \(cap.plain)) → \(points.plain)")
            }
        }
        return text
    }

    static func render(_ step: DerivationStep, _ lang: Lang) -> String {
        switch step {
        case .option(let id, let points):
            return lang.pick("选 \(id) = \(points.plain)", "option \(id) = \(points.plain)")
        case .band(let value, let unit, let interval, let id, let points):
            return "\(value.plain)\(unit) ∈ \(interval) → \(id) = \(points.plain)"
        case .ratio(let id, let n, let d, let scale, let value):
            let scaled = scale == 1 ? "" : " × \(scale.plain)"
            return "\(id) = \(n.plain) ÷ \(d.plain)\(scaled) = \(value.rounded(2).plain)"
        case .count(let id, let count, let unit, let subtotal):
            return "\(id) \(count) × \(unit.plain) = \(subtotal.plain)"
        case .item(let id, let points):
            return "☑\(id) \(points.plain)"
        case .highest(let ids, let id, let points):
            return lang.pick("取最高 max(\(ids.joined(separator: ", "))) = \(id) \(points.plain)",
                             "highest of (\(ids.joined(separator: ", "))) = \(id) \(points.plain)")
        case .level(let id, let implied, let points):
            let below = implied.isEmpty ? "" : lang.pick("（含 \(implied.joined(separator: ", "))）", " (implies \(implied.joined(separator: ", ")))")
            return lang.pick("最高级 \(id)\(below) = \(points.plain)", "level \(id)\(below) = \(points.plain)")
        case .manual(let points):
            return lang.pick("专家评分 \(points.plain)", "expert points \(points.plain)")
        case .coverage(let segments, let scenarios, let key, let areas, let tier, let points):
            var text = lang.pick("\(segments) 个环节、\(scenarios) 个场景", "\(segments) segments, \(scenarios) scenarios")
            if let key { text += lang.pick("、\(key) 个重点环节", ", \(key) key segments") }
            if let areas { text += lang.pick("、\(areas) 个领域", ", \(areas) areas") }
            return text + " → \(tier) = \(points.plain)"
        case .child(let id, let points):
            return "\(id) \(points.plain)"
        case .unanswered(let part):
            return lang.pick("（\(part) 未评）", "(\(part) not yet scored)")
        case .notApplicable:
            return lang.pick("不适用", "not applicable")
        case .none:
            return lang.pick("无 0", "none 0")
        }
    }
}
