import Foundation
import Yams

/// Reads an application (申报书) from YAML text, reporting every problem with file, line and column.
///
/// `parse` checks the structure, the figures and the credit code; `load` also checks the
/// application against its rubric (`ApplicationValidator`). The format is documented in
/// `docs/APPLICATIONS.md`.
public struct ApplicationLoader {
    /// The format tag an application file must declare.
    public static let formatTag = "panelist-application/1"

    /// Parses and validates against `rubric`; returns the application when there were no errors.
    public static func load(yaml: String, file: String, rubric: Rubric) -> (application: Application?, diagnostics: [Diagnostic]) {
        validate(parse(yaml: yaml, file: file), against: rubric)
    }

    /// Validates what `parse` returned against `rubric`, as `load` does, without parsing again.
    public static func validate(_ parsed: (application: Application?, diagnostics: [Diagnostic]), against rubric: Rubric)
        -> (application: Application?, diagnostics: [Diagnostic]) {
        guard let application = parsed.application else { return (nil, parsed.diagnostics) }
        let all = parsed.diagnostics + ApplicationValidator.validate(application, against: rubric)
        return (all.contains { $0.severity == .error } ? nil : application, all)
    }

    /// Parses the structure without a rubric (e.g. to learn which rubric it names).
    public static func parse(yaml: String, file: String) -> (application: Application?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        // The basic resolver: values are read as text and checked here, so Yams need not match
        // every scalar against its regular expressions for numbers, booleans and dates.
        guard let node = YAMLDocument.compose(yaml, file: file, resolver: .basic, emptyHint: "an application starts with 'format: \(formatTag)'", into: sink) else {
            return (nil, sink.diagnostics)
        }
        let reader = ApplicationLoader(sink: sink, file: file)
        let application = sink.attempt { try reader.application(YAMLValue(node: node, file: file)) }
        return (sink.hasErrors ? nil : application, sink.diagnostics)
    }

    let sink: DiagnosticSink
    let file: String

    static let topKeys = ["format", "id", "rubric", "variant", "title", "date", "applicant", "attributes", "facts",
                          "numbers", "kpis", "tables", "scenarios", "sections", "evidence"]

    func application(_ value: YAMLValue) throws -> Application {
        let map = try value.map(allowed: Self.topKeys, sink: sink, context: "the application")
        let format = try map.require("format", hint: "add 'format: \(Self.formatTag)' as the first line").string()
        guard format == Self.formatTag else {
            throw try map.require("format").error("unsupported format '\(format)'; this version of panelist reads '\(Self.formatTag)'")
        }
        let id = try map.require("id", hint: "add a stable id such as 'zz-2024-w-001'").identifier()
        let rubricValue = try map.require("rubric", hint: "name the rubric applied under, e.g. 'rubric: zhuzhou-benchmark'")
        let rubric = Located(try rubricValue.identifier(), at: rubricValue.location)
        let variant = try map["variant"].map { Located(try $0.identifier(), at: $0.location) }
        let applicantValue = try map.require("applicant", hint: "add the basic information (基本情况表): name, credit_code, industry …")
        let applicant = try self.applicant(applicantValue)

        var attributes: [String: Located<String>] = [:]
        if let attrs = map["attributes"] {
            for (key, value) in try entries(attrs, context: "attributes") {
                if let v = sink.attempt({ try value.identifier() }) { attributes[key] = Located(v, at: value.location) }
            }
        }
        var facts: [StatedFact] = []
        if let list = map["facts"] {
            for (key, value) in try entries(list, context: "facts") {
                if let number = sink.attempt({ try statedNumber(value) }) {
                    facts.append(StatedFact(id: key, number: number, keyLocation: value.location))
                }
            }
        }
        var numbers: [StatedIndicatorNumber] = []
        if let list = map["numbers"] {
            for (indicator, inner) in try entries(list, context: "numbers", keyed: true) {
                guard let fields = sink.attempt({ try entries(inner.value, context: "the numbers of indicator \(indicator)") }) else { continue }
                for (key, value) in fields {
                    if let number = sink.attempt({ try statedNumber(value) }) {
                        numbers.append(StatedIndicatorNumber(indicator: Located(indicator, at: inner.key), id: key, number: number, keyLocation: value.location))
                    }
                }
            }
        }
        let kpis = try map["kpis"].map { try $0.list().compactMap { item in sink.attempt { try keyFigure(item) } } } ?? []
        let tables = try map["tables"].map { try $0.list().compactMap { item in sink.attempt { try table(item) } } } ?? []
        let scenarios = try map["scenarios"].map { try $0.list().compactMap { item in sink.attempt { try scenario(item) } } } ?? []
        let sections = try map["sections"].map { try $0.list().compactMap { item in sink.attempt { try section(item) } } } ?? []
        let evidence = try map["evidence"].map { try $0.list().compactMap { item in sink.attempt { try evidenceEntry(item) } } } ?? []
        return Application(
            id: id, rubric: rubric, variant: variant, title: try map["title"]?.string() ?? "", date: try map["date"]?.string() ?? "",
            applicant: applicant, attributes: attributes, facts: facts, numbers: numbers, keyFigures: kpis, tables: tables,
            scenarios: scenarios, sections: sections, evidence: evidence, file: file,
            keyLocations: Dictionary(map.entries.map { ($0.key, $0.keyValue.location) }, uniquingKeysWith: { a, _ in a })
        )
    }

