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
        if let notice = scope.rubric.defaultNotice(lang) { help(notice, &out) }
        for note in scope.rubric.notes { help(NoteText.line(note, lang, variant: variant), &out) }

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
        for note in gate.notes { help(NoteText.line(note, lang, variant: variant), &out) }
        renderRequired(gate.id, &out)
        renderEvidence(target: gate.id, gate.evidence, entries, &out)
        renderText(SheetVocabulary.comment, entries.values[.comment(gate.id)], &out)
    }

    /// The application's required figures and tables that the indicator or gate needs.
    func renderRequired(_ target: String, _ out: inout [String]) {
        for item in scope.rubric.required where item.indicators.contains(target) {
            var text = lang.pick("须申报书提供：", "The application must give: ") + item.title.text(lang)
            if let source = item.source { text += lang.pick("（\(source.text(lang))）", " (\(source.text(lang)))") }
            if !item.columns.isEmpty { text += lang.pick("，须有列：\(item.columns.joined(separator: "、"))", "; columns: \(item.columns.joined(separator: ", "))") }
            help(text, &out)
        }
    }

    /// A figure of this node with the default mark when the node's figures are Panelist's.
    func figure(_ value: Decimal, _ node: RubricNode) -> String {
        DefaultMark.figure(value.plain, isDefault: node.isDefault, lang)
    }

    /// Points of an option, item, band or tier: `10 分`, or `10 分，默认` for a default.
    func pts(_ value: Varying<Decimal>?, _ node: RubricNode) -> String {
        let text = lang.pick("\((value?.resolve(variant) ?? 0).plain) 分", "\((value?.resolve(variant) ?? 0).plain) pt")
        return node.isDefault ? text + lang.pick("，默认", ", default") : text
    }

    /// The clauses under an option or tier: the applicant's first, then the others, with key segments.
    func renderClauses(_ lines: [ClauseGuide.Line], _ out: inout [String]) {
        guard !lines.isEmpty else { return }
        let mine = lines.filter { $0.forApplicant == true }
        let others = lines.filter { $0.forApplicant != true }
        for line in mine {
            let whose = line.valueTitle.map { lang.pick("（\($0)）", " (\($0))") } ?? ""
            help(lang.pick("本申报单位\(whose)适用：", "Applies to this applicant\(whose): ") + line.text, &out, indent: "  ")
            if !line.keySegments.isEmpty {
                help(lang.pick("重点环节：", "Key segments: ") + ClauseGuide.segmentList(line.keySegments, lang: lang), &out, indent: "    ")
            }
        }
        if !mine.isEmpty, !others.isEmpty { help(lang.pick("其他行业：", "Other industries:"), &out, indent: "  ") }
        for line in others {
            help(line.text, &out, indent: "  ")
            if !line.keySegments.isEmpty {
                let whose = line.valueTitle.map { lang.pick("（\($0)）", " (\($0))") } ?? ""
                help(lang.pick("重点环节\(whose)：", "Key segments\(whose): ") + ClauseGuide.segmentList(line.keySegments, lang: lang), &out, indent: "    ")
            }
        }
    }

    func renderIndicator(_ node: RubricNode, _ entries: SheetEntries, _ out: inout [String], scenariosWritten: inout Bool) {
        let cap = node.cap.resolve(variant) ?? 0
        var head = "== \(node.id) \(oneLine(node.title.text(lang, variant: variant))) " + lang.pick("（满分 \(figure(cap, node))", "(max \(figure(cap, node))")
        if node.sumCapped { head += lang.pick("，累计不超过 \(figure(cap, node))", ", sum capped at \(figure(cap, node))") }
        head += lang.pick("）", ")")
        out.append("")
        out.append(head)
        if let text = node.text { help(text.text(lang, variant: variant), &out) }
        for note in node.notes { help(NoteText.line(note, lang, variant: variant), &out) }
        renderRequired(node.id, &out)
        for field in node.numbers {
            let unit = field.unit.isEmpty ? "" : " (\(field.unit))"
            let title = oneLine(field.title.text(lang, variant: variant))
            if let ratio = field.ratio {
                help(lang.pick("\(field.id) \(title)\(unit) 自动计算：\(ratio.numerator) ÷ \(ratio.denominator) × \(ratio.scale.plain)",
                               "\(field.id) \(title)\(unit) is computed: \(ratio.numerator) ÷ \(ratio.denominator) × \(ratio.scale.plain)"), &out)
                if ratio.isShare {
                    help(lang.pick("\(ratio.numerator) 是 \(ratio.denominator) 的一部分，不能大于 \(ratio.denominator)（大于时导入会被拒绝）。",
                                   "\(ratio.numerator) is part of \(ratio.denominator) and cannot exceed it (an import that does is refused)."), &out)
                }
                if let zero = ratio.zeroTotal {
                    help(lang.pick("没有此项费用时两项都填 0：记为“不适用：\(zero.text(.zh))”，0 分。",
                                   "With no such spending enter 0 for both: recorded as \"not applicable: \(zero.text(.en))\", 0 points."), &out)
                }
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
            for note in part.notes { help(NoteText.line(note, lang, variant: variant), &out) }
            renderPart(part, of: node, cap: cap, entries, &out, scenariosWritten: &scenariosWritten)
        }
        renderEvidence(target: node.id, node.evidence, entries, &out)
        renderText(SheetVocabulary.comment, entries.values[.comment(node.id)], &out)
    }

    func renderPart(_ part: ScoringPart, of node: RubricNode, cap: Decimal, _ entries: SheetEntries, _ out: inout [String], scenariosWritten: inout Bool) {
        switch part.rule {
        case .choice(let options):
            help(lang.pick("单选：在选中的选项前把 ( ) 改为 (*)。", "Choose one: change ( ) to (*) before the option."), &out)
            var chosen: String?
            if case .option(let o)? = entries.values[.choice(indicator: node.id, part: part.id)] { chosen = o }
            for option in options {
                let mark = chosen == option.id ? "(*)" : "( )"
                out.append("\(mark) \(option.id) \(oneLine(option.text.text(lang, variant: variant)))（\(pts(option.points, node))）")
                renderClauses(ClauseGuide.lines(for: option, rubric: scope.rubric, profile: scope.profile, lang: lang), &out)
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
                let p = item.points.map { "（\(pts($0, node))）" } ?? ""
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
                if node.isDefault { terms += lang.pick("，默认", ", default") }
                if let m = line.maxCount { terms += lang.pick("，最多 \(m) \(line.unit)", ", at most \(m)") }
                out.append(trim("\(line.id) \(oneLine(line.text.text(lang, variant: variant)))（\(terms)） \(SheetVocabulary.word(SheetVocabulary.count, lang)): \(value)"))
            }
        case .bands(let input, let bands):
            help(lang.pick("按数值 \(input) 分档：", "Banded on \(input):"), &out)
            for band in bands {
                let label = band.label.map { " " + $0.text(lang, variant: variant) } ?? ""
                help("  \(band.id) \(band.interval)\(label) → \(pts(band.points, node))", &out)
            }
        case .manual(let max, let step, let guide):
            for g in guide { help(g.text(lang, variant: variant), &out) }
            let limit = max?.resolve(variant) ?? cap
            var range = "0–\(figure(limit, node))"
            if let step { range += lang.pick("，步长 \(step.plain)", ", step \(step.plain)") }
            var value = ""
            if case .decimal(let d)? = entries.values[.points(indicator: node.id, part: part.id)] { value = d.plain }
            out.append(trim("\(SheetVocabulary.word(SheetVocabulary.points, lang)) (\(range)): \(value)"))
        case .coverage(let tiers):
            if let key = tiers.lazy.compactMap({ ClauseGuide.applicantKeySegments($0, rubric: self.scope.rubric, profile: self.scope.profile) }).first,
               let attribute = tiers.lazy.compactMap({ $0.requirement.keySegments?.attribute }).first {
                let value = scope.profile.value(of: attribute).flatMap { v in scope.rubric.attribute(attribute)?.values.first { $0.id == v }?.title.text(lang) } ?? ""
                help(lang.pick("本申报单位的\(scope.rubric.attribute(attribute)?.title.text(lang) ?? attribute)：\(value)；其重点环节：",
                               "This applicant's \(scope.rubric.attribute(attribute)?.title.text(lang) ?? attribute): \(value); its key segments: ")
                     + ClauseGuide.segmentList(key, lang: lang), &out)
            }
            for tier in tiers {
                let open = tier.when?.evaluate(scope.profile) != false
                let closed = open ? "" : lang.pick("（不适用于本申报单位）", " (not open to this applicant)")
                help("\(tier.id) \(tier.text.text(lang, variant: variant)) → \(pts(tier.points, node))\(closed)", &out)
                renderClauses(ClauseGuide.lines(for: tier, rubric: scope.rubric, profile: scope.profile, lang: lang), &out)
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
            var head = item.id
            if !item.marks.isEmpty { head += " [" + item.marks.joined(separator: " ") + "]" }
            if let minimum = item.minChars { head += lang.pick("（不少于 \(minimum) 字）", " (at least \(minimum) characters)") }
            help("\(head) \(item.text.text(lang, variant: variant))", &out, indent: "  ")
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
