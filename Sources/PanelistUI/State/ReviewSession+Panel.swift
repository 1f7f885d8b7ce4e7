import Foundation
import PanelistCore

extension ReviewSession {
    /// The scoring panel's rows for the selected tree row.
    public func panelFields(lang: Lang, glyphs: Glyphs, timeZone: TimeZone = .current) -> [PanelField] {
        switch view.selected {
        case .gatesGroup: return gatesSummary(lang: lang)
        case .gate(let id): return gateFields(id, lang: lang, glyphs: glyphs)
        case .overall: return overallFields(lang: lang, timeZone: timeZone)
        case .node(let id):
            guard let node = rubric.node(id) else { return [] }
            return node.children.isEmpty ? indicatorFields(node, lang: lang, glyphs: glyphs) : parentFields(node, lang: lang, glyphs: glyphs)
        }
    }

    var variant: String? { profile.variant }

    /// The node's heading, its default-figure notice, derivation and unmet conditions (the core's
    /// notation through `glyphs.plain`).
    func header(_ node: RubricNode, lang: Lang, glyphs: Glyphs) -> [PanelField] {
        guard let score = sheet.nodes[node.id] else { return [] }
        let isDefault = rubric.capIsDefault(node.id)
        var rows = [PanelField(.info, label: "\(node.id) \(node.title.text(lang, variant: variant))",
                               trailer: "\(score.points.plain) / " + DefaultMark.figure(score.cap.plain, isDefault: isDefault, lang), style: .heading)]
        if isDefault, let notice = rubric.defaultNotice(lang) { rows.append(PanelField(.info, label: glyphs.plain(notice), style: .dim)) }
        if score.progress == .notApplicable {
            rows.append(PanelField(.info, label: lang.pick("本项不适用于该申报单位（条件不满足）。", "Not applicable to this applicant (its condition is not met)."), style: .dim))
        } else if !score.derivation.steps.isEmpty {
            rows.append(PanelField(.info, label: "= " + glyphs.plain(score.derivation.render(lang)), style: .dim))
        }
        for unmet in score.unmet {
            rows.append(PanelField(.info, label: lang.pick("未满足：", "Unmet: ") + glyphs.plain(unmet), style: .warning))
        }
        return rows
    }

    func parentFields(_ node: RubricNode, lang: Lang, glyphs: Glyphs) -> [PanelField] {
        var rows = header(node, lang: lang, glyphs: glyphs)
        for child in node.children {
            guard let s = sheet.nodes[child.id] else { continue }
            rows.append(PanelField(.info, prefix: "  ", label: "\(child.id) \(child.title.text(lang, variant: variant))",
                                   trailer: s.progress == .notApplicable ? "-" : "\(s.points.plain)/\(s.cap.plain)"))
        }
        rows += commentFields(.node(node.id), lang: lang)
        return rows
    }

