import Foundation
import Yams

/// Reads a rubric from YAML text, reporting every problem with file, line and column.
///
/// The format is documented in `Rubrics/README.md`. Loading checks structure and keys;
/// `RubricValidator` then checks references, bands and caps.
public struct RubricLoader {
    /// The format tag a rubric file must declare.
    public static let formatTag = "panelist-rubric/1"

    /// Parses `yaml` (the contents of `file`); returns the rubric when there were no errors.
    public static func load(yaml: String, file: String) -> (rubric: Rubric?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        // The basic resolver: values are read as text and checked here, so Yams need not match
        // every scalar against its regular expressions for numbers, booleans and dates.
        guard let node = YAMLDocument.compose(yaml, file: file, resolver: .basic, emptyHint: "a rubric starts with 'format: \(formatTag)'", into: sink) else {
            return (nil, sink.diagnostics)
        }
        var reader = RubricLoader(sink: sink, file: file)
        let rubric = sink.attempt { try reader.rubric(YAMLValue(node: node, file: file)) }
        return (sink.hasErrors ? nil : rubric, sink.diagnostics)
    }

    static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return Diagnostic(.error, SourceLocation(file: file, line: mark.line, column: mark.column),
                              "YAML syntax: \(problem); check indentation and quoting on this line")
        default:
            return Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "YAML syntax: \(error)")
        }
    }

    let sink: DiagnosticSink
    let file: String
    var variantIDs: [String] = []

    init(sink: DiagnosticSink, file: String) {
        self.sink = sink
        self.file = file
    }

    // MARK: - Top level

    static let rubricKeys = ["format", "id", "title", "title_en", "source", "version", "notes", "variants", "attributes",
                             "facts", "totals", "scenarios", "gates", "categories", "panel", "defaults", "author_notes", "required"]

    mutating func rubric(_ value: YAMLValue) throws -> Rubric {
        let map = try value.map(allowed: Self.rubricKeys, sink: sink, context: "the rubric")
        let format = try map.require("format", hint: "add 'format: \(Self.formatTag)' as the first line").string()
        guard format == Self.formatTag else {
            throw try map.require("format").error("unsupported format '\(format)'; this version of panelist reads '\(Self.formatTag)'")
        }
        let id = try map.require("id", hint: "add a stable id such as 'zhuzhou-benchmark'").identifier()
        var variants: [Rubric.Variant] = []
        if let list = map["variants"] {
            variants = try list.list().compactMap { item in
                sink.attempt {
                    let m = try item.map(allowed: ["id", "title", "title_en"], sink: sink, context: "a variant")
                    return Rubric.Variant(id: try m.require("id").identifier(), title: try text(m, "title", required: true))
                }
            }
        }
        variantIDs = variants.map(\.id)
        return Rubric(
            id: id,
            title: try text(map, "title", required: true),
            source: try map["source"]?.string() ?? "",
            version: try map["version"]?.string() ?? "",
            notes: try notes(map["notes"]),
            variants: variants,
            attributes: try map["attributes"].map { try $0.list().compactMap { item in sink.attempt { try attribute(item) } } } ?? [],
            facts: try map["facts"].map { try $0.list().compactMap { item in sink.attempt { try fact(item) } } } ?? [],
            totals: try map["totals"].map(totals) ?? Rubric.Totals(),
            scenarioTable: try map["scenarios"].map(scenarioTable),
            gates: try map["gates"].map { try $0.list().compactMap { item in sink.attempt { try gate(item) } } } ?? [],
            categories: try map.require("categories", hint: "list the rubric's categories (一级指标)").list().compactMap { item in
                sink.attempt { try node(item, depth: 0, inheritedDefault: false) }
            },
            file: file,
            panel: try map["panel"].map(panelRules) ?? PanelRules(),
            defaults: try map["defaults"].map(defaultFigures),
            authorNotes: try notes(map["author_notes"]),
            required: try map["required"].map(requiredItems) ?? []
        )
    }

    func requiredItems(_ value: YAMLValue) throws -> [RequiredItem] {
        let map = try value.map(allowed: ["figures", "tables"], sink: sink, context: "the required items")
        var out: [RequiredItem] = []
        for (key, kind) in [("figures", RequiredItem.Kind.figure), ("tables", .table)] {
            guard let list = map[key] else { continue }
            out += try list.list().compactMap { item in sink.attempt { try requiredItem(item, kind: kind) } }
        }
        return out
    }

    func requiredItem(_ value: YAMLValue, kind: RequiredItem.Kind) throws -> RequiredItem {
        let keys = ["id", "title", "title_en", "source", "source_en", "match", "indicators"] + (kind == .figure ? ["fact"] : ["columns"])
        let map = try value.map(allowed: keys, sink: sink, context: kind == .figure ? "a required figure" : "a required table")
        let match = try map["match"]?.stringList() ?? []
        if match.isEmpty && map["fact"] == nil {
            throw value.error("say how an application states it: 'match' (title fragments of its figure or table) or 'fact'")
        }
        return RequiredItem(
            id: try map.require("id").identifier(), kind: kind, title: try text(map, "title", required: true),
            source: map.has("source") ? try text(map, "source", required: true) : nil, match: match,
            fact: try map["fact"]?.identifier(), columns: try map["columns"]?.stringList() ?? [],
            indicators: try map["indicators"]?.stringList() ?? [], location: value.location)
    }

    func defaultFigures(_ value: YAMLValue) throws -> DefaultFigures {
        let map = try value.map(allowed: ["set_by", "set_by_en"], sink: sink, context: "the defaults")
        return DefaultFigures(setBy: try text(map, "set_by", required: true))
    }

    func panelRules(_ value: YAMLValue) throws -> PanelRules {
        let map = try value.map(allowed: ["rule", "rounding", "divergence", "gate_rule"], sink: sink, context: "the panel rules")
        var rules = PanelRules(declared: true)
        if let r = map["rule"] { rules.rule = try mergeRule(r) }
        if let r = map["rounding"] {
            let m = try r.map(allowed: ["places", "mode"], sink: sink, context: "the rounding rule")
            if let p = m["places"] {
                let places = try p.count()
                guard places <= 6 else { throw p.error("round to at most 6 decimal places") }
                rules.rounding.places = places
            }
            if let md = m["mode"] {
                let name = try md.string()
                guard let mode = RoundingRule.Mode(rawValue: name) else {
                    throw md.error("rounding mode '\(name)' is not one of \(RoundingRule.Mode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                rules.rounding.mode = mode
            }
        }
        if let d = map["divergence"] {
            let m = try d.map(allowed: ["spread_fraction", "median_distance"], sink: sink, context: "the divergence rule")
            guard m.has("spread_fraction") || m.has("median_distance") else {
                throw d.error("give spread_fraction (e.g. 0.3 = spread above 30% of the cap) and/or median_distance (a fraction of the cap)")
            }
            let spread = try m["spread_fraction"]?.decimal()
            let distance = try m["median_distance"]?.decimal()
            for (key, v) in [("spread_fraction", spread), ("median_distance", distance)] {
                if let v, v < 0 || v > 1, let at = m[key] { throw at.error("\(key) is a fraction of the cap between 0 and 1, not \(v.plain)") }
            }
            rules.divergence = DivergenceRule(spreadFraction: spread, medianDistance: distance)
        }
        if let g = map["gate_rule"] {
            let name = try g.string()
            guard let rule = GateRule(rawValue: name) else {
                throw g.error("gate_rule '\(name)' is not one of \(GateRule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            rules.gateRule = rule
        }
        return rules
    }

    func mergeRule(_ value: YAMLValue) throws -> MergeRule {
        let name = try value.string()
        guard let rule = MergeRule(rawValue: name) else {
            throw value.error("merge rule '\(name)' is not one of \(MergeRule.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return rule
    }

    func attribute(_ value: YAMLValue) throws -> Rubric.Attribute {
        let map = try value.map(allowed: ["id", "title", "title_en", "values"], sink: sink, context: "an attribute")
        let values = try map.require("values", hint: "list the values the attribute may take").list().compactMap { item in
            sink.attempt {
                let m = try item.map(allowed: ["id", "title", "title_en"], sink: sink, context: "an attribute value")
                return Rubric.Attribute.Value(id: try m.require("id").identifier(), title: try text(m, "title", required: true))
            }
        }
        return Rubric.Attribute(id: try map.require("id").identifier(), title: try text(map, "title", required: true), values: values)
    }

    func fact(_ value: YAMLValue) throws -> Rubric.Fact {
        let map = try value.map(allowed: ["id", "title", "title_en", "unit"], sink: sink, context: "a fact")
        return Rubric.Fact(id: try map.require("id").identifier(), title: try text(map, "title", required: true),
                           unit: try map["unit"]?.string() ?? "")
    }

    func totals(_ value: YAMLValue) throws -> Rubric.Totals {
        let map = try value.map(allowed: ["base", "bonus", "threshold"], sink: sink, context: "totals")
        return Rubric.Totals(
            base: try map["base"].map(decimal),
            bonus: try map["bonus"].map(decimal),
            threshold: try map["threshold"].map(decimal)
        )
    }

    func scenarioTable(_ value: YAMLValue) throws -> ScenarioTable {
        let map = try value.map(allowed: ["title", "title_en", "segments", "areas"], sink: sink, context: "the scenario table")
        let segments = try map.require("segments").list().compactMap { item in
            sink.attempt { () throws -> ScenarioTable.Segment in
                let m = try item.map(allowed: ["id", "title", "title_en", "scenarios"], sink: sink, context: "a segment")
                let scenarios = try m.require("scenarios").list().compactMap { s in
                    sink.attempt { () throws -> ScenarioTable.Scenario in
                        let sm = try s.map(allowed: ["id", "title", "title_en", "text", "text_en"], sink: sink, context: "a scenario")
                        return ScenarioTable.Scenario(id: try sm.require("id").identifier(), title: try text(sm, "title", required: true),
                                                      text: sm.has("text") ? try text(sm, "text", required: true) : nil)
                    }
                }
                return ScenarioTable.Segment(id: try m.require("id").identifier(), title: try text(m, "title", required: true), scenarios: scenarios)
            }
        }
        let areas = try map["areas"].map { try $0.list().compactMap { item in
            sink.attempt { () throws -> ScenarioTable.Area in
                let m = try item.map(allowed: ["id", "title", "title_en", "segments"], sink: sink, context: "an area")
                return ScenarioTable.Area(id: try m.require("id").identifier(), title: try text(m, "title", required: true),
                                          segments: try m.require("segments").stringList())
            }
        } } ?? []
        return ScenarioTable(title: try text(map, "title", required: false, fallback: "典型场景"), segments: segments, areas: areas)
    }

    func gate(_ value: YAMLValue) throws -> Gate {
        let map = try value.map(allowed: ["id", "title", "title_en", "text", "text_en", "evidence", "notes", "author_notes", "when", "check"],
                                sink: sink, context: "a gate")
        return Gate(
            id: try map.require("id").identifier(),
            title: try text(map, "title", required: true),
            text: map.has("text") ? try text(map, "text", required: true) : nil,
            evidence: try evidence(map["evidence"]),
            notes: try notes(map["notes"]),
            when: try map["when"].map(condition),
            check: try map["check"].map(gateCheck),
            location: value.location,
            authorNotes: try notes(map["author_notes"])
        )
    }

    func gateCheck(_ value: YAMLValue) throws -> Gate.Check {
        let keys = ["fact", "coverage"] + Bound.Op.allCases.map(\.rawValue)
        let map = try value.map(allowed: keys, sink: sink, context: "a gate check")
        if let coverage = map["coverage"] {
            return .coverage(try coverageRequirement(coverage, extraKeys: []).requirement)
        }
        let factID = try map.require("fact", hint: "name the application fact to compare, or use 'coverage'").identifier()
        let ops = Bound.Op.allCases.filter { map.has($0.rawValue) }
        guard ops.count == 1, let op = ops.first, let bound = map[op.rawValue] else {
            throw value.error("a fact check needs exactly one of at_least, above, at_most, below")
        }
        return .fact(id: factID, bound: Bound(op, try decimal(bound)))
    }

    // MARK: - Nodes

    static let nodeKeys = ["id", "title", "title_en", "text", "text_en", "cap", "kind", "nature", "when", "notes", "evidence",
                           "numbers", "parts", "children", "sum_capped", "min_scored_children", "panel_rule", "default", "author_notes"]

    func node(_ value: YAMLValue, depth: Int, inheritedDefault: Bool) throws -> RubricNode {
        let map = try value.map(allowed: Self.nodeKeys, sink: sink, context: depth == 0 ? "a category" : "an indicator")
        let id = try map.require("id", hint: "give every node a stable id such as 2.3").identifier()
        let cap = try decimal(try map.require("cap", hint: "every indicator has a cap (its full marks), even when points are entered by hand"))
        var kind = RubricNode.Kind.base
        if let k = map["kind"] {
            let name = try k.string()
            guard let parsed = RubricNode.Kind(rawValue: name) else {
                throw k.error("kind '\(name)' is not one of base, bonus, record")
            }
            guard depth == 0 else { throw k.error("'kind' belongs on categories (top-level nodes) only") }
            kind = parsed
        }
        var nature: RubricNode.Nature?
        if let n = map["nature"] {
            let name = try n.string()
            guard let parsed = RubricNode.Nature(rawValue: name) else {
                throw n.error("nature '\(name)' is not qualitative (定性) or quantitative (定量)")
            }
            nature = parsed
        }
        let isDefault = try map["default"]?.bool() ?? inheritedDefault
        let children = try map["children"].map { try $0.list().compactMap { item in
            sink.attempt { try node(item, depth: depth + 1, inheritedDefault: isDefault) }
        } } ?? []
        var parts: [ScoringPart] = []
        if let list = map["parts"] {
            for (index, item) in try list.list().enumerated() {
                if let part = sink.attempt({ try self.part(item, index: index) }) { parts.append(part) }
            }
        }
        if !children.isEmpty && !parts.isEmpty {
            throw value.error("node \(id) has both children and parts; score either through its children or through its own parts")
        }
        if children.isEmpty && parts.isEmpty && !map.has("numbers") {
            throw value.error("node \(id) has neither children nor parts; add 'parts' (how it is scored) or 'children'")
        }
        return RubricNode(
            id: id,
            title: try text(map, "title", required: true),
            text: map.has("text") ? try text(map, "text", required: true) : nil,
            cap: cap,
            kind: kind,
            nature: nature,
            when: try map["when"].map(condition),
            notes: try notes(map["notes"]),
            evidence: try evidence(map["evidence"]),
            numbers: try map["numbers"].map { try $0.list().compactMap { item in sink.attempt { try number(item) } } } ?? [],
            parts: parts,
            children: children,
            sumCapped: try map["sum_capped"]?.bool() ?? false,
            minScoredChildren: try map["min_scored_children"]?.count(),
            depth: depth,
            location: value.location,
            panelRule: try map["panel_rule"].map { v in
                let rule = try mergeRule(v)
                guard rule != .dropExtremeTotals else {
                    throw v.error("drop_extreme_totals drops whole reviewers by their totals; set it for the whole rubric under 'panel: rule:', not on a node")
                }
                return rule
            },
            isDefault: isDefault,
            authorNotes: try notes(map["author_notes"])
        )
    }

    func number(_ value: YAMLValue) throws -> NumberField {
        let map = try value.map(allowed: ["id", "title", "title_en", "unit", "fact", "ratio", "min", "max"], sink: sink, context: "a number")
        var ratio: NumberField.Ratio?
        if let r = map["ratio"] {
            let rm = try r.map(allowed: ["numerator", "denominator", "scale", "share", "zero_total"], sink: sink, context: "a ratio")
            var zeroTotal: LocalizedText?
            if let z = rm["zero_total"] {
                let zm = try z.map(allowed: ["text", "text_en"], sink: sink, context: "zero_total")
                zeroTotal = try text(zm, "text", required: true)
            }
            ratio = NumberField.Ratio(
                numerator: try rm.require("numerator").identifier(),
                denominator: try rm.require("denominator").identifier(),
                scale: try rm["scale"]?.decimal() ?? 1,
                isShare: try rm["share"]?.bool() ?? false,
                zeroTotal: zeroTotal
            )
        }
        return NumberField(
            id: try map.require("id").identifier(),
            title: try text(map, "title", required: true),
            unit: try map["unit"]?.string() ?? "",
            fact: try map["fact"]?.identifier(),
            ratio: ratio,
            minimum: try map["min"]?.decimal() ?? 0,
            maximum: try map["max"]?.decimal()
        )
    }

    // MARK: - Parts

    static let partKinds = ["choice", "checklist", "counts", "bands", "manual", "coverage"]

    func part(_ value: YAMLValue, index: Int) throws -> ScoringPart {
        let common = ["id", "kind", "title", "title_en", "when", "notes", "author_notes"]
        guard value.isMapping else { throw value.error("a part is a mapping with 'kind:' (\(Self.partKinds.joined(separator: ", ")))") }
        let probe = try value.map(allowed: common + ["options", "allow_none", "items", "mode", "lines", "input", "bands", "max", "step", "guide", "tiers"],
                                  sink: DiagnosticSink(), context: "a part")
        let kindValue = try probe.require("kind", hint: "say how the part scores: \(Self.partKinds.joined(separator: ", "))")
        let kind = try kindValue.string()
        let specific: [String]
        switch kind {
        case "choice": specific = ["options", "allow_none"]
        case "checklist": specific = ["items", "mode"]
        case "counts": specific = ["lines"]
        case "bands": specific = ["input", "bands"]
        case "manual": specific = ["max", "step", "guide"]
        case "coverage": specific = ["tiers"]
        default: throw kindValue.error("part kind '\(kind)' is not one of \(Self.partKinds.joined(separator: ", "))")
        }
        let map = try value.map(allowed: common + specific, sink: sink, context: "a \(kind) part")
        let rule: ScoringPart.Rule
        switch kind {
        case "choice":
            rule = .choice(try map.require("options").list().compactMap { item in sink.attempt { try option(item) } })
        case "checklist":
            var mode = ScoringPart.ChecklistMode.sum
            if let m = map["mode"] {
                let name = try m.string()
                guard let parsed = ScoringPart.ChecklistMode(rawValue: name) else {
                    throw m.error("checklist mode '\(name)' is not one of sum, highest, levels, record")
                }
                mode = parsed
            }
            rule = .checklist(mode, try map.require("items").list().compactMap { item in sink.attempt { try checklistItem(item) } })
        case "counts":
            rule = .counts(try map.require("lines").list().compactMap { item in sink.attempt { try countLine(item) } })
        case "bands":
            rule = .bands(input: try map.require("input", hint: "name the number the bands read").identifier(),
                          bands: try map.require("bands").list().compactMap { item in sink.attempt { try band(item) } })
        case "manual":
            rule = .manual(max: try map["max"].map(decimal), step: try map["step"]?.decimal(),
                           guide: try map["guide"].map { try $0.list().map { try localizedItem($0) } } ?? [])
        default:
            rule = .coverage(try map.require("tiers").list().compactMap { item in sink.attempt { try coverageTier(item) } })
        }
        return ScoringPart(
            id: try map["id"]?.identifier() ?? String(index + 1),
            title: map.has("title") ? try text(map, "title", required: true) : nil,
            when: try map["when"].map(condition),
            notes: try notes(map["notes"]),
            rule: rule,
            allowsNone: try map["allow_none"]?.bool() ?? false,
            location: value.location,
            authorNotes: try notes(map["author_notes"])
        )
    }

    func option(_ value: YAMLValue) throws -> ChoiceOption {
        let map = try value.map(allowed: ["id", "text", "text_en", "points", "when", "clauses"], sink: sink, context: "an option")
        let id = try map.require("id").identifier()
        return ChoiceOption(
            id: id,
            text: try text(map, "text", required: true),
            points: try decimal(try map.require("points", hint: "every option states its points, 0 included")),
            when: try map["when"].map(condition),
            clauses: try clauses(map["clauses"]),
            location: value.location
        )
    }

    func clauses(_ value: YAMLValue?) throws -> [ChoiceOption.Clause] {
        guard let value else { return [] }
        return try value.list().compactMap { item in
            sink.attempt {
                if item.isScalar { return ChoiceOption.Clause(text: LocalizedText(try item.string())) }
                let m = try item.map(allowed: ["text", "text_en", "when"], sink: sink, context: "a clause")
                return ChoiceOption.Clause(text: try text(m, "text", required: true), when: try m["when"].map(condition))
            }
        }
    }

    func checklistItem(_ value: YAMLValue) throws -> ChecklistItem {
        let map = try value.map(allowed: ["id", "text", "text_en", "points", "when"], sink: sink, context: "a checklist item")
        return ChecklistItem(
            id: try map.require("id").identifier(),
            text: try text(map, "text", required: true),
            points: try map["points"].map(decimal),
            when: try map["when"].map(condition),
            location: value.location
        )
    }

    func countLine(_ value: YAMLValue) throws -> CountLine {
        let map = try value.map(allowed: ["id", "text", "text_en", "points", "max_count", "unit", "when"], sink: sink, context: "a count line")
        return CountLine(
            id: try map.require("id").identifier(),
            text: try text(map, "text", required: true),
            points: try decimal(try map.require("points", hint: "state the points per unit counted")),
            maxCount: try map["max_count"]?.count(),
            unit: try map["unit"]?.string() ?? "个",
            when: try map["when"].map(condition),
            location: value.location
        )
    }

    func band(_ value: YAMLValue) throws -> Band {
        let map = try value.map(allowed: ["id", "label", "label_en", "at_least", "above", "at_most", "below", "points"],
                                sink: sink, context: "a band")
        if map.has("at_least") && map.has("above") {
            throw value.error("a band has one lower edge: 'at_least' (≥, 大于等于) or 'above' (>, 大于), not both")
        }
        if map.has("at_most") && map.has("below") {
            throw value.error("a band has one upper edge: 'at_most' (≤, 小于等于) or 'below' (<, 小于), not both")
        }
        var lower: Band.Edge?
        if let v = map["at_least"] { lower = Band.Edge(try v.decimal(), inclusive: true) }
        if let v = map["above"] { lower = Band.Edge(try v.decimal(), inclusive: false) }
        var upper: Band.Edge?
        if let v = map["at_most"] { upper = Band.Edge(try v.decimal(), inclusive: true) }
        if let v = map["below"] { upper = Band.Edge(try v.decimal(), inclusive: false) }
        return Band(
            id: try map.require("id").identifier(),
            label: map.has("label") ? try text(map, "label", required: true) : nil,
            lower: lower,
            upper: upper,
            points: try decimal(try map.require("points", hint: "every band states its points, 0 included")),
            location: value.location
        )
    }

    func coverageTier(_ value: YAMLValue) throws -> CoverageTier {
        let (requirement, map) = try coverageRequirement(value, extraKeys: ["id", "text", "text_en", "points", "when", "clauses"])
        return CoverageTier(
            id: try map.require("id").identifier(),
            text: try text(map, "text", required: true),
            points: try decimal(try map.require("points", hint: "every tier states its points, 0 included")),
            when: try map["when"].map(condition),
            requirement: requirement,
            clauses: try clauses(map["clauses"]),
            location: value.location
        )
    }

    func coverageRequirement(_ value: YAMLValue, extraKeys: [String]) throws -> (requirement: CoverageRequirement, map: YAMLMap) {
        let keys = ["min_segments", "min_scenarios", "min_areas", "required_areas", "key_segments", "min_key_segments"]
        let map = try value.map(allowed: keys + extraKeys, sink: sink, context: "a coverage requirement")
        var key: CoverageRequirement.KeySegments?
        if let k = map["key_segments"] {
            let km = try k.map(allowed: ["by", "sets"], sink: sink, context: "key_segments")
            let setsValue = try km.require("sets", hint: "map each attribute value to its key segment ids")
            guard case .mapping(let mapping) = setsValue.node else { throw setsValue.error("'sets' maps attribute values to lists of segment ids") }
            var sets: [(value: String, segments: [String])] = []
            for (k2, v2) in mapping {
                sets.append((try YAMLValue(node: k2, file: file).identifier(), try YAMLValue(node: v2, file: file).stringList()))
            }
            key = CoverageRequirement.KeySegments(attribute: try km.require("by").identifier(), sets: sets)
        }
        let requirement = CoverageRequirement(
            minSegments: try map["min_segments"].map(integer),
            minScenarios: try map["min_scenarios"].map(integer),
            minAreas: try map["min_areas"].map(integer),
            keySegments: key,
            minKeySegments: try map["min_key_segments"].map(integer),
            requiredAreas: try map["required_areas"]?.stringList() ?? []
        )
        return (requirement, map)
    }

    // MARK: - Small values

    func condition(_ value: YAMLValue) throws -> Condition {
        guard case .mapping(let mapping) = value.node else {
            throw value.error("'when' maps attribute ids to allowed values, e.g. when: {industry: [raw_materials]}")
        }
        var clauses: [(attribute: String, values: [String])] = []
        for (k, v) in mapping {
            clauses.append((try YAMLValue(node: k, file: file).identifier(), try YAMLValue(node: v, file: file).stringList()))
        }
        return Condition(clauses: clauses, location: value.location)
    }

    func decimal(_ value: YAMLValue) throws -> Varying<Decimal> { try varying(value) { try $0.decimal() } }
    func integer(_ value: YAMLValue) throws -> Varying<Int> { try varying(value) { try $0.count() } }

    /// A scalar, or a map from variant id to scalar.
    func varying<T>(_ value: YAMLValue, _ parse: (YAMLValue) throws -> T) throws -> Varying<T> {
        guard case .mapping(let mapping) = value.node else { return .same(try parse(value)) }
        guard !variantIDs.isEmpty else {
            throw value.error("per-variant values need the rubric to declare 'variants'; write a single value instead")
        }
        var out: [String: T] = [:]
        for (k, v) in mapping {
            let key = YAMLValue(node: k, file: file)
            let name = try key.string()
            guard variantIDs.contains(name) else {
                throw key.error("'\(name)' is not a variant of this rubric; variants are \(variantIDs.joined(separator: ", "))")
            }
            out[name] = try parse(YAMLValue(node: v, file: file))
        }
        let missing = variantIDs.filter { out[$0] == nil }
        guard missing.isEmpty else {
            throw value.error("per-variant value lacks \(missing.joined(separator: ", ")); give a value for every variant")
        }
        return .byVariant(out)
    }

    func text(_ map: YAMLMap, _ key: String, required: Bool, fallback: String = "") throws -> LocalizedText {
        guard let value = map[key] else {
            if required { throw map.owner.error("\(map.context) has no '\(key)'") }
            return LocalizedText(fallback)
        }
        let zh = try varying(value) { try $0.string() }
        let en = try map[key + "_en"].map { try varying($0) { try $0.string() } }
        return LocalizedText(zh: zh, en: en)
    }

    func localizedItem(_ value: YAMLValue) throws -> LocalizedText {
        if value.isScalar { return LocalizedText(try value.string()) }
        let m = try value.map(allowed: ["text", "text_en"], sink: sink, context: "a text")
        return try text(m, "text", required: true)
    }

    func notes(_ value: YAMLValue?) throws -> [LocalizedText] {
        guard let value else { return [] }
        if value.isScalar { return [LocalizedText(try value.string())] }
        return try value.list().compactMap { item in sink.attempt { try localizedItem(item) } }
    }

    func evidence(_ value: YAMLValue?) throws -> [EvidenceItem] {
        guard let value else { return [] }
        let items = value.isScalar ? [value] : try value.list()
        return items.enumerated().compactMap { index, item in
            sink.attempt {
                if item.isScalar { return EvidenceItem(id: "E\(index + 1)", text: LocalizedText(try item.string())) }
                let m = try item.map(allowed: ["id", "text", "text_en", "marks", "min_chars"], sink: sink, context: "an evidence item")
                return EvidenceItem(
                    id: try m["id"]?.identifier() ?? "E\(index + 1)",
                    text: try text(m, "text", required: true),
                    marks: try m["marks"]?.stringList() ?? [],
                    minChars: try m["min_chars"]?.count()
                )
            }
        }
    }
}
