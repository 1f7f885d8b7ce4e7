import Foundation

/// The rubric tree as terminal lines (`panelist rubric show`): ids, titles, caps and scoring
/// rules, with everything a reviewer decides by — per-industry clauses and key segments,
/// evidence (marks, word counts), notes, required figures — and the defaults marked. CJK aligned.
public struct RubricTreeReport {
    /// The rubric to render.
    public var rubric: Rubric
    /// The variant whose titles and caps are shown.
    public var variant: String?
    /// The language of titles and rules.
    public var lang: Lang
    /// The widest line allowed, in display cells.
    public var width: Int
    /// Only ASCII from the program: `|-` and `` `- `` for the tree, `->`, `inf`, `...`.
    public var ascii: Bool
    /// Leave out evidence, notes and requirement texts: the tree, caps and scoring rules only.
    public var brief: Bool
    /// Also print the notes meant for the rubric's authors and editors.
    public var authorNotes: Bool
    /// Attribute values of an applicant (e.g. `industry` → `equipment`): its clauses come first.
    public var attributes: [String: String]

    /// Creates a tree renderer; the variant defaults to the rubric's first.
    public init(rubric: Rubric, variant: String? = nil, lang: Lang = .zh, width: Int = 100, ascii: Bool = false,
                brief: Bool = false, authorNotes: Bool = false, attributes: [String: String] = [:]) {
        self.rubric = rubric
        self.variant = variant ?? rubric.variants.first?.id
        self.lang = lang
        self.width = max(40, width)
        self.ascii = ascii
        self.brief = brief
        self.authorNotes = authorNotes
        self.attributes = attributes
    }

    var profile: ApplicantProfile { ApplicantProfile(variant: variant, attributes: attributes) }
    var symbols: DerivationSymbols { ascii ? .ascii : .standard }
    var ellipsis: String { ascii ? "..." : "…" }
    var bullet: String { "- " }

