import Foundation

/// One reviewer's rationale for one application (评分理由书): per indicator the points and how
/// they were reached, the entries, evidence marks and comment; gates; totals; sign-off.
///
/// Pure: the CLI and the UI pass what they have loaded and print or save the string.
public enum RationaleReport {
    /// Width of the text form in display cells.
    public static let textWidth = 80

    /// Renders the rationale in a format.
    public static func render(
        rubric: Rubric, application: Application?, header: JournalHeader, state: ReviewState,
        records: [JournalRecord], sheet: ScoreSheet, lang: Lang, format: RationaleFormat, zone: TimeZone = .current
    ) -> String {
        let doc = build(rubric: rubric, application: application, header: header, state: state, records: records, sheet: sheet, lang: lang,
                        plain: format == .text, zone: zone)
        switch format {
        case .text: return text(doc, lang)
        case .md: return markdown(doc, lang)
        case .html: return html(doc, lang)
        }
    }

    /// A labelled value (label may be empty).
    struct Field {
        var label: String
        var value: String
    }

    /// A gate or indicator with its score line and fields.
    struct Entry {
        var id: String
        var title: String
        /// e.g. `5 / 10`, or the verdict for a gate.
        var score: String
        var depth: Int
        var fields: [Field]
    }

    /// The printout's content, independent of format.
    struct Document {
        var title: String
        /// The running header of the printed pages: the programme on the left, the document, application and reviewer on the right.
        var running: (left: String, right: String)
        var intro: [Field]
        /// The one line saying which figures are Panelist defaults and who may change them, if any are.
        var notice: String?
        var gatesTitle: String
        var gates: [Entry]
        var indicatorsTitle: String
        var indicators: [Entry]
        var totalsTitle: String
        var totals: [Field]
        var overall: String?
        var signTitle: String
        var sign: [Field]
        var signatureLine: String
    }

