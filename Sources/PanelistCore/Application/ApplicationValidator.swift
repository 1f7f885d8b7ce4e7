import Foundation

/// Checks an application against its rubric: variant, attributes, facts and units,
/// required fields, and every link to an indicator, gate, scenario or section.
public enum ApplicationValidator {
    /// Every problem found, in file order of the checks (errors and warnings).
    public static func validate(_ app: Application, against rubric: Rubric) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ at: SourceLocation, _ message: String) { out.append(Diagnostic(.error, at, message)) }
        let top = app.keyLocations["rubric"] ?? app.rubric.location

        if app.rubric.value != rubric.id {
            error(app.rubric.location, "the application names rubric '\(app.rubric.value)' but is being checked against '\(rubric.id)'; pass the rubric it names, or correct 'rubric:'")
        }

        // Variant (申报类型).
        let variantList = rubric.variants.map { "\($0.id) (\($0.title.text(.zh)))" }.joined(separator: ", ")
        if let variant = app.variant {
            if rubric.variants.isEmpty {
                error(variant.location, "rubric \(rubric.id) has no variants; remove 'variant:'")
            } else if rubric.variant(variant.value) == nil {
                error(variant.location, "unknown variant '\(variant.value)' for rubric \(rubric.id); use one of: \(variantList)")
            }
        } else if !rubric.variants.isEmpty {
            error(top, "rubric \(rubric.id) needs the variant applied for (申报类型); add 'variant: …' with one of: \(variantList)")
        }

        // Attributes: industry from the applicant, others from `attributes:`.
        for attribute in rubric.attributes {
            let values = attribute.values.map { "\($0.id) (\($0.title.text(.zh)))" }.joined(separator: ", ")
            let stated = attribute.id == "industry" ? app.applicant.industry : app.attributes[attribute.id]
            guard let stated else {
                let whereTo = attribute.id == "industry" ? "add 'industry: …' under applicant" : "add '\(attribute.id): …' under attributes"
                error(attribute.id == "industry" ? (app.keyLocations["applicant"] ?? top) : (app.keyLocations["attributes"] ?? top),
                      "rubric \(rubric.id) needs \(attribute.title.text(.zh)) (\(attribute.id)); \(whereTo) with one of: \(values)")
                continue
            }
            if !attribute.values.contains(where: { $0.id == stated.value }) {
                var message = "unknown \(attribute.id) '\(stated.value)'"
                if let guess = YAMLValue.closest(stated.value, in: attribute.values.map(\.id)) { message += "; did you mean '\(guess)'?" }
                error(stated.location, message + " (\(attribute.title.text(.zh)): \(values))")
            }
        }
        for (id, value) in app.attributes.sorted(by: { $0.value.location.line < $1.value.location.line })
        where rubric.attribute(id) == nil || id == "industry" {
            if id == "industry" {
                error(value.location, "write the industry under applicant ('industry: \(value.value)'), not under attributes")
                continue
            }
            var message = "rubric \(rubric.id) has no attribute '\(id)'"
            if let guess = YAMLValue.closest(id, in: rubric.attributes.map(\.id)) { message += "; did you mean '\(guess)'?" }
            error(value.location, message)
        }

        // Facts: known ids, units, ranges; every fact an applicable gate checks.
        let profile = app.profile
        for fact in app.facts {
            guard let declared = rubric.facts.first(where: { $0.id == fact.id }) else {
                var message = "rubric \(rubric.id) has no fact '\(fact.id)'"
                if let guess = YAMLValue.closest(fact.id, in: rubric.facts.map(\.id)) {
                    message += "; did you mean '\(guess)'?"
                } else {
                    message += "; its facts are: \(rubric.facts.map(\.id).joined(separator: ", ")) (other figures go under kpis)"
                }
                error(fact.keyLocation, message)
                continue
            }
            let what = "\(declared.title.text(.zh)) (\(fact.id))"
            if let problem = unitProblem(fact.number, expected: declared.unit, what: what) { error(fact.number.location, problem) }
            for node in rubric.allNodes {
                for field in node.numbers where field.fact == fact.id {
                    if let problem = rangeProblem(fact.number, field: field, what: what) { error(fact.number.location, problem) }
                }
            }
        }
        var required: [(gate: Gate, fact: String)] = []
        for gate in rubric.gates {
            guard case .fact(let id, _)? = gate.check, gate.when?.evaluate(profile) != false else { continue }
            if app.fact(id) == nil, !required.contains(where: { $0.fact == id }) { required.append((gate, id)) }
        }
        for (gate, id) in required {
            let fact = rubric.facts.first { $0.id == id }
            let unit = fact?.unit ?? ""
            error(app.keyLocations["facts"] ?? top,
                  "missing fact '\(id)' (\(fact?.title.text(.zh) ?? id)\(unit.isEmpty ? "" : "，\(unit)")), required because gate \(gate.id) checks it; add it under facts, e.g. \(id): \"\(example(unit))\"")
        }

        // Numbers of indicators without facts.
        for stated in app.numbers {
            guard let node = rubric.node(stated.indicator.value), node.isIndicator else {
                error(stated.indicator.location, "rubric \(rubric.id) has no indicator '\(stated.indicator.value)'\(guess(stated.indicator.value, in: rubric))")
                continue
            }
            guard let field = node.number(stated.id) else {
                let ids = node.numbers.filter { !$0.isDerived && $0.fact == nil }.map(\.id)
                error(stated.keyLocation, "indicator \(node.id) has no number '\(stated.id)'" + (ids.isEmpty ? "; it takes no numbers" : "; its numbers are: \(ids.joined(separator: ", "))"))
                continue
            }
            if let ratio = field.ratio {
                error(stated.keyLocation, "\(node.id)/\(field.id) is computed (\(ratio.numerator) ÷ \(ratio.denominator)); state \(ratio.numerator) and \(ratio.denominator) instead")
                continue
            }
            if let fact = field.fact {
                error(stated.keyLocation, "\(node.id)/\(field.id) is suggested by fact '\(fact)'; state it under facts instead")
                continue
            }
            let what = "\(field.title.text(.zh)) (\(node.id)/\(field.id))"
            if let problem = unitProblem(stated.number, expected: field.unit, what: what) { error(stated.number.location, problem) }
            if let problem = rangeProblem(stated.number, field: field, what: what) { error(stated.number.location, problem) }
        }

        // Links to indicators and gates.
        let sectionIDs = Set(app.sections.map(\.id))
        func checkLink(_ link: Located<String>, from: String) {
            if rubric.node(link.value) == nil, !rubric.gates.contains(where: { $0.id == link.value }) {
                error(link.location, "\(from) links to '\(link.value)', which rubric \(rubric.id) does not have\(guess(link.value, in: rubric)) (indicator and gate ids: see 'panelist rubric show \(rubric.id)')")
            }
        }
        var seenSections: [String: Int] = [:]
        for section in app.sections {
            if let line = seenSections[section.id] {
                error(section.location, "section id '\(section.id)' is used twice (first at line \(line)); ids must be unique")
            }
            seenSections[section.id] = section.location.line
            section.indicators.forEach { checkLink($0, from: "section \(section.id)") }
        }
        var seenTables: [String: Int] = [:]
        for table in app.tables {
            if let line = seenTables[table.id] {
                error(table.location, "table id '\(table.id)' is used twice (first at line \(line)); ids must be unique")
            }
            seenTables[table.id] = table.location.line
            table.indicators.forEach { checkLink($0, from: "table \(table.id)") }
        }
        for entry in app.evidence { checkLink(entry.target, from: "evidence '\(entry.file)'") }

        // Scenarios against the rubric's table.
        var claimed: [String: Int] = [:]
        for scenario in app.scenarios {
            if let section = scenario.section, !sectionIDs.contains(section) {
                var message = "scenario '\(scenario.instance)' refers to section '\(section)', which the application does not have"
                if let g = YAMLValue.closest(section, in: Array(sectionIDs)) { message += "; did you mean '\(g)'?" }
                error(scenario.location, message)
            }
            guard let table = rubric.scenarioTable else {
                if scenario.scenario != nil {
                    error(scenario.location, "rubric \(rubric.id) has no scenario table; write 'other: 名称' for this scenario")
                }
                continue
            }
            guard let id = scenario.scenario else {
                if let segment = scenario.segment, !table.segments.contains(where: { $0.id == segment }) {
                    error(scenario.location, "the scenario table of \(rubric.id) has no segment '\(segment)'; segments are 1–\(table.segments.count)")
                }
                continue
            }
            guard let segment = table.segment(ofScenario: id) else {
                error(scenario.location, "the scenario table of \(rubric.id) has no scenario '\(id)'; use a scenario id from the table (see 'panelist rubric show \(rubric.id)') or 'other: 名称'")
                continue
            }
            if let line = claimed[id] {
                error(scenario.location, "scenario \(id) is claimed twice (first at line \(line)); claim each scenario once and describe its instances in one section")
            }
            claimed[id] = scenario.location.line
            if let written = scenario.segment, written != segment {
                let title = table.segments.first { $0.id == segment }?.title.text(.zh) ?? ""
                let scenarioTitle = table.allScenarios.first { $0.scenario.id == id }?.scenario.title.text(.zh) ?? ""
                error(scenario.location, "scenario \(id) (\(scenarioTitle)) belongs to segment \(segment) (\(title)), not \(written); correct 'segment:'")
            }
        }
        // Figures and tables the form requires (the seed's 必填 / * fields, appendices): warnings, so the
        // application is still used and the reviewer sees what the applicant left out.
        for status in ApplicationRequirements.missing(rubric, app) {
            let at = app.keyLocations[status.item.kind == .table ? "tables" : "kpis"] ?? top
            let fix = status.item.kind == .table
                ? "add it under tables (title containing \(status.item.match.first ?? status.item.id))"
                : "add it under kpis (title containing \(status.item.match.first ?? status.item.id))" + (status.item.fact.map { " or facts: \($0)" } ?? "")
            out.append(Diagnostic(.warning, at, "required by the form: " + status.line(.en) + "; " + fix))
        }
        return out
    }

    /// Amounts in these units convert exactly (factor in 元).
    static let currencyFactor: [String: Decimal] = ["元": 1, "万元": 10_000, "亿元": 100_000_000]

    /// A message when the stated unit is not the rubric's.
    static func unitProblem(_ number: StatedNumber, expected: String, what: String) -> String? {
        let unit = number.unit
        if unit.isEmpty || unit == expected { return nil }
        if expected.isEmpty {
            return "'\(number.text)': \(what) has no unit; write the number alone, e.g. \(number.value.plain)"
        }
        if let from = currencyFactor[unit], let to = currencyFactor[expected] {
            return "'\(number.text)' is in \(unit) but \(what) is in \(expected); write \((number.value * from / to).plain)\(expected)"
        }
        return "'\(number.text)' is in '\(unit)' but \(what) is in '\(expected)'; write the figure in \(expected), e.g. \(number.value.plain)\(expected)"
    }

    /// A message when a figure is outside the number field's range.
    static func rangeProblem(_ number: StatedNumber, field: NumberField, what: String) -> String? {
        if let min = field.minimum, number.value < min {
            return "'\(number.text)' is below the least value \(min.plain)\(field.unit) of \(what); check the figure"
        }
        if let max = field.maximum, number.value > max {
            return "'\(number.text)' is above the greatest value \(max.plain)\(field.unit) of \(what); check the figure"
        }
        return nil
    }

    static func example(_ unit: String) -> String {
        switch unit {
        case "万元": return "1800万元"
        case "%": return "85%"
        case "级": return "三级"
        case "分": return "3.62"
        default: return "10" + unit
        }
    }

    static func guess(_ id: String, in rubric: Rubric) -> String {
        let ids = rubric.allNodes.map(\.id) + rubric.gates.map(\.id)
        return YAMLValue.closest(id, in: ids).map { "; did you mean '\($0)'?" } ?? ""
    }
}