    /// The report, one string per line, none wider than `width` cells.
    public func render() -> [String] {
        var out: [String] = []
        out += wrapped(rubric.title.text(lang, variant: variant) + "  [\(rubric.id)]", indent: "")
        if !rubric.variants.isEmpty {
            let names = rubric.variants.map { v in
                (v.id == variant ? (ascii ? ">" : "▸") : " ") + v.title.text(lang) + " (\(v.id))"
            }
            out += wrapped(lang.pick("变体：", "Variants: ") + names.joined(separator: "  "), indent: "  ")
        }
        out += wrapped(totalsLine(), indent: "  ")
        if let notice = rubric.defaultNotice(lang) { out += wrapped(notice, indent: "  ") }
        for note in rubric.notes where !brief { out += wrapped(NoteText.line(note, lang, variant: variant), indent: "  ") }
        out += authorLines(rubric.authorNotes, indent: "  ")
        if !rubric.required.isEmpty && !brief {
            out.append("")
            out.append(TextLayout.truncate(lang.pick("申报书须提供（缺少时 app check 列出）", "The application must give (app check lists what is missing)"), to: width, ellipsis: ellipsis))
            for item in rubric.required {
                out += wrapped(bullet + requiredText(item), indent: "  ", hanging: "  ")
            }
        }
        if !rubric.gates.isEmpty {
            out.append("")
            out.append(TextLayout.truncate(lang.pick("门槛条件（不打分，须全部满足）", "Gates (not scored; all must pass)"), to: width, ellipsis: ellipsis))
            for gate in rubric.gates where shown(gate.when) { out += gateLines(gate) }
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

    // MARK: - Heading, gates

    func totalsLine() -> String {
        var parts: [String] = []
        if let base = rubric.totals.base?.resolve(variant) {
            parts.append(lang.pick("基础分 ", "base ") + DefaultMark.figure(base.plain, isDefault: rubric.baseIsDefault(variant: variant), lang))
        }
        if let bonus = rubric.totals.bonus?.resolve(variant) {
            parts.append(lang.pick("加分项 ", "bonus ") + DefaultMark.figure(bonus.plain, isDefault: rubric.bonusIsDefault(variant: variant), lang))
        }
        if let threshold = rubric.totals.threshold?.resolve(variant) {
            parts.append(lang.pick("\(threshold.plain) 分及以上认定", "recognised at \(ascii ? ">=" : "≥") \(threshold.plain)"))
        } else {
            parts.append(lang.pick("不设认定分数线", "no recognition threshold"))
        }
        if rubric.totals.base == nil && rubric.totals.bonus == nil {
            let full = rubric.categories.filter { $0.kind != .record }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
            parts.insert(lang.pick("满分 ", "full marks ") + DefaultMark.figure(full.plain, isDefault: rubric.fullMarksAreDefault(variant: variant), lang), at: 0)
        }
        return parts.joined(separator: lang.pick("，", ", "))
    }

    func gateLines(_ gate: Gate) -> [String] {
        let applies = gate.when.map { conditionText($0) } ?? ""
        var out = wrapped("\(gate.id) " + gate.title.text(lang, variant: variant) + applies, indent: "  ", hanging: "     ")
        guard !brief else { return out }
        let indent = "     "
        if let text = gate.text, text.text(lang, variant: variant) != gate.title.text(lang, variant: variant) {
            out += wrapped(text.text(lang, variant: variant), indent: indent)
        }
        if case .fact(let id, let bound)? = gate.check, let value = bound.value.resolve(variant) {
            let fact = rubric.facts.first { $0.id == id }
            let op = ascii ? [Bound.Op.atLeast: ">=", .above: ">", .atMost: "<=", .below: "<"][bound.op] ?? "" : bound.op.symbol
            out += wrapped(lang.pick("建议依据：", "Suggested from: ") + "\(id)（\(fact?.title.text(lang) ?? id)）\(op) \(value.plain)\(fact?.unit ?? "")", indent: indent)
        }
        out += evidenceLines(gate.evidence, indent: indent)
        for note in gate.notes { out += wrapped(NoteText.line(note, lang, variant: variant), indent: indent) }
        out += authorLines(gate.authorNotes, indent: indent)
        return out
    }

    // MARK: - Nodes

    var branch: (mid: String, last: String, pipe: String, blank: String) {
        ascii ? ("|- ", "`- ", "|  ", "   ") : ("├─ ", "└─ ", "│  ", "   ")
    }

    func renderNode(_ node: RubricNode, prefix: String, isLast: Bool, isRoot: Bool, into out: inout [String]) {
        if !shown(node.when) { return }
        let capText = DefaultMark.figure((node.cap.resolve(variant) ?? 0).plain, isDefault: node.isDefault, lang)
        var label = "\(node.id) " + node.title.text(lang, variant: variant)
        if isRoot {
            switch node.kind {
            case .bonus: label += lang.pick("【加分项】", " [bonus]")
            case .record: label += lang.pick("【记录，不计分】", " [recorded, not scored]")
            case .base: break
            }
        }
        if let when = node.when { label += conditionText(when) }
        let lead = isRoot ? "" : prefix + (isLast ? branch.last : branch.mid)
        out.append(line(lead: lead, label: label, right: capText))
        let childPrefix = isRoot ? "" : prefix + (isLast ? branch.blank : branch.pipe)
        let detail = childPrefix + (node.children.isEmpty ? "   " : branch.pipe)
        if !brief {
            if DisplayWidth.of(label) > width - DisplayWidth.of(lead) - DisplayWidth.of(capText) - 1 {
                out += wrapped(node.title.text(lang, variant: variant), indent: detail)   // the full title, cut above
            }
            if let text = node.text { out += wrapped(text.text(lang, variant: variant), indent: detail) }
        }
        if node.sumCapped, let cap = node.cap.resolve(variant) {
            out += wrapped(lang.pick("累计不超过 \(DefaultMark.figure(cap.plain, isDefault: node.isDefault, lang)) 分", "sum capped at \(DefaultMark.figure(cap.plain, isDefault: node.isDefault, lang))"), indent: detail)
        }
        if let minimum = node.minScoredChildren {
            out += wrapped(lang.pick("至少 \(minimum) 项得分", "at least \(minimum) must score"), indent: detail)
        }
        for number in node.numbers where !node.parts.contains(where: { if case .bands(let i, _) = $0.rule { return i == number.id } else { return false } }) {
            out += wrapped(numberText(number, of: node), indent: detail, hanging: "   ")
        }
        for part in node.parts where shown(part.when) {
            for (depth, text) in partLines(part, node: node) {
                out += wrapped(text, indent: detail + String(repeating: "  ", count: depth), hanging: "   ")
            }
        }
        if !brief {
            out += evidenceLines(node.evidence, indent: detail)
            for item in rubric.required where item.indicators.contains(node.id) {
                out += wrapped(lang.pick("须申报书提供：", "The application must give: ") + requiredText(item), indent: detail, hanging: "   ")
            }
            for note in node.notes { out += wrapped(NoteText.line(note, lang, variant: variant), indent: detail) }
        }
        out += authorLines(node.authorNotes, indent: detail)
        for (index, child) in node.children.enumerated() {
            renderNode(child, prefix: childPrefix, isLast: index == node.children.count - 1, isRoot: false, into: &out)
        }
    }

    /// A line with the label on the left and the cap right-aligned.
    func line(lead: String, label: String, right: String) -> String {
        let rightWidth = max(4, DisplayWidth.of(right))
        let labelWidth = width - DisplayWidth.of(lead) - rightWidth - 1
        let fitted = TextLayout.truncate(label, to: labelWidth, ellipsis: ellipsis)
        return lead + TextLayout.pad(fitted, to: labelWidth) + " " + TextLayout.padLeft(right, to: rightWidth)
    }

    /// Points, marked when the node's figures are defaults: `10分` / `10分（默认）`.
    func pts(_ value: Varying<Decimal>, _ node: RubricNode) -> String {
        DefaultMark.figure((value.resolve(variant) ?? 0).plain + lang.pick("分", ""), isDefault: node.isDefault, lang)
    }

    /// Each line of a part with its depth below the part (0: the rule, 1: clauses, 2: key segments).
    func partLines(_ part: ScoringPart, node: RubricNode) -> [(Int, String)] {
        var lines: [(Int, String)] = []
        let head = [part.title.map { $0.text(lang, variant: variant) }, part.when.map { conditionText($0) }].compactMap { $0 }.joined(separator: " ")
        if !head.trimmingCharacters(in: .whitespaces).isEmpty { lines.append((0, head.trimmingCharacters(in: .whitespaces))) }
        switch part.rule {
        case .choice(let options):
            for option in options where shown(option.when) {
                lines.append((0, "\(option.id) " + option.text.text(lang, variant: variant) + " (\(pts(option.points, node)))" + (option.when.map { conditionText($0) } ?? "")))
                lines += clauseLines(ClauseGuide.lines(for: option, rubric: rubric, profile: profile, lang: lang))
            }
            if part.allowsNone { lines.append((0, lang.pick("（无）均不符合 (0分)", "(none) none applies (0)"))) }
        case .checklist(let mode, let items):
            let modeText: String
            switch mode {
            case .sum: modeText = lang.pick("逐项计分", "each ticked item scores")
            case .highest: modeText = lang.pick("按最高分取值", "highest only")
            case .levels: modeText = lang.pick("累进等级，高级含低级", "cumulative levels")
            case .record: modeText = lang.pick("仅记录，不计分", "recorded, not scored")
            }
            lines.append((0, "[\(modeText)]"))
            for item in items where shown(item.when) {
                lines.append((0, (ascii ? "[ ] " : "□ ") + "\(item.id) " + item.text.text(lang, variant: variant) + (item.points.map { " (\(pts($0, node)))" } ?? "")))
            }
        case .counts(let countLines):
            for l in countLines where shown(l.when) {
                let each = pts(l.points, node) + lang.pick("/\(l.unit)", " per \(l.unit)")
                let limit = l.maxCount.map { lang.pick("，最多 \($0) \(l.unit)", ", at most \($0)") } ?? ""
                lines.append((0, "\(l.id) " + l.text.text(lang, variant: variant) + " (\(each)\(limit))"))
            }
        case .bands(let input, let bands):
            if let field = node.number(input) { lines.append((0, numberText(field, of: node))) } else { lines.append((0, input)) }
            let writer = DerivationWriter(lang: lang, symbols: symbols)
            for b in bands {
                let label = b.label.map { " " + $0.text(lang, variant: variant) } ?? ""
                lines.append((0, "\(b.id) \(writer.interval(b.lower, b.upper))\(label) \(symbols.arrow) \(pts(b.points, node))"))
            }
        case .manual(let max, let step, let guide):
            let limit = (max?.resolve(variant) ?? node.cap.resolve(variant) ?? 0).plain
            let stepText = step.map { lang.pick("，步长 \($0.plain)", ", step \($0.plain)") } ?? ""
            let range = DefaultMark.figure(lang.pick("0 至 \(limit) 分", "0 to \(limit)"), isDefault: node.isDefault, lang)
            lines.append((0, lang.pick("专家评分 \(range)\(stepText)，写明理由", "expert points \(range)\(stepText), with a reason")))
            lines += guide.map { (1, bullet + $0.text(lang, variant: variant)) }
        case .coverage(let tiers):
            for t in tiers where shown(t.when) {
                lines.append((0, "\(t.id) " + t.text.text(lang, variant: variant) + " (\(pts(t.points, node)))" + (t.when.map { conditionText($0) } ?? "")))
                lines += clauseLines(ClauseGuide.lines(for: t, rubric: rubric, profile: profile, lang: lang))
            }
        }
        if !brief {
            for note in part.notes { lines.append((0, NoteText.line(note, lang, variant: variant))) }
        }
        if authorNotes { lines += part.authorNotes.map { (0, authorPrefix + $0.text(lang, variant: variant)) } }
        return lines
    }

    /// Clause lines under an option or tier: the applicant's first, marked; key segments below each.
    func clauseLines(_ clauses: [ClauseGuide.Line]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        for clause in clauses {
            let mark = clause.forApplicant == true ? lang.pick("【本申报单位】", "[this applicant] ") : ""
            out.append((1, mark + clause.text))
            if !clause.keySegments.isEmpty {
                let whose = clause.valueTitle.map { lang.pick("（\($0)）", " (\($0))") } ?? ""
                out.append((2, lang.pick("重点环节\(whose)：", "Key segments\(whose): ") + ClauseGuide.segmentList(clause.keySegments, lang: lang)))
            }
        }
        return out
    }

    /// `a = local ÷ total × 100 [%]` with the ratio's rules, or `investment = 核心装备… [万元]`.
    func numberText(_ field: NumberField, of node: RubricNode) -> String {
        var text = "\(field.id) = \(field.title.text(lang, variant: variant))" + (field.unit.isEmpty ? "" : " [\(field.unit)]")
        if let ratio = field.ratio {
            let scaled = ratio.scale == 1 ? "" : " \(symbols.times) \(ratio.scale.plain)"
            text += lang.pick("，\(field.id) = \(ratio.numerator) \(symbols.divide) \(ratio.denominator)\(scaled)",
                              "; \(field.id) = \(ratio.numerator) \(symbols.divide) \(ratio.denominator)\(scaled)")
            if ratio.isShare { text += lang.pick("（\(ratio.numerator) 不能大于 \(ratio.denominator)）", " (\(ratio.numerator) cannot exceed \(ratio.denominator))") }
            if let zero = ratio.zeroTotal {
                text += lang.pick("；两项均为 0 时记“不适用：\(zero.text(.zh))”，0 分", "; both 0 records \"not applicable: \(zero.text(.en))\", 0 points")
            }
        } else if let fact = field.fact {
            text += lang.pick("（申报书事实 \(fact) 供参考）", " (suggested by the application's \(fact))")
        }
        return text
    }

    // MARK: - Evidence, requirements, notes

    func evidenceLines(_ items: [EvidenceItem], indent: String) -> [String] {
        guard !brief, !items.isEmpty else { return [] }
        var out: [String] = []
        for item in items {
            var head = lang.pick("佐证 \(item.id)", "Evidence \(item.id)")
            if !item.marks.isEmpty { head += " [" + item.marks.joined(separator: " ") + "]" }
            if let minimum = item.minChars { head += lang.pick("（不少于 \(minimum) 字）", " (at least \(minimum) characters)") }
            out += wrapped(head + lang.pick("：", ": ") + item.text.text(lang, variant: variant), indent: indent, hanging: "   ")
        }
        return out
    }

    func requiredText(_ item: RequiredItem) -> String {
        var text = item.title.text(lang)
        if let source = item.source { text += lang.pick("（\(source.text(lang))）", " (\(source.text(lang)))") }
        if !item.columns.isEmpty { text += lang.pick("，须有列：\(item.columns.joined(separator: "、"))", "; columns: \(item.columns.joined(separator: ", "))") }
        if !item.indicators.isEmpty { text += lang.pick("；用于 \(item.indicators.joined(separator: "、"))", "; used by \(item.indicators.joined(separator: ", "))") }
        return text
    }

    var authorPrefix: String { lang.pick("作者注：", "Author's note: ") }

    func authorLines(_ notes: [LocalizedText], indent: String) -> [String] {
        guard authorNotes else { return [] }
        return notes.flatMap { wrapped(authorPrefix + $0.text(lang, variant: variant), indent: indent) }
    }

    // MARK: - Conditions and wrapping

    /// Whether something with this condition belongs to the variant shown (other attributes always show).
    func shown(_ condition: Condition?) -> Bool {
        guard let clause = condition?.clauses.first(where: { $0.attribute == "variant" }), let variant else { return true }
        return clause.values.contains(variant)
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
