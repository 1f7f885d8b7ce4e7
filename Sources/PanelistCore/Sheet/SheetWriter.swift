import Foundation

/// Writes a score sheet: a plain-text form an expert fills offline (format in docs/SHEET.md).
///
/// Pure: it takes the rubric scope, the header and the entries to pre-fill, and returns text.
public struct SheetWriter: Sendable {
    /// The gates, indicators and parts the sheet lists.
    public let scope: SheetScope
    /// The language of keywords and help text.
    public let lang: Lang

    /// Creates a writer for a scope, with keywords and help in a language.
    public init(scope: SheetScope, lang: Lang) {
        self.scope = scope
        self.lang = lang
    }

    var variant: String? { scope.profile.variant }

    /// The sheet text for a header and the entries to pre-fill (empty entries for a blank sheet).
    public func render(header: SheetHeader, entries: SheetEntries) -> String {
        var out: [String] = []
        out.append("# " + SheetHeader.format)
        help(lang.pick("评分表：\(scope.rubric.title.text(lang, variant: variant))", "Score sheet: \(scope.rubric.title.text(lang, variant: variant))"), &out)
        help(lang.pick("以 # 开头的行是说明，导入时忽略。填好后用 panelist sheet import 文件 --journal 日志 导入。格式见 docs/SHEET.md。",
                       "Lines starting with # are help and ignored on import. Import with: panelist sheet import FILE --journal JOURNAL. Format: docs/SHEET.md."), &out)
        out.append("rubric: \(header.rubric.id) sha256 \(header.rubric.sha256)")
        out.append("application: \(header.application.id) sha256 \(header.application.sha256)")
        out.append("variant: \(header.variant ?? "-")")
        out.append("reviewer: \(header.reviewer)" + (header.fingerprint.map { " [\($0)]" } ?? ""))
        out.append("journal: " + (header.head.map { "\($0.seq) \($0.sum)" } ?? "-"))
        help(lang.pick("journal 行记录导出时日志的链头；导入时若日志此后又有修改，会检查冲突。请勿修改头部。",
                       "The journal line records the journal head at export; an import checks for later changes. Do not edit the header."), &out)

        for gate in scope.gates { renderGate(gate, entries, &out) }
        var scenariosWritten = false
        for node in scope.indicators { renderIndicator(node, entries, &out, scenariosWritten: &scenariosWritten) }
        if scope.hasScenarios, !scenariosWritten {
            out.append("")
            out.append("== \(SheetVocabulary.word(SheetVocabulary.scenarioBlock, lang)) " + lang.pick("场景覆盖", "scenario coverage"))
            renderScenarios(entries, &out)
        }
        out.append("")
        out.append("== \(SheetVocabulary.word(SheetVocabulary.overall, lang)) " + lang.pick("总体意见", "overall opinion"))
        renderText(SheetVocabulary.comment, entries.values[.comment("")], &out)
        out.append("")
        return out.joined(separator: "\n")
    }

    func help(_ text: String, _ out: inout [String], indent: String = "") {
        for line in TextLayout.wrap(text, width: 76 - DisplayWidth.of(indent)) { out.append("# " + indent + line) }
    }

    func renderGate(_ gate: Gate, _ entries: SheetEntries, _ out: inout [String]) {
        out.append("")
        out.append("== \(gate.id) \(oneLine(gate.title.text(lang, variant: variant))) " + lang.pick("（基本要求，不打分）", "(gate, not scored)"))
        if let text = gate.text { help(text.text(lang, variant: variant), &out) }
        help(lang.pick("结论填 通过 / 不通过 / 待定；不通过须写理由。", "Verdict: pass / fail / pending; a fail needs a reason."), &out)
        var verdict = GateVerdict.pending
        var reason = ""
        if case .gate(let v, let r)? = entries.values[.gate(gate.id)] { verdict = v; reason = r }
        out.append("\(SheetVocabulary.word(SheetVocabulary.verdict, lang)): \(SheetVocabulary.verdictWord(verdict, lang))")
        renderText(SheetVocabulary.reason, reason.isEmpty ? nil : .text(reason), &out)
        renderEvidence(target: gate.id, gate.evidence, entries, &out)
        renderText(SheetVocabulary.comment, entries.values[.comment(gate.id)], &out)
    }