    func indicatorFields(_ node: RubricNode, lang: Lang, glyphs: Glyphs) -> [PanelField] {
        var rows = header(node, lang: lang, glyphs: glyphs)
        let input = state.inputs.indicators[node.id] ?? IndicatorInput()
        for part in node.parts {
            if let when = part.when, when.evaluate(profile) == false { continue }
            if let title = part.title { rows.append(PanelField(.info, label: title.text(lang, variant: variant), style: .bold)) }
            switch part.rule {
            case .choice(let options):
                let chosen = input.choices[part.id]
                for option in options {
                    let open = option.when.map { $0.evaluate(profile) != false } ?? true
                    let points = (option.points.resolve(variant) ?? 0).plain
                    rows.append(PanelField(.option(indicator: node.id, part: part.id, option: option.id),
                                           prefix: chosen == option.id ? glyphs.chosen : glyphs.unchosen,
                                           label: "\(option.id) " + option.text.text(lang, variant: variant),
                                           trailer: lang.pick("\(points)分", "\(points)"), style: open ? .normal : .dim))
                    rows += clauseRows(ClauseGuide.lines(for: option, rubric: rubric, profile: profile, lang: lang), lang: lang)
                }
                if part.allowsNone {
                    rows.append(PanelField(.option(indicator: node.id, part: part.id, option: ScoringPart.noneAnswer),
                                           prefix: chosen == ScoringPart.noneAnswer ? glyphs.chosen : glyphs.unchosen,
                                           label: lang.pick("均不符合", "None applies"), trailer: lang.pick("0分", "0")))
                }
            case .checklist(let mode, let items):
                let ticked = input.ticks[part.id] ?? []
                let top = mode == .levels ? items.lastIndex { ticked.contains($0.id) } : nil
                for (index, item) in items.enumerated() {
                    var box = ticked.contains(item.id) ? glyphs.checked : glyphs.unchecked
                    if let top, index < top, !ticked.contains(item.id) { box = glyphs.implied }
                    let points = item.points.map { (($0.resolve(variant) ?? 0).plain) } ?? ""
                    rows.append(PanelField(.item(indicator: node.id, part: part.id, item: item.id), prefix: box,
                                           label: "\(item.id) " + item.text.text(lang, variant: variant),
                                           trailer: points.isEmpty ? "" : lang.pick("\(points)分", points)))
                }
            case .counts(let lines):
                let counts = input.counts[part.id] ?? [:]
                for line in lines where line.when?.evaluate(profile) != false {
                    let n = counts[line.id] ?? 0
                    let unit = (line.points.resolve(variant) ?? 0)
                    let limit = line.maxCount.map { lang.pick("（至多\($0)）", " (max \($0))") } ?? ""
                    rows.append(PanelField(.count(indicator: node.id, part: part.id, line: line.id),
                                           prefix: "[" + Fit.padLeft(String(n), to: 3) + "]",
                                           label: "\(line.id) " + line.text.text(lang, variant: variant),
                                           trailer: "x \(unit.plain)\(limit) = \((unit * Decimal(n)).plain)"))
                }
            case .bands(let inputID, _):
                rows += numberFields(node, focus: inputID, input: input, lang: lang, glyphs: glyphs)
            case .manual(let max, let step, let guide):
                let limit = max?.resolve(variant) ?? (node.cap.resolve(variant) ?? 0)
                let value = input.manual[part.id].map(\.plain) ?? "  "
                let stepText = step.map { lang.pick("，步长 \($0.plain)", ", step \($0.plain)") } ?? ""
                rows.append(PanelField(.manual(indicator: node.id, part: part.id), prefix: "[" + Fit.padLeft(value, to: 4) + "]",
                                       label: lang.pick("专家评分（0 至 \(limit.plain)\(stepText)）", "Expert points (0 to \(limit.plain)\(stepText))"),
                                       trailer: "/ \(limit.plain)"))
                for line in guide { rows.append(PanelField(.info, prefix: "  ", label: line.text(lang, variant: variant), style: .dim)) }
            case .coverage(let tiers):
                let confirmed = state.inputs.coverageConfirmed
                let count = state.inputs.scenarios.count + state.inputs.otherScenarios
                let claimed = review.facts.scenarios.count + review.facts.otherScenarios
                rows.append(PanelField(.coverage(indicator: node.id), prefix: confirmed ? glyphs.checked : glyphs.unchecked,
                                       label: confirmed ? lang.pick("已确认 \(count) 个场景（Enter 修改）", "\(count) scenarios confirmed (Enter to change)")
                                                        : lang.pick("确认场景覆盖（申报 \(claimed) 个；Enter 逐项核对）", "Confirm coverage (\(claimed) claimed; Enter to check each)")))
                if let suggestion = dossier.suggestions[.coverage(indicator: node.id)] {
                    rows.append(PanelField(.info, prefix: "  ", label: glyphs.plain(suggestion.text(lang)), style: .dim))
                }
                let covered = confirmed ? Set(state.inputs.scenarios.compactMap { rubric.scenarioTable?.segment(ofScenario: $0) }) : nil
                for tier in tiers where tier.when?.evaluate(profile) != false {
                    rows.append(PanelField(.info, prefix: "  ", label: "\(tier.id) " + tier.text.text(lang, variant: variant),
                                           trailer: lang.pick("\((tier.points.resolve(variant) ?? 0).plain)分", (tier.points.resolve(variant) ?? 0).plain), style: .dim))
                    rows += clauseRows(ClauseGuide.lines(for: tier, rubric: rubric, profile: profile, covered: covered, lang: lang), lang: lang)
                }
            }
        }
        // Numbers recorded without a band part (e.g. KPIs).
        let banded = Set(node.parts.compactMap { part -> String? in if case .bands(let id, _) = part.rule { return id } else { return nil } })
        if banded.isEmpty && !node.numbers.isEmpty {
            rows += numberFields(node, focus: nil, input: input, lang: lang, glyphs: glyphs)
        }
        rows += evidenceFields(node.id, items: node.evidence, lang: lang)
        rows += commentFields(.node(node.id), lang: lang)
        for note in node.notes {
            rows.append(PanelField(.info, label: Self.noteText(note.text(lang, variant: variant), lang: lang), style: .dim))
        }
        return rows
    }