    /// The printout's content. `plain` (the 80-column text) writes its signs in ASCII (`x`, `->`, `[x]`, `-`):
    /// the East-Asian ambiguous-width ones (×, →, ☑, —) take one cell or two depending on the viewer.
    static func build(rubric: Rubric, application: Application?, header: JournalHeader, state: ReviewState,
                      records: [JournalRecord], sheet: ScoreSheet, lang: Lang, plain: Bool = false, zone: TimeZone = .current) -> Document {
        let symbols: DerivationSymbols = plain ? .ascii : .standard
        let none = plain ? "-" : "—"
        let variant = header.profile.variant
        let scope = SheetScope(rubric: rubric, profile: header.profile)
        var intro: [Field] = [
            Field(label: lang.pick("评价细则", "Rubric"), value: rubric.title.text(lang, variant: variant) + lang.pick("（\(rubric.id)）", " (\(rubric.id))")),
        ]
        if let v = variant, let variantInfo = rubric.variant(v) {
            intro.append(Field(label: lang.pick("申报类型", "Variant"), value: variantInfo.title.text(lang)))
        }
        var app = header.application.id
        if let application { app += " " + ApplicationInfo(application).line(separator: plain ? " - " : " — ") }
        intro.append(Field(label: lang.pick("申报", "Application"), value: app))
        intro.append(Field(label: lang.pick("评审专家", "Reviewer"), value: header.reviewer.name))
        if let recusal = state.recusal {
            intro.append(Field(label: lang.pick("回避", "Recused"), value: recusal))
        }

        func evidenceFields(_ target: String, _ items: [EvidenceItem]) -> [Field] {
            items.map { item in
                let entry = state.evidence[EvidenceKey(target: target, item: item.id)]
                var value = "\(item.id) \(item.text.text(lang, variant: variant))" + lang.pick("：", ": ") + (entry.map { SheetVocabulary.markWord($0.mark, lang) } ?? lang.pick("未标记", "not marked"))
                if let note = entry?.note, !note.isEmpty { value += lang.pick("（", " (") + note + lang.pick("）", ")") }
                return Field(label: lang.pick("佐证", "Evidence"), value: value)
            }
        }
        func commentField(_ target: String) -> [Field] {
            guard let c = state.comments[target], !c.isEmpty else { return [] }
            return [Field(label: lang.pick("评语", "Comment"), value: c)]
        }

        var gates: [Entry] = []
        for gate in scope.gates {
            let result = sheet.gates.first { $0.id == gate.id }
            var fields: [Field] = []
            if let reason = result?.reason, !reason.isEmpty { fields.append(Field(label: lang.pick("理由", "Reason"), value: reason)) }
            if let result, let s = result.suggestion, let t = suggestionLine(result, rubric: rubric, lang: lang, symbols: symbols) {
                fields.append(Field(label: lang.pick("申报数据提示", "Figures suggest"), value: "\(t) \(symbols.arrow) \(SheetVocabulary.verdictWord(s, lang))"))
            }
            fields += evidenceFields(gate.id, gate.evidence) + commentField(gate.id)
            gates.append(Entry(id: gate.id, title: gate.title.text(lang, variant: variant),
                               score: SheetVocabulary.verdictWord(result?.verdict ?? .pending, lang), depth: 1, fields: fields))
        }

        var indicators: [Entry] = []
        // Verified figures that differ from the application's, with the reviewer's reason: derived now, never stored in a comment.
        let stated = application.map { FigureOverride.statedFigures(ApplicationSuggestions.compute(rubric, $0)) }
        func walk(_ node: RubricNode) {
            guard scope.admits(node.when) else { return }
            let score = sheet.nodes[node.id]
            let points = score.map { "\($0.points.plain) / " + DefaultMark.figure($0.cap.plain, isDefault: rubric.capIsDefault(node.id), lang) } ?? none
            var fields: [Field] = []
            if node.isIndicator {
                // A record (KPI values, no points) has no working: no empty line for it.
                if let working = score?.derivation.render(lang, symbols: symbols), !working.isEmpty { fields.append(Field(label: lang.pick("计分", "Working"), value: working)) }
                fields += entryFields(node, scope: scope, state: state, lang: lang, plain: plain)
                fields += FigureOverride.of(node, state: state, stated: stated).filter { $0.reason != nil }
                    .map { Field(label: lang.pick("核实", "Verified"), value: $0.line(lang, variant: variant)) }
                fields += evidenceFields(node.id, node.evidence) + commentField(node.id)
            }
            indicators.append(Entry(id: node.id, title: node.title.text(lang, variant: variant), score: points, depth: node.depth, fields: fields))
            node.children.forEach(walk)
        }
        rubric.categories.forEach(walk)

        var totals: [Field] = []
        // Full marks as the rubric states them (or its categories add up to), marked where they rest on a default.
        let full = FullMarks(rubric, variant: variant)
        totals.append(Field(label: lang.pick("基础分", "Base"), value: sheet.base.plain + " / " + full.baseText(lang)))
        if let bonus = full.bonusText(lang) { totals.append(Field(label: lang.pick("加分项", "Bonus"), value: "\(sheet.bonus.plain) / " + bonus)) }
        totals.append(Field(label: lang.pick("总分", "Total"), value: sheet.total.plain))
        if let t = sheet.threshold { totals.append(Field(label: lang.pick("认定线", "Threshold"), value: t.plain)) }
        totals.append(Field(label: lang.pick("结论", "Outcome"), value: outcome(sheet.outcome, lang)))
        if !sheet.openIndicators.isEmpty {
            totals.append(Field(label: lang.pick("未评指标", "Not yet scored"), value: sheet.openIndicators.joined(separator: ", ")))
        }

        var sign: [Field] = [Field(label: lang.pick("评审专家", "Reviewer"), value: header.reviewer.name)]
        if let s = state.signOff {
            sign.append(Field(label: lang.pick("签署时间", "Signed off"), value: LocalTime.format(s.time, in: zone, lang: lang)))
            sign.append(Field(label: lang.pick("链头", "Chain head"), value: s.head))
        } else {
            sign.append(Field(label: lang.pick("签署时间", "Signed off"), value: lang.pick("尚未签署", "not signed off")))
            sign.append(Field(label: lang.pick("链头", "Chain head"), value: records.last?.sum ?? none))
        }
        sign.append(Field(label: lang.pick("密钥指纹", "Key fingerprint"), value: header.reviewer.fingerprint))

        return Document(
            title: lang.pick("评分理由书", "Scoring rationale"),
            running: (rubric.title.text(lang, variant: variant),
                      lang.pick("评分理由书", "Scoring rationale") + " " + header.application.id + (application.map { " " + $0.applicant.name } ?? "")
                        + lang.pick(" 评审专家 ", " reviewer ") + header.reviewer.name),
            intro: intro, notice: rubric.defaultNotice(lang),
            gatesTitle: lang.pick("基本要求（不打分，须全部满足）", "Gates (not scored; all must pass)"), gates: gates,
            indicatorsTitle: lang.pick("指标评分", "Indicators"), indicators: indicators,
            totalsTitle: lang.pick("小计与总分", "Subtotals and total"), totals: totals,
            overall: state.comments[""].flatMap { $0.isEmpty ? nil : $0 },
            signTitle: lang.pick("签署", "Sign-off"), sign: sign,
            signatureLine: lang.pick("专家签字：____________________    日期：____________", "Signature: ____________________    Date: ____________"))
    }

