import Foundation

/// The rubric tree as terminal lines: ids, titles, caps and scoring rules, CJK aligned.
public struct RubricTreeReport {
    /// The rubric to render.
    public var rubric: Rubric
    /// The variant whose titles and caps are shown.
    public var variant: String?
    /// The language of titles and rules.
    public var lang: Lang
    /// The widest line allowed, in display cells.
    public var width: Int
    /// Use `|-` and `` `- `` instead of box-drawing characters.
    public var ascii: Bool

    /// Creates a tree renderer; the variant defaults to the rubric's first.
    public init(rubric: Rubric, variant: String? = nil, lang: Lang = .zh, width: Int = 100, ascii: Bool = false) {
        self.rubric = rubric
        self.variant = variant ?? rubric.variants.first?.id
        self.lang = lang
        self.width = max(40, width)
        self.ascii = ascii
    }

    /// The report, one string per line, none wider than `width` cells.
    public func render() -> [String] {
        var out: [String] = []
        let title = rubric.title.text(lang, variant: variant)
        out += wrapped(title + "  [\(rubric.id)]", indent: "")
        if !rubric.variants.isEmpty {
            let names = rubric.variants.map { v in
                (v.id == variant ? "▸" : " ") + v.title.text(lang) + " (\(v.id))"
            }
            out += wrapped(lang.pick("变体：", "Variants: ") + names.joined(separator: "  "), indent: "  ")
        }
        out += wrapped(totalsLine(), indent: "  ")
        for note in rubric.notes {
            out += wrapped(lang.pick("注：", "Note: ") + note.text(lang, variant: variant), indent: "  ")
        }
        if !rubric.gates.isEmpty {
            out.append("")
            out.append(TextLayout.truncate(lang.pick("门槛条件（不打分，须全部满足）", "Gates (not scored; all must pass)"), to: width))
            for gate in rubric.gates where shown(gate.when) {
                let applies = gate.when.map { conditionText($0) } ?? ""
                out += wrapped("\(gate.id) " + gate.title.text(lang, variant: variant) + applies, indent: "  ", hanging: "     ")
            }
        }
        out.append("")
        for (index, category) in rubric.categories.enumerated() {
            renderNode(category, prefix: "", isLast: index == rubric.categories.count - 1, isRoot: true, into: &out)
        }
        if let table = rubric.scenarioTable {
            out.append("")
            let count = table.allScenarios.count
            out += wrapped(table.title.text(lang) + lang.pick("：\(table.segments.count) 个环节，\(count) 个场景", ": \(table.segments.count) segments, \(count) scenarios"), indent: "")
            for segment in table.segments {
                let names = segment.scenarios.map { "\($0.id) \($0.title.text(lang))" }.joined(separator: "；")
                out += wrapped("\(segment.id) \(segment.title.text(lang))：" + names, indent: "  ", hanging: "      ")
            }
        }
        return out
    }

    func totalsLine() -> String {
        var parts: [String] = []
        if let base = rubric.totals.base?.resolve(variant) { parts.append(lang.pick("基础分 \(base.plain)", "base \(base.plain)")) }
        if let bonus = rubric.totals.bonus?.resolve(variant) { parts.append(lang.pick("加分项 \(bonus.plain)", "bonus \(bonus.plain)")) }
        if let threshold = rubric.totals.threshold?.resolve(variant) {
            parts.append(lang.pick("\(threshold.plain) 分及以上认定", "recognised at ≥ \(threshold.plain)"))
        }
        if parts.isEmpty {
            let full = rubric.categories.filter { $0.kind != .record }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
            parts.append(lang.pick("满分 \(full.plain)", "full marks \(full.plain)"))
        }
        return parts.joined(separator: lang.pick("，", ", "))
    }

    var branch: (mid: String, last: String, pipe: String, blank: String) {
        ascii ? ("|- ", "`- ", "|  ", "   ") : ("├─ ", "└─ ", "│  ", "   ")
    }

    func renderNode(_ node: RubricNode, prefix: String, isLast: Bool, isRoot: Bool, into out: inout [String]) {
        let capText = (node.cap.resolve(variant) ?? 0).plain
        var label = "\(node.id) " + node.title.text(lang, variant: variant)
        if isRoot {
            switch node.kind {
            case .bonus: label += lang.pick("【加分项】", " [bonus]")
            case .record: label += lang.pick("【记录，不计分】", " [recorded, not scored]")
            case .base: break
            }
        }
        if let when = node.when { label += conditionText(when) }
        if !shown(node.when) { return }
        let lead = isRoot ? "" : prefix + (isLast ? branch.last : branch.mid)
        out.append(line(lead: lead, label: label, right: capText))
        let childPrefix = isRoot ? "" : prefix + (isLast ? branch.blank : branch.pipe)
        for part in node.parts where shown(part.when) {
            for detail in partLines(part, node: node) {
                out += wrapped(detail, indent: childPrefix + (node.children.isEmpty ? "   " : branch.pipe), hanging: "   ")
            }
        }
        for (index, child) in node.children.enumerated() {
            renderNode(child, prefix: childPrefix, isLast: index == node.children.count - 1, isRoot: false, into: &out)
        }
    }

    /// A line with the label on the left and the cap right-aligned.
    func line(lead: String, label: String, right: String) -> String {
        let rightWidth = max(4, DisplayWidth.of(right))
        let labelWidth = width - DisplayWidth.of(lead) - rightWidth - 1
        return lead + TextLayout.pad(label, to: labelWidth) + " " + TextLayout.padLeft(right, to: rightWidth)
    }