    func renderIndicator(_ node: RubricNode, _ entries: SheetEntries, _ out: inout [String], scenariosWritten: inout Bool) {
        let cap = node.cap.resolve(variant) ?? 0
        var head = "== \(node.id) \(oneLine(node.title.text(lang, variant: variant))) " + lang.pick("（满分 \(cap.plain)", "(max \(cap.plain)")
        if node.sumCapped { head += lang.pick("，累计不超过 \(cap.plain)", ", sum capped at \(cap.plain)") }
        head += lang.pick("）", ")")
        out.append("")
        out.append(head)
        if let text = node.text { help(text.text(lang, variant: variant), &out) }
        for note in node.notes { help(lang.pick("注：", "Note: ") + note.text(lang, variant: variant), &out) }
        for field in node.numbers {
            let unit = field.unit.isEmpty ? "" : " (\(field.unit))"
            let title = oneLine(field.title.text(lang, variant: variant))
            if let ratio = field.ratio {
                help(lang.pick("\(field.id) \(title)\(unit) 自动计算：\(ratio.numerator) ÷ \(ratio.denominator) × \(ratio.scale.plain)",
                               "\(field.id) \(title)\(unit) is computed: \(ratio.numerator) ÷ \(ratio.denominator) × \(ratio.scale.plain)"), &out)
                continue
            }
            var value = ""
            if case .decimal(let d)? = entries.values[.number(indicator: node.id, number: field.id)] { value = d.plain }
            out.append(trim("\(SheetVocabulary.word(SheetVocabulary.number, lang)) \(field.id) \(title)\(unit): \(value)"))
        }
        let parts = scope.parts(of: node)
        for part in parts {
            if parts.count > 1 {
                let title = part.title.map { " " + oneLine($0.text(lang, variant: variant)) } ?? ""
                out.append("-- \(SheetVocabulary.word(SheetVocabulary.part, lang)) \(part.id)\(title)")
            }
            renderPart(part, of: node, cap: cap, entries, &out, scenariosWritten: &scenariosWritten)
        }
        renderEvidence(target: node.id, node.evidence, entries, &out)
        renderText(SheetVocabulary.comment, entries.values[.comment(node.id)], &out)
    }

    func renderPart(_ part: ScoringPart, of node: RubricNode, cap: Decimal, _ entries: SheetEntries, _ out: inout [String], scenariosWritten: inout Bool) {
        let points = lang.pick(" 分", " pt")
        switch part.rule {
        case .choice(let options):
            help(lang.pick("单选：在选中的选项前把 ( ) 改为 (*)。", "Choose one: change ( ) to (*) before the option."), &out)
            var chosen: String?
            if case .option(let o)? = entries.values[.choice(indicator: node.id, part: part.id)] { chosen = o }
            for option in options {
                let mark = chosen == option.id ? "(*)" : "( )"
                let p = (option.points.resolve(variant) ?? 0).plain
                out.append("\(mark) \(option.id) \(oneLine(option.text.text(lang, variant: variant)))（\(p)\(points)）")
            }
            if part.allowsNone {
                let mark = chosen == ScoringPart.noneAnswer ? "(*)" : "( )"
                out.append("\(mark) \(ScoringPart.noneAnswer) " + lang.pick("以上均不符合（0 分）", "none of these (0 pt)"))
            }
        case .checklist(let mode, let items):
            let how: String
            switch mode {
            case .sum: how = lang.pick("勾选符合的条目（分值相加）", "Tick what applies (points add up)")
            case .highest: how = lang.pick("勾选符合的条目（取最高分）", "Tick what applies (the highest counts)")
            case .levels: how = lang.pick("勾选达到的最高级别（逐级累进）", "Tick the highest level reached (cumulative levels)")
            case .record: how = lang.pick("勾选核实的条目（只记录，不计分）", "Tick what was verified (recorded, not scored)")
            }
            help(how + lang.pick("：把 [ ] 改为 [x]；一项都不符合时勾选 none。", ": change [ ] to [x]; tick none if nothing applies."), &out)
            var ticked: Set<String>?
            if case .items(let set)? = entries.values[.ticks(indicator: node.id, part: part.id)] { ticked = set }
            for item in items {
                let p = item.points.map { "（\(($0.resolve(variant) ?? 0).plain)\(points)）" } ?? ""
                out.append("\(ticked?.contains(item.id) == true ? "[x]" : "[ ]") \(item.id) \(oneLine(item.text.text(lang, variant: variant)))\(p)")
            }
            out.append("\(ticked?.isEmpty == true ? "[x]" : "[ ]") \(ScoringPart.noneAnswer) " + lang.pick("以上均不符合", "none of these"))
        case .counts(let lines):
            help(lang.pick("填写每行的数量（整数，没有填 0）。", "Enter a count for each line (a whole number; 0 if none)."), &out)
            for line in lines {
                var value = ""
                if case .count(let c)? = entries.values[.count(indicator: node.id, part: part.id, line: line.id)] { value = String(c) }
                let unitPoints = (line.points.resolve(variant) ?? 0).plain
                var terms = lang.pick("\(unitPoints) 分/\(line.unit)", "\(unitPoints) pt each")
                if let m = line.maxCount { terms += lang.pick("，最多 \(m) \(line.unit)", ", at most \(m)") }
                out.append(trim("\(line.id) \(oneLine(line.text.text(lang, variant: variant)))（\(terms)） \(SheetVocabulary.word(SheetVocabulary.count, lang)): \(value)"))
            }
        case .bands(let input, let bands):
            help(lang.pick("按数值 \(input) 分档：", "Banded on \(input):"), &out)
            for band in bands {
                let label = band.label.map { " " + $0.text(lang, variant: variant) } ?? ""
                help("  \(band.id) \(band.interval)\(label) → \((band.points.resolve(variant) ?? 0).plain)\(points)", &out)
            }
        case .manual(let max, let step, let guide):
            for g in guide { help(g.text(lang, variant: variant), &out) }
            let limit = max?.resolve(variant) ?? cap
            var range = "0–\(limit.plain)"
            if let step { range += lang.pick("，步长 \(step.plain)", ", step \(step.plain)") }
            var value = ""
            if case .decimal(let d)? = entries.values[.points(indicator: node.id, part: part.id)] { value = d.plain }
            out.append(trim("\(SheetVocabulary.word(SheetVocabulary.points, lang)) (\(range)): \(value)"))
        case .coverage(let tiers):
            for tier in tiers {
                help("\(tier.id) \(tier.text.text(lang, variant: variant)) → \((tier.points.resolve(variant) ?? 0).plain)\(points)", &out)
            }
            if !scenariosWritten {
                renderScenarios(entries, &out)
                scenariosWritten = true
            } else {
                help(lang.pick("场景覆盖已在前面的指标中填写。", "Scenario coverage is entered in an earlier indicator."), &out)
            }
        }
    }

