import Foundation

/// Renders an application for a terminal: basic information, figures with suggestions,
/// narrative sections in rubric order, scenarios, tables and evidence. CJK-aware; no line
/// is wider than `width` cells.
public struct ApplicationReport {
    /// The rubric that supplies titles, order and suggestions.
    public var rubric: Rubric
    /// The application to render.
    public var application: Application
    /// The language of headings and rubric titles.
    public var lang: Lang
    /// The widest a line may be, in terminal cells (at least 24).
    public var width: Int

    /// Creates a report renderer; widths below 24 cells are raised to 24.
    public init(rubric: Rubric, application: Application, lang: Lang, width: Int) {
        self.rubric = rubric
        self.application = application
        self.lang = lang
        self.width = max(width, 24)
    }

    var variant: String? { application.variant?.value }

    /// The report's lines.
    public func render() -> [String] {
        var out: [String] = []
        let app = application
        out += wrap(app.title.isEmpty ? app.applicant.name : app.title, indent: 0)
        out += wrap("\(app.id) · \(rubric.title.text(lang, variant: variant))", indent: 0)
        out.append(rule())

        out += heading(lang.pick("一、基本情况", "1. Basic information"))
        let a = app.applicant
        let industry = a.industry.map { id in
            (rubric.attribute("industry")?.values.first { $0.id == id.value }?.title.text(lang)).map { "\($0) (\(id.value))" } ?? id.value
        }
        var rows: [(String, String)] = [
            (lang.pick("企业名称", "Name"), a.name),
            (lang.pick("统一社会信用代码", "Credit code"), a.creditCode.value),
            (lang.pick("申报类型", "Variant"), variant.map { v in (rubric.variant(v)?.title.text(lang)).map { "\($0) (\(v))" } ?? v } ?? "—"),
            (lang.pick("所属行业", "Industry"), (industry ?? "—") + (a.industryNote.isEmpty ? "" : "：\(a.industryNote)")),
            (lang.pick("地区", "Region"), a.region),
            (lang.pick("单位地址", "Address"), a.address),
            (lang.pick("成立日期", "Founded"), a.founded),
            (lang.pick("企业性质", "Ownership"), a.ownership),
        ]
        if let p = a.legalRepresentative { rows.append((lang.pick("法人代表", "Legal rep."), person(p))) }
        if let p = a.contact { rows.append((lang.pick("联系人", "Contact"), person(p))) }
        for (id, value) in app.attributes.sorted(by: { $0.key < $1.key }) {
            rows.append(((rubric.attribute(id)?.title.text(lang)) ?? id, value.value))
        }
        if !app.date.isEmpty { rows.append((lang.pick("申报日期", "Date"), app.date)) }
        out += table(rows.filter { !$0.1.isEmpty })

        let suggestions = ApplicationSuggestions.compute(rubric, app)
        if !app.facts.isEmpty || !app.numbers.isEmpty || !app.keyFigures.isEmpty {
            out += heading(lang.pick("填报数据", "Stated figures"))
            var figureRows: [(String, String)] = []
            for fact in app.facts {
                let title = rubric.facts.first { $0.id == fact.id }?.title.text(lang) ?? fact.id
                figureRows.append((title, fact.number.text))
            }
            for number in app.numbers {
                let title = rubric.node(number.indicator.value)?.number(number.id)?.title.text(lang) ?? number.id
                figureRows.append(("\(number.indicator.value) \(title)", number.number.text))
            }
            for kpi in app.keyFigures {
                figureRows.append(((kpi.starred ? "*" : "") + kpi.title, kpi.number.text + (kpi.note.isEmpty ? "" : "（\(kpi.note)）")))
            }
            out += table(figureRows)
        }
        if !suggestions.isEmpty {
            out += heading(lang.pick("数据建议（须现场核实后确认）", "Suggestions (confirm after on-site verification)"))
            for s in suggestions {
                out += wrap("\(s.target.id)  " + s.text(lang), indent: 2, hanging: 2 + DisplayWidth.of(s.target.id) + 2)
            }
        }

        let order = rubricOrder()
        let sections = app.sections.enumerated().sorted { l, r in
            let lr = rank(l.element, order), rr = rank(r.element, order)
            return lr != rr ? lr < rr : l.offset < r.offset
        }.map(\.element)
        for section in sections {
            out += heading(section.title)
            if !section.indicators.isEmpty {
                out += wrap(lang.pick("对应指标：", "Answers: ") + section.indicators.map { link($0.value) }.joined(separator: lang.pick("；", "; ")), indent: 2)
            }
            out += markdown(section.text)
        }

        if !app.scenarios.isEmpty {
            out += heading(lang.pick("可实现的场景（环节—场景—实例）", "Scenarios (segment — scenario — instance)"))
            for (index, s) in app.scenarios.enumerated() {
                let table = rubric.scenarioTable
                let segmentID = s.scenario.flatMap { table?.segment(ofScenario: $0) } ?? s.segment
                let segment = segmentID.flatMap { id in table?.segments.first { $0.id == id }?.title.text(lang) } ?? lang.pick("其他", "other")
                let scenario = s.scenario.flatMap { id in table?.allScenarios.first { $0.scenario.id == id }?.scenario.title.text(lang) }
                    ?? (s.otherTitle ?? "") + lang.pick("（表外）", " (outside the table)")
                let line = "\(index + 1). \(segment) — \(scenario) — \(s.instance)" + (s.section.map { " [\($0)]" } ?? "")
                out += wrap(line, indent: 2, hanging: 5)
            }
        }

        for t in app.tables {
            out += heading(t.title + (t.indicators.isEmpty ? "" : "  [" + t.indicators.map(\.value).joined(separator: ", ") + "]"))
            out += wrap(t.columns.joined(separator: " | "), indent: 2, hanging: 4)
            out.append("  " + String(repeating: "-", count: max(0, width - 2)))
            for (index, row) in t.rows.enumerated() {
                out += wrap("\(index + 1). " + row.map { $0.isEmpty ? "—" : $0 }.joined(separator: " | "), indent: 2, hanging: 5)
            }
        }

        if !app.evidence.isEmpty {
            out += heading(lang.pick("佐证材料", "Evidence"))
            let sorted = app.evidence.enumerated().sorted { l, r in
                let lr = order[l.element.target.value] ?? Int.max, rr = order[r.element.target.value] ?? Int.max
                return lr != rr ? lr < rr : l.offset < r.offset
            }.map(\.element)
            for e in sorted {
                var line = "\(e.target.value)  \(e.file)"
                if !e.page.isEmpty { line += lang.pick("（第\(e.page)页）", " (p. \(e.page))") }
                if !e.description.isEmpty { line += " — \(e.description)" }
                out += wrap(line, indent: 2, hanging: 4 + DisplayWidth.of(e.target.value))
            }
        }

        let missing = ApplicationCoverage.unaddressed(rubric, app)
        if !missing.isEmpty {
            out += heading(lang.pick("未涉及的指标（无对应章节、无佐证）", "Indicators not addressed (no section, no evidence)"))
            for node in missing { out += wrap("\(node.id)  \(node.title.text(lang, variant: variant))", indent: 2, hanging: 4 + DisplayWidth.of(node.id)) }
        }
        return out
    }

