/// Checks a form template against its rubric: every variant, industry, fact, number, indicator,
/// gate, table and section it names must exist.
public enum FormTemplateValidator {
    /// Every problem found (errors), in template order.
    public static func validate(_ template: FormTemplate, against rubric: Rubric) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let top = SourceLocation(file: template.file, line: 1, column: 1)
        func error(_ at: SourceLocation, _ message: String) { out.append(Diagnostic(.error, at, message)) }
        let linkable = Set(rubric.allNodes.map(\.id) + rubric.gates.map(\.id))
        func checkLinks(_ ids: [String], _ at: SourceLocation, _ what: String) {
            for id in ids where !linkable.contains(id) {
                let hint = YAMLValue.closest(id, in: Array(linkable)).map { "; did you mean '\($0)'?" } ?? ""
                error(at, "\(what) links to '\(id)', which rubric \(rubric.id) does not have\(hint)")
            }
        }
        if template.rubric != rubric.id {
            error(top, "the template is for rubric '\(template.rubric)' but is being checked against '\(rubric.id)'")
        }
        for field in template.fields {
            let label = field.labels.first ?? ""
            func targetProblem(_ target: FormTarget) -> String? {
                switch target {
                case .variant:
                    if rubric.variants.isEmpty { return "rubric \(rubric.id) has no variants" }
                    let unknown = field.choices.map(\.value).filter { rubric.variant($0) == nil }
                    if field.choices.isEmpty { return "a variant field lists its options: choose: {VARIANT_ID: 表上文字}" }
                    if !unknown.isEmpty { return "unknown variant(s) \(unknown.joined(separator: ", ")); the rubric's are \(rubric.variants.map(\.id).joined(separator: ", "))" }
                case .applicant("industry"):
                    guard let attribute = rubric.attribute("industry") else { return nil }
                    let unknown = field.choices.map(\.value).filter { v in !attribute.values.contains { $0.id == v } }
                    if field.choices.isEmpty { return "industry is an id of the rubric's industry attribute; list the options: choose: {ID: 表上文字}" }
                    if !unknown.isEmpty { return "unknown industry id(s) \(unknown.joined(separator: ", ")); the rubric's are \(attribute.values.map(\.id).joined(separator: ", "))" }
                case .attribute(let id):
                    guard let attribute = rubric.attribute(id), id != "industry" else { return "rubric \(rubric.id) has no attribute '\(id)' (industry goes to applicant.industry)" }
                    let unknown = field.choices.map(\.value).filter { v in !attribute.values.contains { $0.id == v } }
                    if !unknown.isEmpty { return "unknown value(s) \(unknown.joined(separator: ", ")) of attribute \(id)" }
                case .fact(let id):
                    if !rubric.facts.contains(where: { $0.id == id }) {
                        return "rubric \(rubric.id) has no fact '\(id)'; its facts are: \(rubric.facts.map(\.id).joined(separator: ", "))"
                    }
                case .number(let indicator, let id):
                    return numberProblem(indicator, id, rubric)
                default: break
                }
                return nil
            }
            if let problem = targetProblem(field.target) { error(field.location, "field \(label): \(problem)") }
            if let note = field.note, let problem = targetProblem(note) { error(field.location, "field \(label) note: \(problem)") }
            if field.target == .variant, field.many { error(field.location, "field \(label): one variant is ticked; write choose, not choose_many") }
        }
        var sectionIDs: [String: SourceLocation] = [:]
        for section in template.allSections {
            if let first = sectionIDs[section.id] {
                error(section.location, "section id '\(section.id)' is used twice (first at line \(first.line))")
            }
            sectionIDs[section.id] = section.location
            checkLinks(section.indicators, section.location, "section \(section.id)")
            checkLinks(section.evidence.map(\.target), section.location, "the evidence of section \(section.id)")
        }
        var tables: [String: FormTableRule] = [:]
        for table in template.tables {
            if tables[table.id] != nil { error(table.location, "table id '\(table.id)' is used twice") }
            tables[table.id] = table
            checkLinks(table.indicators, table.location, "table \(table.id)")
        }
        for sum in template.sums {
            guard let table = tables[sum.table] else {
                error(sum.location, "a sum names table '\(sum.table)', which this template does not have; its tables are: \(tables.keys.sorted().joined(separator: ", "))")
                continue
            }
            for column in [sum.column] + (sum.filter.map { [$0.column] } ?? []) where !table.header.contains(column) {
                error(sum.location, "table \(table.id) has no column '\(column)'; its columns are: \(table.header.joined(separator: ", "))")
            }
            switch sum.target {
            case .fact(let id) where !rubric.facts.contains(where: { $0.id == id }):
                error(sum.location, "rubric \(rubric.id) has no fact '\(id)'")
            case .number(let indicator, let id):
                if let problem = numberProblem(indicator, id, rubric) { error(sum.location, problem) }
            default: break
            }
        }
        if let scenarios = template.scenarios {
            if rubric.scenarioTable == nil { error(scenarios.location, "rubric \(rubric.id) has no scenario table; remove 'scenarios:'") }
            if let section = scenarios.section, sectionIDs[section] == nil {
                error(scenarios.location, "the scenario list names section '\(section)', which this template does not have")
            }
        }
        return out
    }

    static func numberProblem(_ indicator: String, _ id: String, _ rubric: Rubric) -> String? {
        guard let node = rubric.node(indicator), node.isIndicator else { return "rubric \(rubric.id) has no indicator '\(indicator)'" }
        guard let field = node.number(id) else { return "indicator \(indicator) has no number '\(id)'" }
        if field.isDerived { return "\(indicator)/\(id) is computed; state its inputs" }
        if field.fact != nil { return "\(indicator)/\(id) comes from fact '\(field.fact ?? "")'; write facts.\(field.fact ?? "")" }
        return nil
    }
}