    /// An option's or tier's clauses (004's per-industry (1)-(4)): the applicant's first, with its key
    /// segments (covered ones marked +), then the other industries' in brief.
    func clauseRows(_ lines: [ClauseGuide.Line], lang: Lang) -> [PanelField] {
        var rows: [PanelField] = []
        for line in lines {
            let mine = line.forApplicant != false
            rows.append(PanelField(.info, prefix: "    ", label: line.text, style: mine ? .normal : .dim))
            if !line.keySegments.isEmpty && mine {
                rows.append(PanelField(.info, prefix: "      ", label: lang.pick("重点环节：", "Key segments: ")
                                       + ClauseGuide.segmentList(line.keySegments, lang: lang, coveredMark: "(+)"), style: .dim))
            }
        }
        return rows
    }

    /// A note with "注：" in front unless the seed's text already starts with it.
    static func noteText(_ text: String, lang: Lang) -> String {
        text.hasPrefix("注") ? text : lang.pick("注：", "Note: ") + text
    }

    func numberFields(_ node: RubricNode, focus: String?, input: IndicatorInput, lang: Lang, glyphs: Glyphs) -> [PanelField] {
        var rows: [PanelField] = []
        let wanted: [NumberField]
        if let focus, let field = node.number(focus) {
            wanted = field.ratio.map { r in [node.number(r.numerator), node.number(r.denominator), field].compactMap { $0 } } ?? [field]
        } else {
            wanted = node.numbers
        }
        for field in wanted {
            let title = field.title.text(lang, variant: variant)
            if field.isDerived {
                let value = sheet.nodes[node.id]?.derivation.steps.compactMap { step -> Decimal? in
                    if case .ratio(let id, _, _, _, let v) = step, id == field.id { return v } else { return nil }
                }.first
                rows.append(PanelField(.info, prefix: "  =", label: "\(field.id) \(title)",
                                       trailer: value.map { field.display($0) } ?? "-", style: .bold))
                continue
            }
            let key = FigureKey(indicator: node.id, number: field.id)
            let value = input.numbers[field.id].map { $0.plain + field.unit } ?? ""
            rows.append(PanelField(.number(key), prefix: "[" + Fit.padLeft(value, to: 8) + "]", label: title))
            if let suggestion = dossier.suggestions[.number(indicator: node.id, number: field.id)] {
                let accepted = input.numbers[field.id] != nil && input.numbers[field.id] == suggestion.value
                rows.append(PanelField(.info, prefix: "  ", label: glyphs.plain(suggestion.text(lang)) + (accepted ? lang.pick("（已核实采用）", " (verified, accepted)") : ""),
                                       style: accepted ? .good : .dim))
            }
        }
        return rows
    }

    func evidenceFields(_ target: String, items: [EvidenceItem], lang: Lang) -> [PanelField] {
        guard !items.isEmpty else { return [] }
        var rows = [PanelField(.info, label: lang.pick("佐证材料（e 标记：已见 / 缺失 / 存疑 / 未核）", "Evidence (e: seen / missing / doubtful / unchecked)"), style: .bold)]
        for item in items {
            let key = EvidenceKey(target: target, item: item.id)
            let entry = state.evidence[key]
            let marks = item.marks.isEmpty ? "" : item.marks.joined() + " "
            let minimum = item.minChars.map { lang.pick("（不少于\($0)字）", " (at least \($0) characters)") } ?? ""
            let note = entry.map { $0.note.isEmpty ? "" : lang.pick("；备注：", "; note: ") + $0.note } ?? ""
            rows.append(PanelField(.evidence(key), prefix: "[" + Fit.pad(UIText.mark(entry?.mark, lang: lang), to: lang == .zh ? 4 : 9) + "]",
                                   label: marks + item.text.text(lang, variant: variant) + minimum + note,
                                   style: entry?.mark == .missing || entry?.mark == .doubtful ? .warning : .normal))
        }
        return rows
    }

    func commentFields(_ key: TreeKey, lang: Lang) -> [PanelField] {
        let target = Self.commentTarget(key) ?? ""
        let title = key == .overall ? lang.pick("总体评审意见（c 编辑）", "Overall opinion (c to edit)") : lang.pick("评语与理由（c 编辑）", "Comment and rationale (c to edit)")
        var rows = [PanelField(.comment(key), label: title, style: .bold)]
        if case .node(let id) = key, let node = rubric.node(id) {
            // Lines derived from the current figures (never stored in the comment).
            for override in FigureOverride.of(node, state: state, stated: dossier.statedFigures) {
                rows.append(PanelField(.info, prefix: "  ", label: override.line(lang, variant: variant), style: override.reason == nil ? .warning : .dim))
            }
        }
        for line in (state.comments[target] ?? "").split(separator: "\n", omittingEmptySubsequences: false) where !(state.comments[target] ?? "").isEmpty {
            rows.append(PanelField(.info, prefix: "  ", label: String(line)))
        }
        return rows
    }