    func partLines(_ part: ScoringPart, node: RubricNode) -> [String] {
        let head = part.title.map { $0.text(lang, variant: variant) + " " } ?? ""
        let cond = part.when.map { conditionText($0) } ?? ""
        switch part.rule {
        case .choice(let options):
            let none = part.allowsNone ? [lang.pick("（无）均不符合 (0分)", "(none) none applies (0)")] : []
            return (options.filter { shown($0.when) }.map { o in
                "\(o.id) " + o.text.text(lang, variant: variant) + " (\(pts(o.points)))" + (o.when.map { conditionText($0) } ?? "")
            } + none).prefixed(head + cond)
        case .checklist(let mode, let items):
            let modeText: String
            switch mode {
            case .sum: modeText = lang.pick("逐项计分", "each ticked item scores")
            case .highest: modeText = lang.pick("按最高分取值", "highest only")
            case .levels: modeText = lang.pick("累进等级，高级含低级", "cumulative levels")
            case .record: modeText = lang.pick("仅记录", "record only")
            }
            return ["[\(modeText)]"].prefixed(head + cond) + items.filter { shown($0.when) }.map { i in
                (ascii ? "[ ] " : "□ ") + "\(i.id) " + i.text.text(lang, variant: variant) + (i.points.map { " (\(pts($0)))" } ?? "")
            }
        case .counts(let lines):
            return lines.filter { shown($0.when) }.map { l in
                let unit = lang.pick("分/\(l.unit)", " per \(l.unit)")
                let limit = l.maxCount.map { lang.pick("，最多 \($0) 个", ", at most \($0)") } ?? ""
                return "\(l.id) " + l.text.text(lang, variant: variant) + " (\((l.points.resolve(variant) ?? 0).plain)\(unit)\(limit))"
            }.prefixed(head + cond)
        case .bands(let input, let bands):
            let field = node.number(input)
            let name = field.map { $0.title.text(lang) } ?? input
            var lines = ["\(input) = \(name)" + (field?.unit.isEmpty == false ? " [\(field?.unit ?? "")]" : "")]
            if let ratio = field?.ratio {
                let n = node.number(ratio.numerator)?.title.text(lang) ?? ratio.numerator
                let d = node.number(ratio.denominator)?.title.text(lang) ?? ratio.denominator
                lines.append("\(input) = \(n) ÷ \(d) × \(ratio.scale.plain)")
            }
            lines += bands.map { b in "\(b.id) \(b.interval) → \(pts(b.points))" }
            return lines.prefixed(head + cond)
        case .manual(let max, let step, let guide):
            let limit = max.map { pts($0) } ?? (node.cap.resolve(variant) ?? 0).plain
            let stepText = step.map { lang.pick("，步长 \($0.plain)", ", step \($0.plain)") } ?? ""
            return [lang.pick("专家评分 0–\(limit)\(stepText)", "expert points 0–\(limit)\(stepText)")].prefixed(head + cond)
                + guide.map { "· " + $0.text(lang, variant: variant) }
        case .coverage(let tiers):
            return tiers.map { t in
                "\(t.id) " + t.text.text(lang, variant: variant) + " (\(pts(t.points)))"
            }.prefixed(head + cond)
        }
    }

    /// Whether something with this condition belongs to the variant shown (other attributes always show).
    func shown(_ condition: Condition?) -> Bool {
        guard let clause = condition?.clauses.first(where: { $0.attribute == "variant" }), let variant else { return true }
        return clause.values.contains(variant)
    }

    func pts(_ value: Varying<Decimal>) -> String {
        (value.resolve(variant) ?? 0).plain + lang.pick("分", "")
    }

    func conditionText(_ condition: Condition) -> String {
        // The variant shown needs no mention; other variants are filtered out before this.
        let clauses = condition.clauses.filter { !($0.attribute == "variant" && variant != nil) }
        guard !clauses.isEmpty else { return "" }
        let parts = clauses.map { clause -> String in
            let attr = clause.attribute == "variant" ? lang.pick("类型", "variant") : (rubric.attribute(clause.attribute)?.title.text(lang) ?? clause.attribute)
            let values = clause.values.map { value -> String in
                if clause.attribute == "variant" { return rubric.variant(value)?.title.text(lang) ?? value }
                return rubric.attribute(clause.attribute)?.values.first { $0.id == value }?.title.text(lang) ?? value
            }
            return "\(attr)=\(values.joined(separator: "/"))"
        }
        return lang.pick("〔仅当 ", " [only if ") + parts.joined(separator: lang.pick("，", ", ")) + lang.pick("〕", "]")
    }

    func wrapped(_ text: String, indent: String, hanging: String = "") -> [String] {
        let first = width - DisplayWidth.of(indent)
        let lines = TextLayout.wrap(text, width: max(10, first))
        guard lines.count > 1 else { return lines.map { indent + $0 } }
        let restWidth = max(10, first - DisplayWidth.of(hanging))
        var remainder = Substring(text.split(separator: "\n").joined(separator: " ")).dropFirst(lines[0].count)
        while remainder.first == " " { remainder = remainder.dropFirst() }
        let rest = TextLayout.wrap(String(remainder), width: restWidth)
        return [indent + lines[0]] + rest.map { indent + hanging + $0 }
    }
}

extension Array where Element == String {
    /// The lines with `head` before the first one (or as its own line when long).
    fileprivate func prefixed(_ head: String) -> [String] {
        guard !head.isEmpty else { return self }
        return [head.trimmingCharacters(in: .whitespaces)] + self
    }
}
