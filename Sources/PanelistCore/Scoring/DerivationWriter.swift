import Foundation

/// Writes derivations in words and signs, in Chinese or English (see `Derivation.render`).
struct DerivationWriter {
    let lang: Lang
    let symbols: DerivationSymbols

    var separator: String { lang.pick("；", "; ") }

    /// `10 分` / `10 points` (`1 point`).
    func pts(_ value: Decimal) -> String {
        lang.pick("\(value.plain) 分", value == 1 ? "1 point" : "\(value.plain) points")
    }

    /// `1 segment`, `2 segments`.
    func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// The value as the engine compared it: every digit the exact decimal holds.
    func exact(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value).stringValue
        return text == "-0" ? "0" : text
    }

    /// A band's interval, e.g. `[1500, 3000)` or `[50, +∞)`.
    func interval(_ lower: Band.Edge?, _ upper: Band.Edge?) -> String {
        let lo = lower.map { ($0.inclusive ? "[" : "(") + $0.value.plain } ?? "(-\(symbols.infinity)"
        let hi = upper.map { $0.value.plain + ($0.inclusive ? "]" : ")") } ?? "+\(symbols.infinity))"
        return "\(lo), \(hi)"
    }

    /// `→ B，4 分` / `→ B: 4 points`.
    func gives(_ id: String, _ points: Decimal) -> String {
        "\(symbols.arrow) \(id)" + lang.pick("，", ": ") + pts(points)
    }

    // MARK: - Leaves

    func leaf(_ d: Derivation) -> String {
        if d.steps.count == 1, case .unanswered = d.steps[0] { return lang.pick("未评", "not yet scored") }
        var terms: [(text: String, points: Decimal?)] = []
        var index = 0
        while index < d.steps.count {
            let step = d.steps[index]
            if case .ratio(let id, _, _, _, _) = step, index + 1 < d.steps.count,
               case .band(let input, _, _, _, _, _, _) = d.steps[index + 1], input == id {
                terms.append((ratio(step) + " " + bandTail(d.steps[index + 1]), d.steps[index + 1].points))
                index += 2
                continue
            }
            terms.append((term(step), step.points))
            index += 1
        }
        var text = terms.map(\.text).joined(separator: separator)
        let scored = terms.compactMap(\.points)
        if scored.count > 1 {
            text += separator + lang.pick("合计 ", "sum ") + scored.map(\.plain).joined(separator: " + ") + " = " + pts(d.raw)
        }
        return text + capped(d)
    }

    /// `，超过上限 15 分，计 15 分` when the sum is over the cap, else nothing.
    func capped(_ d: Derivation) -> String {
        guard let cap = d.cap, d.raw > cap else { return "" }
        return lang.pick("，超过上限 \(cap.plain) 分，计 \(pts(d.points))", ", over the cap of \(cap.plain): \(pts(d.points))")
    }

    func term(_ step: DerivationStep) -> String {
        switch step {
        case .option(let id, let points):
            return lang.pick("选 \(id)，", "option \(id): ") + pts(points)
        case .noneApplies:
            return lang.pick("均不符合，", "none applies: ") + pts(0)
        case .band(let input, let value, let unit, _, _, _, _):
            return "\(input) = \(exact(value))\(unit) " + bandTail(step)
        case .ratio:
            return ratio(step)
        case .zeroTotal(let id, _, let text):
            return lang.pick("\(id) 不适用：\(text.text(.zh))，", "\(id) not applicable: \(text.text(.en)): ") + pts(0)
        case .count(let id, let count, let per, let unit, let subtotal):
            return lang.pick("\(id) \(count) \(per) \(symbols.times) \(unit.plain) 分 = \(pts(subtotal))",
                             "\(id): \(count) \(symbols.times) \(unit.plain) = \(pts(subtotal))")
        case .ticked(let ids, let points, let total):
            if ids.count == 1 { return lang.pick("勾选 \(ids[0])，", "ticked \(ids[0]): ") + pts(total) }
            return lang.pick("勾选 \(ids.joined(separator: "、"))：", "ticked \(ids.joined(separator: ", ")): ")
                + points.map(\.plain).joined(separator: " + ") + " = " + pts(total)
        case .highest(let ids, let id, let points):
            if ids.count == 1 { return lang.pick("勾选 \(id)，", "ticked \(id): ") + pts(points) }
            return lang.pick("勾选 \(ids.joined(separator: "、"))，取最高 \(id)，", "ticked \(ids.joined(separator: ", ")); the highest, \(id): ") + pts(points)
        case .level(let id, let implied, let points):
            if implied.isEmpty { return lang.pick("勾选 \(id)（最低一级），", "ticked \(id) (the lowest level): ") + pts(points) }
            return lang.pick("勾选至 \(id)（逐级累进，含 \(implied.joined(separator: "、"))），",
                             "ticked up to level \(id) (cumulative, implies \(implied.joined(separator: ", "))): ") + pts(points)
        case .manual(let points):
            return lang.pick("专家评分 ", "expert's points: ") + pts(points)
        case .coverage(let w):
            return coverage(w)
        case .child(let id, let points):
            return "\(id)" + lang.pick("（\(points.plain)）", " (\(points.plain))")
        case .unanswered(let part):
            return lang.pick("部分 \(part) 未评", "part \(part) not yet scored")
        case .notApplicable:
            return lang.pick("不适用（条件不满足），", "not applicable (its condition is not met): ") + pts(0)
        case .nothing(.ticked):
            return lang.pick("未勾选任何条目，", "nothing ticked: ") + pts(0)
        case .nothing(.counted):
            return lang.pick("无计数，", "nothing counted: ") + pts(0)
        }
    }

    /// `a = 1999.9 ÷ 4000 × 100 = 49.9975%（显示 50.00%）`.
    func ratio(_ step: DerivationStep) -> String {
        guard case .ratio(let id, let n, let d, let scale, let value) = step else { return "" }
        let scaled = scale == 1 ? "" : " \(symbols.times) \(scale.plain)"
        let unit = scale == 100 ? "%" : ""
        var text = "\(id) = \(n.plain) \(symbols.divide) \(d.plain)\(scaled) = \(exact(value))\(unit)"
        if value.rounded(2) != value {
            let shown = RoundingRule(places: 2).format(value) + unit
            text += lang.pick("（显示 \(shown)）", " (shown as \(shown))")
        }
        return text
    }

    /// `∈ [40, 50) → B，4 分`.
    func bandTail(_ step: DerivationStep) -> String {
        guard case .band(_, _, _, let lower, let upper, let id, let points) = step else { return "" }
        return "\(symbols.member) \(interval(lower, upper)) " + gives(id, points)
    }

    /// `核实 2 个环节、3 个场景（含表外 1 个）；A 不满足：重点环节 1 < 2 → B，8 分`.
    func coverage(_ w: CoverageWorking) -> String {
        var counted = lang.pick("核实 \(w.segments) 个环节", "confirmed " + count(w.segments, "segment"))
        if let key = w.keySegments { counted += lang.pick("（其中重点环节 \(key) 个）", " (\(key) of them key segments)") }
        counted += lang.pick("、\(w.scenarios) 个场景", ", " + count(w.scenarios, "scenario"))
        if w.outsideTable > 0 { counted += lang.pick("（含表外 \(w.outsideTable) 个）", " (\(w.outsideTable) outside the table)") }
        if let areas = w.areas { counted += lang.pick("、\(areas) 个领域", ", " + count(areas, "area")) }
        var parts = [counted]
        for shortfall in w.unmet {
            let gaps = shortfall.gaps.map(gap).joined(separator: lang.pick("，", ", "))
            parts.append(lang.pick("\(shortfall.tier) 不满足：\(gaps)", "\(shortfall.tier) not met: \(gaps)"))
        }
        var text = parts.joined(separator: separator)
        if let tier = w.tier {
            text += " " + gives(tier, w.points)
        } else {
            text += " \(symbols.arrow) " + lang.pick("无档次满足，", "no tier met: ") + pts(0)
        }
        return text
    }

    /// A coverage gate's working: what was counted and, when unmet, what falls short.
    func gateCoverage(_ w: CoverageWorking) -> String {
        var counted = lang.pick("\(w.segments) 个环节", count(w.segments, "segment"))
        if let key = w.keySegments { counted += lang.pick("（其中重点环节 \(key) 个）", " (\(key) of them key segments)") }
        counted += lang.pick("、\(w.scenarios) 个场景", ", " + count(w.scenarios, "scenario"))
        if w.outsideTable > 0 { counted += lang.pick("（含表外 \(w.outsideTable) 个）", " (\(w.outsideTable) outside the table)") }
        if let areas = w.areas { counted += lang.pick("、\(areas) 个领域", ", " + count(areas, "area")) }
        let gaps = w.unmet.flatMap(\.gaps).map(gap)
        if gaps.isEmpty { return counted + lang.pick("，满足", ": met") }
        return counted + lang.pick("；不满足：", "; not met: ") + gaps.joined(separator: lang.pick("，", ", "))
    }

    func gap(_ g: CoverageWorking.Gap) -> String {
        switch g.measure {
        case .segments: return lang.pick("环节 \(g.have) < \(g.need)", "segments \(g.have) < \(g.need)")
        case .scenarios: return lang.pick("场景 \(g.have) < \(g.need)", "scenarios \(g.have) < \(g.need)")
        case .keySegments: return lang.pick("重点环节 \(g.have) < \(g.need)", "key segments \(g.have) < \(g.need)")
        case .areas: return lang.pick("领域 \(g.have) < \(g.need)", "areas \(g.have) < \(g.need)")
        case .area(let id): return lang.pick("未覆盖领域 \(id)", "area \(id) not covered")
        case .attributeUnset(let attribute):
            return lang.pick("申报单位的\(attribute.text(.zh))未填，重点环节无从确定", "the applicant's \(attribute.text(.en).lowercased()) is not set, so its key segments are unknown")
        case .notOpen: return lang.pick("不适用于本申报单位", "not open to this applicant")
        }
    }

    // MARK: - Sums

    /// `2.1（10）+ 2.2（5）= 15 分`, the cap where the sum is over it, and a shortfall of scored children.
    func sum(_ d: Derivation) -> String {
        let children = d.steps.filter { if case .child = $0 { return true } else { return false } }
        var text = children.map(term).joined(separator: " + ") + " = " + pts(d.raw) + capped(d)
        if let s = d.scoredChildren, s.scored < s.required {
            text += separator + lang.pick("得分项 \(s.scored) 项，少于要求的 \(s.required) 项", "\(s.scored) scored, fewer than the \(s.required) required")
        }
        return text
    }
}