    func gatesSummary(lang: Lang) -> [PanelField] {
        var rows = [PanelField(.info, label: lang.pick("门槛条件：一项不通过即不具备资格，不计分数。", "Gates: one failed gate makes the application ineligible, whatever its points."), style: .heading)]
        for result in sheet.gates where result.applicable {
            let title = rubric.gates.first { $0.id == result.id }?.title.text(lang, variant: variant) ?? ""
            rows.append(PanelField(.info, prefix: "  ", label: "\(result.id) \(title)", trailer: UIText.verdict(result.verdict, lang: lang),
                                   style: result.verdict == .fail ? .bad : .normal))
        }
        return rows
    }

    func gateFields(_ id: String, lang: Lang, glyphs: Glyphs) -> [PanelField] {
        guard let gate = rubric.gates.first(where: { $0.id == id }), let result = sheet.gates.first(where: { $0.id == id }) else { return [] }
        var rows = [PanelField(.info, label: "\(gate.id) \(gate.title.text(lang, variant: variant))", style: .heading)]
        if let text = gate.text { rows.append(PanelField(.info, label: text.text(lang, variant: variant), style: .dim)) }
        if let suggestion = dossier.suggestions[.gate(id)] {
            rows.append(PanelField(.info, label: glyphs.plain(suggestion.text(lang)), style: suggestion.verdict == .fail ? .warning : .good))
        }
        let names: [(GateVerdict, String)] = [(.pass, lang.pick("通过", "Pass")), (.fail, lang.pick("不通过（须写明理由）", "Fail (give the reason)")),
                                              (.pending, lang.pick("待核验", "Not yet verified"))]
        for (verdict, name) in names {
            rows.append(PanelField(.gateVerdict(gate: id, verdict: verdict), prefix: result.verdict == verdict ? glyphs.chosen : glyphs.unchosen,
                                   label: name, style: verdict == .fail && result.verdict == .fail ? .bad : .normal))
        }
        rows.append(PanelField(.gateReason(gate: id), prefix: lang.pick("理由：", "Reason: "), label: result.reason.isEmpty ? "-" : result.reason))
        // Gate evidence is keyed by the bare gate id, as the journal and the sheet write it.
        rows += evidenceFields(gate.id, items: gate.evidence, lang: lang)
        for note in gate.notes { rows.append(PanelField(.info, label: Self.noteText(note.text(lang, variant: variant), lang: lang), style: .dim)) }
        return rows
    }

    func overallFields(lang: Lang, timeZone: TimeZone) -> [PanelField] {
        let (done, total) = review.progress
        var rows = [PanelField(.info, label: lang.pick("总体意见与签字", "Overall opinion and sign-off"), style: .heading)]
        rows.append(PanelField(.info, label: lang.pick("已评 \(done)/\(total) 项；基础分 \(sheet.base.plain) + 加分 \(sheet.bonus.plain) = 总分 \(sheet.total.plain)",
                                                       "Scored \(done)/\(total); base \(sheet.base.plain) + bonus \(sheet.bonus.plain) = total \(sheet.total.plain)")))
        rows.append(PanelField(.info, label: UIText.outcome(sheet.outcome, lang: lang), style: sheet.outcome == .ineligible ? .bad : .bold))
        if let recusal = state.recusal {
            rows.append(PanelField(.info, label: lang.pick("已声明回避：", "Recused: ") + recusal, style: .warning))
        }
        if let signOff = state.isSignedOff ? state.signOff : nil {
            rows.append(PanelField(.info, label: lang.pick("已签字（只读）：", "Signed off (read-only): ") + "\(signOff.fingerprint)  "
                                   + LocalTime.format(signOff.time, in: timeZone, lang: lang), style: .good))
        } else {
            rows.append(PanelField(.info, label: lang.pick("签字：输入 :signoff；回避：:recuse 原因；打印：:rationale", "Sign off with :signoff; recuse with :recuse REASON; print with :rationale"), style: .dim))
        }
        rows += commentFields(.overall, lang: lang)
        return rows
    }
}