    /// The key/value pairs of a free-keyed mapping (fact ids, attribute ids), in file order.
    func entries(_ value: YAMLValue, context: String) throws -> [(String, YAMLValue)] {
        try entries(value, context: context, keyed: true).map { ($0.0, $0.1.value) }
    }

    func entries(_ value: YAMLValue, context: String, keyed: Bool) throws -> [(String, (key: SourceLocation, value: YAMLValue))] {
        guard case .mapping(let mapping) = value.node else {
            throw value.error("expected a mapping of ids to values for \(context), found a \(value.kindName)")
        }
        var out: [(String, (key: SourceLocation, value: YAMLValue))] = []
        var seen: [String: Int] = [:]
        for (key, item) in mapping {
            let keyValue = YAMLValue(node: key, file: file)
            guard let name = sink.attempt({ try keyValue.identifier() }) else { continue }
            if let line = seen[name] {
                sink.add(keyValue.error("'\(name)' appears twice in \(context) (first at line \(line)); keep one"))
                continue
            }
            seen[name] = keyValue.location.line
            out.append((name, (keyValue.location, YAMLValue(node: item, file: file))))
        }
        return out
    }

    func applicant(_ value: YAMLValue) throws -> Applicant {
        let map = try value.map(allowed: ["name", "credit_code", "industry", "industry_note", "region", "address", "founded",
                                          "ownership", "legal_representative", "contact"], sink: sink, context: "applicant")
        let name = try nonEmpty(map.require("name", hint: "add 企业名称 as 'name: …'"), what: "企业名称 (name)")
        let codeValue = try map.require("credit_code", hint: "add the 18-character 统一社会信用代码 as 'credit_code: …'")
        let code = try codeValue.string().trimmingSpaces()
        switch CreditCode.problem(code) {
        case .shape(let why)?:
            sink.add(codeValue.error("credit_code '\(code)' \(why)"))
        case .checkCharacter(let expected, let found)?:
            sink.add(Diagnostic(.warning, codeValue.location,
                                "credit_code '\(code)' fails the GB 32100-2015 check: the 18th character is '\(found)' but the first 17 give '\(expected)'; copy the code again from the business licence (营业执照) — the reviewer verifies it there"))
        case nil:
            break
        }
        return Applicant(
            name: name,
            creditCode: Located(code, at: codeValue.location),
            industry: try map["industry"].map { Located(try $0.identifier(), at: $0.location) },
            industryNote: try map["industry_note"]?.string() ?? "",
            region: try map["region"]?.string() ?? "",
            address: try map["address"]?.string() ?? "",
            founded: try map["founded"]?.string() ?? "",
            ownership: try map["ownership"]?.string() ?? "",
            legalRepresentative: try map["legal_representative"].map { try contact($0, context: "legal_representative") },
            contact: try map["contact"].map { try contact($0, context: "contact") }
        )
    }

    func contact(_ value: YAMLValue, context: String) throws -> Contact {
        let map = try value.map(allowed: ["name", "title", "phone", "email"], sink: sink, context: context)
        return Contact(
            name: try nonEmpty(map.require("name", hint: "add the person's name"), what: "\(context) name"),
            title: try map["title"]?.string() ?? "",
            phone: try map["phone"]?.string() ?? "",
            email: try map["email"]?.string() ?? ""
        )
    }

    func nonEmpty(_ value: YAMLValue, what: String) throws -> String {
        let text = try value.string().trimmingWhitespaceAndNewlines()
        guard !text.isEmpty else { throw value.error("\(what) is empty; fill it in as the form states it") }
        return text
    }