    /// Gate ids then node ids → position in the rubric.
    func rubricOrder() -> [String: Int] {
        var order: [String: Int] = [:]
        for (i, gate) in rubric.gates.enumerated() { order[gate.id] = i }
        for (i, node) in rubric.allNodes.enumerated() where order[node.id] == nil { order[node.id] = rubric.gates.count + i }
        return order
    }

    func rank(_ section: ApplicationSection, _ order: [String: Int]) -> Int {
        section.indicators.compactMap { order[$0.value] }.min() ?? Int.max
    }

    func link(_ id: String) -> String {
        if let node = rubric.node(id) { return "\(id) \(node.title.text(lang, variant: variant))" }
        if let gate = rubric.gates.first(where: { $0.id == id }) { return "\(id) \(gate.title.text(lang, variant: variant))" }
        return id
    }

    func person(_ p: Contact) -> String {
        [p.name, p.title, p.phone, p.email].filter { !$0.isEmpty }.joined(separator: "  ")
    }

    func rule() -> String { String(repeating: "=", count: width) }

    func heading(_ text: String) -> [String] {
        [""] + wrap("■ " + text, indent: 0, hanging: 2)
    }

    /// Wraps text to the width: the first line indented by `indent`, later lines by `hanging`.
    func wrap(_ text: String, indent: Int, hanging: Int? = nil) -> [String] {
        let hang = min(hanging ?? indent, width / 2)
        let first = min(indent, width / 2)
        let lines = TextLayout.wrap(text, width: width - max(first, hang))
        return lines.enumerated().map { index, line in
            String(repeating: " ", count: index == 0 ? first : hang) + line
        }
    }

    /// Label/value rows with the labels aligned in one column.
    func table(_ rows: [(String, String)]) -> [String] {
        let labelWidth = min(rows.map { DisplayWidth.of($0.0) }.max() ?? 0, width / 3)
        var out: [String] = []
        for (label, value) in rows {
            let valueLines = TextLayout.wrap(value, width: width - labelWidth - 4)
            for (i, line) in valueLines.enumerated() {
                out.append("  " + (i == 0 ? TextLayout.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)) + "  " + line)
            }
        }
        return out
    }

    /// Markdown rendered plainly: headings bold-free, list items with hanging indents.
    func markdown(_ text: String) -> [String] {
        var out: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw).replacingOccurrences(of: "**", with: "")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { out.append(""); continue }
            if trimmed.hasPrefix("#") {
                line = String(trimmed.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                out += wrap(line, indent: 2)
                continue
            }
            let leading = line.prefix { $0 == " " }.count
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                out += wrap("· " + trimmed.dropFirst(2), indent: 2 + leading, hanging: 4 + leading)
            } else if let dot = trimmed.firstIndex(of: "."), trimmed[..<dot].allSatisfy(\.isNumber), !trimmed[..<dot].isEmpty {
                out += wrap(trimmed, indent: 2 + leading, hanging: 2 + leading + DisplayWidth.of(trimmed[...dot]) + 1)
            } else {
                out += wrap(trimmed, indent: 2 + leading, hanging: 2 + leading)
            }
        }
        while out.last == "" { out.removeLast() }
        return out
    }
}