    func renderScenarios(_ entries: SheetEntries, _ out: inout [String]) {
        guard let table = scope.rubric.scenarioTable else { return }
        help(lang.pick("场景：填写核实的场景编号，用逗号分隔；一个都没有写 无。其他：表外场景个数。",
                       "Scenarios: the ids confirmed, comma-separated; none if none. Other: scenarios outside the table."), &out)
        for segment in table.segments {
            let names = segment.scenarios.map { "\($0.id) \($0.title.text(lang))" }.joined(separator: lang.pick("；", "; "))
            help("\(segment.id) \(segment.title.text(lang))" + lang.pick("：", ": ") + names, &out, indent: "  ")
        }
        let word = SheetVocabulary.word(SheetVocabulary.scenarios, lang)
        let other = SheetVocabulary.word(SheetVocabulary.other, lang)
        if case .scenarios(let ids, let n)? = entries.values[.scenarios] {
            let order = table.allScenarios.map(\.scenario.id).filter { ids.contains($0) }
            let list = order.isEmpty ? SheetVocabulary.word(SheetVocabulary.none, lang) : order.joined(separator: ", ")
            out.append("\(word): \(list); \(other): \(n)")
        } else {
            out.append("\(word): ; \(other):")
        }
    }

    func renderEvidence(target: String, _ items: [EvidenceItem], _ entries: SheetEntries, _ out: inout [String]) {
        guard !items.isEmpty else { return }
        help(lang.pick("佐证：[ ] 中填 已见 / 缺失 / 存疑，或留空。", "Evidence: put seen / missing / doubtful in [ ], or leave blank."), &out)
        for item in items {
            help("\(item.id) \(item.text.text(lang, variant: variant))", &out, indent: "  ")
            var mark = " "
            var note: String?
            if case .evidence(let m, let n)? = entries.values[.evidence(target: target, item: item.id)] {
                mark = SheetVocabulary.markWord(m, lang)
                note = n
            }
            let prefix = "\(SheetVocabulary.word(SheetVocabulary.evidence, lang)) \(item.id) [\(mark)] \(SheetVocabulary.word(SheetVocabulary.note, lang)):"
            out.append(contentsOf: textLines(prefix, note))
        }
    }

    func renderText(_ keyword: (String, String), _ value: SheetValue?, _ out: inout [String]) {
        var text: String?
        if case .text(let t)? = value { text = t }
        out.append(contentsOf: textLines(SheetVocabulary.word(keyword, lang) + ":", text))
    }

    /// A text field: the first line after the prefix, further lines indented by two spaces.
    func textLines(_ prefix: String, _ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [prefix] }
        let lines = text.components(separatedBy: "\n")
        return [trim(prefix + " " + lines[0])] + lines.dropFirst().map { "  " + $0 }
    }

    func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    func trim(_ s: String) -> String {
        var out = s
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
