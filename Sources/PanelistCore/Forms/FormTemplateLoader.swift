import Foundation
import Yams

/// Reads a form template (`panelist-form/1`) from YAML text, reporting every problem with file, line and column.
///
/// The format is documented in `docs/FORMS.md`; `FormTemplateValidator` then checks it against its rubric.
public struct FormTemplateLoader {
    /// The format tag a template file must declare.
    public static let formatTag = "panelist-form/1"

    /// Parses `yaml` (the contents of `file`); returns the template when there were no errors.
    public static func load(yaml: String, file: String) -> (template: FormTemplate?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        guard let node = YAMLDocument.compose(yaml, file: file, emptyHint: "a form template starts with 'format: \(formatTag)'", into: sink) else {
            return (nil, sink.diagnostics)
        }
        let reader = FormTemplateLoader(sink: sink, file: file)
        let template = sink.attempt { try reader.template(YAMLValue(node: node, file: file)) }
        return (sink.hasErrors ? nil : template, sink.diagnostics)
    }

    let sink: DiagnosticSink
    let file: String

    static let topKeys = ["format", "rubric", "title", "source", "instructions", "fields", "matrices", "blocks", "sections", "tables", "sums", "scenarios"]

    func template(_ value: YAMLValue) throws -> FormTemplate {
        let map = try value.map(allowed: Self.topKeys, sink: sink, context: "the form template")
        let format = try map.require("format", hint: "add 'format: \(Self.formatTag)' as the first line").string()
        guard format == Self.formatTag else {
            throw try map.require("format").error("unsupported format '\(format)'; this version of panelist reads '\(Self.formatTag)'")
        }
        func each<T>(_ key: String, _ read: (YAMLValue) throws -> T) throws -> [T] {
            try map[key].map { try $0.list().compactMap { item in sink.attempt { try read(item) } } } ?? []
        }
        return FormTemplate(
            rubric: try map.require("rubric", hint: "name the rubric the form belongs to, e.g. 'rubric: zhuzhou-benchmark'").identifier(),
            title: try map.require("title", hint: "add the form's title, e.g. 附件2 株洲市智能制造标杆申报书").string(),
            source: try map["source"]?.string() ?? "",
            instructions: try map["instructions"]?.stringList() ?? [],
            fields: try each("fields", field),
            matrices: try each("matrices", labelRule),
            blocks: try each("blocks", labelRule),
            sections: try each("sections", section),
            tables: try each("tables", table),
            sums: try each("sums", sum),
            scenarios: try map["scenarios"].map(scenarios),
            file: file
        )
    }

    func target(_ value: YAMLValue) throws -> FormTarget {
        let text = try value.string()
        guard let target = FormTarget.parse(text) else {
            throw value.error("'\(text)' is not a place in an application; write title, date, variant, applicant.KEY (\(FormTarget.applicantKeys.joined(separator: ", "))), applicant.legal_representative.KEY or applicant.contact.KEY (name, title, phone, email), attributes.ID, facts.ID, numbers.INDICATOR.ID, kpi or form")
        }
        return target
    }

    func choices(_ value: YAMLValue) throws -> [FormChoice] {
        if case .mapping(let mapping) = value.node {
            return try mapping.map { key, text in
                FormChoice(value: try YAMLValue(node: key, file: file).identifier(), text: try YAMLValue(node: text, file: file).string())
            }
        }
        return try value.stringList().map { FormChoice(value: $0, text: $0) }
    }