    /// What the application's figures suggest for a gate, worked out in words: the fact by its title
    /// (`近三年投入 1860万元，满足 ≥ 300万元`), coverage as counted; signs in ASCII for the text form.
    static func suggestionLine(_ result: GateResult, rubric: Rubric, lang: Lang, symbols: DerivationSymbols) -> String? {
        switch result.working {
        case let .fact(id, value, unit, op, bound, holds)?:
            let name = rubric.facts.first { $0.id == id }?.title.text(lang) ?? id
            let sign = symbols == .ascii ? ([Bound.Op.atLeast: ">=", .above: ">", .atMost: "<=", .below: "<"][op] ?? "") : op.symbol
            return "\(name) \(value.plain)\(unit)" + (holds ? lang.pick("，满足 ", ", meets ") : lang.pick("，不满足 ", ", not ")) + "\(sign) \(bound.plain)\(unit)"
        case .coverage?:
            return result.working(lang, symbols: symbols)
        case nil:
            return result.suggestionText
        }
    }

    /// The entries of an indicator: option chosen, items ticked, counts, numbers, expert points.
    static func entryFields(_ node: RubricNode, scope: SheetScope, state: ReviewState, lang: Lang, plain: Bool = false) -> [Field] {
        let variant = scope.profile.variant
        let input = state.inputs[indicator: node.id]
        var fields: [Field] = []
        for field in node.numbers where !field.isDerived {
            if let v = input.numbers[field.id] {
                fields.append(Field(label: lang.pick("数值", "Number"), value: field.title.text(lang, variant: variant) + lang.pick("：", ": ") + "\(v.plain)\(field.unit)"))
            }
        }
        for part in scope.parts(of: node) {
            switch part.rule {
            case .choice(let options):
                guard let chosen = input.choices[part.id] else { continue }
                let text = chosen == ScoringPart.noneAnswer ? lang.pick("以上均不符合", "none of these")
                    : "\(chosen) " + (options.first { $0.id == chosen }?.text.text(lang, variant: variant) ?? "")
                fields.append(Field(label: lang.pick("选项", "Option"), value: text))
            case .checklist(_, let items):
                guard let ticked = input.ticks[part.id] else { continue }
                let names = items.filter { ticked.contains($0.id) }.map { (plain ? "[x] " : "☑ ") + "\($0.id) \($0.text.text(lang, variant: variant))" }
                fields.append(Field(label: lang.pick("勾选", "Ticked"), value: names.isEmpty ? lang.pick("无", "none") : names.joined(separator: "\n")))
            case .counts(let lines):
                guard let counts = input.counts[part.id] else { continue }
                let rows = lines.compactMap { line -> String? in
                    guard let c = counts[line.id], c > 0 else { return nil }
                    return "\(line.id) \(line.text.text(lang, variant: variant)) " + (plain ? "x" : "×") + " \(c)"
                }
                fields.append(Field(label: lang.pick("计数", "Counted"), value: rows.isEmpty ? lang.pick("无", "none") : rows.joined(separator: "\n")))
            case .manual:
                if let p = input.manual[part.id] { fields.append(Field(label: lang.pick("专家评分", "Expert points"), value: p.plain)) }
            case .coverage:
                if state.inputs.coverageConfirmed {
                    let ids = scope.rubric.scenarioTable?.allScenarios.map(\.scenario.id).filter { state.inputs.scenarios.contains($0) } ?? []
                    fields.append(Field(label: lang.pick("场景", "Scenarios"), value: (ids.isEmpty ? lang.pick("无", "none") : ids.joined(separator: ", "))
                        + lang.pick("；表外 \(state.inputs.otherScenarios)", "; outside the table \(state.inputs.otherScenarios)")))
                }
            case .bands:
                break
            }
        }
        return fields
    }

    static func outcome(_ outcome: Outcome, _ lang: Lang) -> String {
        switch outcome {
        case .recognised: return lang.pick("达到认定线", "recognised")
        case .belowThreshold: return lang.pick("未达认定线", "below the threshold")
        case .ineligible: return lang.pick("不符合基本要求", "ineligible (a gate failed)")
        case .provisional: return lang.pick("暂达认定线（尚有未评项）", "provisionally recognised (items still open)")
        case .incomplete: return lang.pick("未完成", "incomplete")
        case .scored: return lang.pick("已评完", "scored")
        }
    }
}