    func statedNumber(_ value: YAMLValue) throws -> StatedNumber {
        let text = try value.string()
        switch StatedNumber.parse(text) {
        case .success(let parsed):
            return StatedNumber(text: text, value: parsed.value, unit: parsed.unit, location: value.location)
        case .failure(let problem):
            throw value.error(problem.message)
        }
    }

    func links(_ value: YAMLValue?) throws -> [Located<String>] {
        guard let value else { return [] }
        let items = value.isScalar ? [value] : try value.list()
        return items.compactMap { item in sink.attempt { Located(try item.identifier(), at: item.location) } }
    }

    func keyFigure(_ value: YAMLValue) throws -> KeyFigure {
        let map = try value.map(allowed: ["title", "value", "starred", "note"], sink: sink, context: "a kpi")
        return KeyFigure(
            title: try nonEmpty(map.require("title", hint: "name the figure as the form does, e.g. 关键设备数控化率"), what: "kpi title"),
            number: try statedNumber(map.require("value", hint: "write the figure, e.g. value: \"92%\"")),
            starred: try map["starred"]?.bool() ?? false,
            note: try map["note"]?.string() ?? ""
        )
    }

    func table(_ value: YAMLValue) throws -> ApplicationTable {
        let map = try value.map(allowed: ["id", "title", "indicators", "columns", "rows"], sink: sink, context: "a table")
        let columns = try map.require("columns", hint: "list the column headings").stringList()
        var rows: [[String]] = []
        if let list = map["rows"] {
            for row in try list.list() {
                guard let cells = sink.attempt({ try row.stringList() }) else { continue }
                if cells.count != columns.count {
                    sink.add(row.error("this row has \(cells.count) cells but the table has \(columns.count) columns (\(columns.joined(separator: ", "))); write one cell per column, \"\" for an empty one"))
                    continue
                }
                rows.append(cells)
            }
        }
        return ApplicationTable(
            id: try map.require("id", hint: "add an id such as 'equipment'").identifier(),
            title: try nonEmpty(map.require("title", hint: "add the form's table title"), what: "table title"),
            columns: columns, rows: rows, indicators: try links(map["indicators"]), location: value.location
        )
    }

    func scenario(_ value: YAMLValue) throws -> ClaimedScenario {
        let map = try value.map(allowed: ["segment", "scenario", "other", "instance", "section"], sink: sink, context: "a scenario")
        let scenario = try map["scenario"]?.identifier()
        let other = try map["other"]?.string()
        if scenario == nil, other == nil {
            throw value.error("a scenario needs 'scenario: ID' (from the rubric's scenario table) or 'other: 名称' for a scenario outside the table")
        }
        if scenario != nil, other != nil, let location = map.keyLocation("other") {
            throw Diagnostic(.error, location, "a scenario has either 'scenario' or 'other', not both")
        }
        return ClaimedScenario(
            segment: try map["segment"]?.identifier(), scenario: scenario, otherTitle: other,
            instance: try nonEmpty(map.require("instance", hint: "name the applicant's instance (实例), e.g. 齿轮箱体柔性加工单元"), what: "instance"),
            section: try map["section"]?.identifier(), location: value.location
        )
    }

    func section(_ value: YAMLValue) throws -> ApplicationSection {
        let map = try value.map(allowed: ["id", "title", "indicators", "text"], sink: sink, context: "a section")
        return ApplicationSection(
            id: try map.require("id", hint: "add an id such as 'overview'").identifier(),
            title: try nonEmpty(map.require("title", hint: "add the form's heading, e.g. 二、企业情况概述"), what: "section title"),
            indicators: try links(map["indicators"]),
            text: try nonEmpty(map.require("text", hint: "add the section's text (Markdown) after 'text: |'"), what: "section text"),
            location: value.location
        )
    }

    func evidenceEntry(_ value: YAMLValue) throws -> ApplicationEvidence {
        let map = try value.map(allowed: ["for", "file", "description", "page"], sink: sink, context: "an evidence entry")
        let target = try map.require("for", hint: "name the indicator or gate it supports, e.g. for: \"2.1\"")
        var page = ""
        if let pageValue = map["page"] {
            page = try pageValue.string().replacingOccurrences(of: "–", with: "-")
            let bounds = page.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
                throw pageValue.error("page '\(page)' is not a page number; write the page in the bound application, e.g. 12 or 12-15")
            }
        }
        return ApplicationEvidence(
            target: Located(try target.identifier(), at: target.location),
            file: try nonEmpty(map.require("file", hint: "add the file name as supplied, e.g. 附件4-1 专项审计报告.pdf"), what: "evidence file"),
            description: try map["description"]?.string() ?? "", page: page, location: value.location
        )
    }
}