    func field(_ value: YAMLValue) throws -> FormField {
        let map = try value.map(allowed: ["label", "row", "to", "choose", "choose_many", "note", "unit", "required"], sink: sink, context: "a field")
        let labels = try map.require("label", hint: "write the label as the form prints it, e.g. label: 企业名称").stringList()
        guard !labels.isEmpty, labels.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw value.error("a field's label is empty; write the label as the form prints it")
        }
        if map.has("choose"), map.has("choose_many"), let at = map.keyLocation("choose_many") {
            throw Diagnostic(.error, at, "a field has either 'choose' (one option ticked) or 'choose_many' (several), not both")
        }
        let chosen = try (map["choose"] ?? map["choose_many"]).map(choices) ?? []
        return FormField(
            labels: labels, row: try map["row"]?.string(),
            target: try target(map.require("to", hint: "say where the value goes, e.g. to: applicant.name")),
            choices: chosen, many: map.has("choose_many"), note: try map["note"].map(target), unit: try map["unit"]?.string(),
            required: try map["required"]?.bool() ?? false, location: value.location
        )
    }

    func labelRule(_ value: YAMLValue) throws -> FormLabelRule {
        if value.isScalar { return FormLabelRule(label: try value.string(), location: value.location) }
        let map = try value.map(allowed: ["label"], sink: sink, context: "a matrix or block")
        return FormLabelRule(label: try map.require("label", hint: "write the heading cell as the form prints it").string(), location: value.location)
    }

    func ids(_ value: YAMLValue?) throws -> [String] {
        guard let value else { return [] }
        return try (value.isScalar ? [value] : value.list()).map { try $0.identifier() }
    }

    func section(_ value: YAMLValue) throws -> FormSectionRule {
        let map = try value.map(allowed: ["id", "heading", "indicators", "form", "subsections", "evidence"], sink: sink, context: "a section")
        var evidence: [FormEvidenceRule] = []
        if let rules = map["evidence"] {
            guard case .mapping(let mapping) = rules.node else { throw rules.error("evidence is a mapping of text the line contains to an indicator or gate id, e.g. 营业执照: G1") }
            evidence = try mapping.map { key, target in
                FormEvidenceRule(match: try YAMLValue(node: key, file: file).string(), target: try YAMLValue(node: target, file: file).identifier())
            }
        }
        return FormSectionRule(
            id: try map.require("id", hint: "add the application section id, e.g. id: overview").identifier(),
            heading: try map.require("heading", hint: "write the heading as the form prints it, e.g. 二、企业情况概述（200字以内）").string(),
            indicators: try ids(map["indicators"]), holdsForm: try map["form"]?.bool() ?? false,
            subsections: try map["subsections"].map { try $0.list().compactMap { item in sink.attempt { try section(item) } } } ?? [],
            evidence: evidence, location: value.location
        )
    }

    func table(_ value: YAMLValue) throws -> FormTableRule {
        let map = try value.map(allowed: ["id", "title", "header", "indicators", "group_column"], sink: sink, context: "a table")
        let header = try map.require("header", hint: "list the column headings as the form prints them").stringList()
        guard !header.isEmpty else { throw value.error("a table's header is empty; list its column headings") }
        return FormTableRule(
            id: try map.require("id", hint: "add the application table id, e.g. id: equipment").identifier(),
            title: try map.require("title", hint: "write the table's title as the form prints it").string(),
            header: header, indicators: try ids(map["indicators"]), groupColumn: try map["group_column"]?.string(), location: value.location
        )
    }

    func sum(_ value: YAMLValue) throws -> FormSumRule {
        let map = try value.map(allowed: ["to", "table", "column", "where", "unit"], sink: sink, context: "a sum")
        var filter: (String, String)?
        if let condition = map["where"] {
            guard case .mapping(let mapping) = condition.node, mapping.count == 1, let (key, text) = mapping.first else {
                throw condition.error("'where' is one column and the text its cell contains, e.g. where: {产地: 株洲本地}")
            }
            filter = (try YAMLValue(node: key, file: file).string(), try YAMLValue(node: text, file: file).string())
        }
        let toValue = try map.require("to", hint: "say where the sum goes, e.g. to: numbers.4.1.total")
        let to = try target(toValue)
        switch to {
        case .fact, .number: break
        default: throw toValue.error("a sum goes to facts.ID or numbers.INDICATOR.ID, not '\(to)'")
        }
        return FormSumRule(target: to, table: try map.require("table", hint: "name a table id of this template").identifier(),
                           column: try map.require("column", hint: "name the column added").string(),
                           filter: filter, unit: try map["unit"]?.string() ?? "", location: value.location)
    }

    func scenarios(_ value: YAMLValue) throws -> FormScenarioRule {
        let map = try value.map(allowed: ["header", "mark", "instance", "other", "section"], sink: sink, context: "the scenario list")
        return FormScenarioRule(
            header: try map.require("header", hint: "list the column headings that identify the scenario table, e.g. [环节, 场景, 有/无]").stringList(),
            mark: try map["mark"]?.string(), instance: try map["instance"]?.string(), other: try map["other"]?.string(),
            section: try map["section"]?.identifier(), location: value.location
        )
    }
}
