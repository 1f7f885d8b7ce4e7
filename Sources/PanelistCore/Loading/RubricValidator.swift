import Foundation

/// Checks a loaded rubric: unique ids, references, bands without gaps or overlaps, and caps.
///
/// Caps are checked per variant: a node whose parts (or children) can never reach its cap is
/// an error; one whose parts can exceed it is an error unless the node says `sum_capped: true`
/// (the seed caps the sum itself, 累计加分不超过 N 分), which makes it a warning.
public enum RubricValidator {
    /// Every problem found, errors and warnings, in file order.
    public static func validate(_ rubric: Rubric) -> [Diagnostic] {
        var v = Validation(rubric: rubric)
        v.run()
        return v.diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    struct Validation {
        let rubric: Rubric
        var diagnostics: [Diagnostic] = []

        init(rubric: Rubric) { self.rubric = rubric }

        var variants: [String?] { rubric.variants.isEmpty ? [nil] : rubric.variants.map { Optional($0.id) } }

        func at(_ location: SourceLocation?) -> SourceLocation {
            location ?? SourceLocation(file: rubric.file, line: 1, column: 1)
        }

        mutating func error(_ location: SourceLocation?, _ message: String) {
            diagnostics.append(Diagnostic(.error, at(location), message))
        }

        mutating func warning(_ location: SourceLocation?, _ message: String) {
            diagnostics.append(Diagnostic(.warning, at(location), message))
        }

        mutating func run() {
            if rubric.categories.isEmpty { error(nil, "the rubric has no categories; list at least one under 'categories'") }
            unique(rubric.variants.map { ($0.id, nil) }, what: "variant")
            unique(rubric.attributes.map { ($0.id, nil) }, what: "attribute")
            for attribute in rubric.attributes {
                unique(attribute.values.map { ($0.id, nil) }, what: "value of attribute \(attribute.id)")
            }
            unique(rubric.facts.map { ($0.id, nil) }, what: "fact")
            unique(rubric.gates.map { ($0.id, $0.location) }, what: "gate")
            unique(rubric.allNodes.map { ($0.id, $0.location) }, what: "indicator")
            scenarioTable()
            for gate in rubric.gates { check(gate) }
            for category in rubric.categories { check(category) }
            totals()
            defaults()
            required()
        }

        /// Required items: unique ids, declared facts, indicators that exist.
        mutating func required() {
            unique(rubric.required.map { ($0.id, $0.location) }, what: "required item")
            for item in rubric.required {
                if let fact = item.fact, !rubric.facts.contains(where: { $0.id == fact }) {
                    error(item.location, "required figure \(item.id) is stated by fact '\(fact)', which is not declared under 'facts'")
                }
                for id in item.indicators where rubric.node(id) == nil && !rubric.gates.contains(where: { $0.id == id }) {
                    error(item.location, "required \(item.kind.rawValue) \(item.id) names '\(id)', which is neither an indicator nor a gate of this rubric")
                }
            }
        }

        /// Default figures need a `defaults:` block saying who decides them, and the block needs a default.
        mutating func defaults() {
            let marked = rubric.allNodes.filter(\.isDefault)
            if let first = marked.first, rubric.defaults == nil {
                error(first.location, "node \(first.id) is marked 'default: true' but the rubric does not say who decides its figures; add 'defaults: {set_by: 组织方, set_by_en: the organiser}' at the top level")
            }
            if marked.isEmpty, rubric.defaults != nil {
                warning(nil, "'defaults:' says who decides default figures, but no node is marked 'default: true'; mark the categories or indicators whose caps the seed does not set, or remove 'defaults:'")
            }
        }

        mutating func unique(_ ids: [(String, SourceLocation?)], what: String) {
            var seen: [String: SourceLocation?] = [:]
            for (id, location) in ids {
                if let first = seen[id] {
                    let firstLine = first.map { " (first at line \($0.line))" } ?? ""
                    error(location, "duplicate \(what) id '\(id)'\(firstLine); ids must be unique")
                } else {
                    seen[id] = location
                }
            }
        }

        mutating func scenarioTable() {
            guard let table = rubric.scenarioTable else { return }
            unique(table.segments.map { ($0.id, nil) }, what: "segment")
            unique(table.allScenarios.map { ($0.scenario.id, nil) }, what: "scenario")
            unique(table.areas.map { ($0.id, nil) }, what: "area")
            let segmentIDs = Set(table.segments.map(\.id))
            for area in table.areas {
                for segment in area.segments where !segmentIDs.contains(segment) {
                    error(nil, "area \(area.id) names segment '\(segment)', which the scenario table does not have")
                }
            }
        }

        mutating func condition(_ condition: Condition?, fallback: SourceLocation?) {
            guard let condition else { return }
            for clause in condition.clauses {
                if clause.attribute == "variant" {
                    for value in clause.values where rubric.variant(value) == nil {
                        error(condition.location ?? fallback, "'when' names variant '\(value)', which is not declared; variants: \(rubric.variants.map(\.id).joined(separator: ", "))")
                    }
                    continue
                }
                guard let attribute = rubric.attribute(clause.attribute) else {
                    error(condition.location ?? fallback, "'when' refers to attribute '\(clause.attribute)', which is not declared; add it under 'attributes' or fix the name")
                    continue
                }
                for value in clause.values where !attribute.values.contains(where: { $0.id == value }) {
                    error(condition.location ?? fallback, "'\(value)' is not a value of attribute \(attribute.id); values: \(attribute.values.map(\.id).joined(separator: ", "))")
                }
            }
        }

        mutating func check(_ gate: Gate) {
            condition(gate.when, fallback: gate.location)
            switch gate.check {
            case .fact(let id, _)?:
                if !rubric.facts.contains(where: { $0.id == id }) {
                    error(gate.location, "gate \(gate.id) checks fact '\(id)', which is not declared under 'facts'")
                }
            case .coverage(let requirement)?:
                coverage(requirement, location: gate.location)
            case nil:
                break
            }
        }

        mutating func coverage(_ requirement: CoverageRequirement, location: SourceLocation?) {
            guard let table = rubric.scenarioTable else {
                error(location, "a coverage rule needs the rubric's 'scenarios' table")
                return
            }
            if requirement.minAreas != nil || !requirement.requiredAreas.isEmpty, table.areas.isEmpty {
                error(location, "min_areas and required_areas need 'areas' in the scenario table")
            }
            for area in requirement.requiredAreas where !table.areas.isEmpty && !table.areas.contains(where: { $0.id == area }) {
                error(location, "required_areas names '\(area)', which the scenario table's areas do not have; areas: \(table.areas.map(\.id).joined(separator: ", "))")
            }
            guard let key = requirement.keySegments else { return }
            guard let attribute = rubric.attribute(key.attribute) else {
                error(location, "key_segments is chosen by attribute '\(key.attribute)', which is not declared")
                return
            }
            let segmentIDs = Set(table.segments.map(\.id))
            for set in key.sets {
                if !attribute.values.contains(where: { $0.id == set.value }) {
                    error(location, "key_segments names '\(set.value)', which is not a value of attribute \(attribute.id)")
                }
                for segment in set.segments where !segmentIDs.contains(segment) {
                    error(location, "key_segments for \(set.value) names segment '\(segment)', which the scenario table does not have")
                }
            }
        }

        mutating func check(_ node: RubricNode) {
            condition(node.when, fallback: node.location)
            unique(node.parts.map { ($0.id, $0.location) }, what: "part of \(node.id)")
            unique(node.numbers.map { ($0.id, node.location) }, what: "number of \(node.id)")
            for number in node.numbers {
                if let fact = number.fact, !rubric.facts.contains(where: { $0.id == fact }) {
                    error(node.location, "number \(number.id) of \(node.id) takes fact '\(fact)', which is not declared under 'facts'")
                }
                if let ratio = number.ratio {
                    for ref in [ratio.numerator, ratio.denominator] {
                        guard let target = node.number(ref) else {
                            error(node.location, "ratio \(number.id) of \(node.id) refers to '\(ref)', which is not a number of this indicator")
                            continue
                        }
                        if target.isDerived { error(node.location, "ratio \(number.id) refers to '\(ref)', itself derived; refer to entered numbers") }
                    }
                }
            }
            for part in node.parts { check(part, of: node) }
            if let minimum = node.minScoredChildren, minimum > node.children.count {
                error(node.location, "min_scored_children \(minimum) is more than the \(node.children.count) children of \(node.id)")
            }
            for child in node.children { check(child) }
            caps(node)
        }

        mutating func check(_ part: ScoringPart, of node: RubricNode) {
            condition(part.when, fallback: part.location)
            let label = "\(node.id) part \(part.id)"
            switch part.rule {
            case .choice(let options):
                if options.isEmpty { error(part.location, "\(label) has no options") }
                unique(options.map { ($0.id, $0.location) }, what: "option of \(label)")
                if part.allowsNone, let clash = options.first(where: { $0.id == ScoringPart.noneAnswer }) {
                    error(clash.location, "\(label) allows none, so no option may have the id 'none'; rename the option")
                }
                for option in options {
                    condition(option.when, fallback: option.location)
                    for clause in option.clauses { condition(clause.when, fallback: option.location) }
                }
            case .checklist(let mode, let items):
                if items.isEmpty { error(part.location, "\(label) has no items") }
                unique(items.map { ($0.id, $0.location) }, what: "item of \(label)")
                for item in items {
                    condition(item.when, fallback: item.location)
                    if mode != .record && item.points == nil {
                        error(item.location, "item \(item.id) of \(label) has no points; give 'points' (or use mode: record for ticks without points)")
                    }
                }
                if mode == .levels {
                    for variant in variants {
                        let pts = items.map { $0.points?.resolve(variant) ?? 0 }
                        if zip(pts, pts.dropFirst()).contains(where: { $0 > $1 }) {
                            error(part.location, "levels of \(label) must rise in points (lower levels first)")
                            break
                        }
                    }
                }
            case .counts(let lines):
                if lines.isEmpty { error(part.location, "\(label) has no lines") }
                unique(lines.map { ($0.id, $0.location) }, what: "line of \(label)")
                for line in lines { condition(line.when, fallback: line.location) }
            case .bands(let input, let bands):
                unique(bands.map { ($0.id, $0.location) }, what: "band of \(label)")
                guard let field = node.number(input) else {
                    error(part.location, "\(label) reads number '\(input)', which is not declared in the indicator's 'numbers'")
                    return
                }
                checkBands(bands, field: field, label: label, location: part.location)
            case .manual(let max, let step, _):
                for variant in variants {
                    if let m = max?.resolve(variant), let cap = node.cap.resolve(variant), m > cap {
                        error(part.location, "\(label): manual max \(m.plain) is over the indicator's cap \(cap.plain)")
                    }
                }
                if let step, step <= 0 { error(part.location, "\(label): step must be above 0") }
            case .coverage(let tiers):
                unique(tiers.map { ($0.id, $0.location) }, what: "tier of \(label)")
                for tier in tiers {
                    condition(tier.when, fallback: tier.location)
                    coverage(tier.requirement, location: tier.location)
                }
            }
        }

        /// Bands must cover every value from the number's minimum up, without gaps or overlaps.
        mutating func checkBands(_ bands: [Band], field: NumberField, label: String, location: SourceLocation?) {
            guard !bands.isEmpty else {
                error(location, "\(label) has no bands")
                return
            }
            for band in bands {
                if let lo = band.lower, let hi = band.upper, lo.value > hi.value || (lo.value == hi.value && !(lo.inclusive && hi.inclusive)) {
                    error(band.location, "band \(band.id) of \(label) is empty: \(band.interval)")
                }
            }
            let sorted = bands.sorted { a, b in
                switch (a.lower, b.lower) {
                case (nil, _): return true
                case (_, nil): return false
                case (let x?, let y?): return x.value < y.value || (x.value == y.value && x.inclusive && !y.inclusive)
                }
            }
            if let first = sorted.first, let lower = first.lower {
                let minimum = field.minimum
                if minimum == nil || lower.value > (minimum ?? 0) || (lower.value == minimum && !lower.inclusive) {
                    let from = minimum.map { "[\($0.plain)" } ?? "-∞"
                    error(first.location, "bands of \(label) leave a gap below \(first.interval) (numbers start at \(from)); add a band for the lowest values")
                }
            }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                guard let upper = a.upper else {
                    error(b.location, "bands \(a.id) \(a.interval) and \(b.id) \(b.interval) of \(label) overlap; make each edge inclusive on one side only")
                    continue
                }
                guard let lower = b.lower else { continue }
                if lower.value == upper.value && lower.inclusive != upper.inclusive { continue }
                if lower.value > upper.value || (lower.value == upper.value && !lower.inclusive && !upper.inclusive) {
                    error(b.location, "bands of \(label) leave a gap between \(a.id) \(a.interval) and \(b.id) \(b.interval); make them meet (e.g. below: \(lower.value.plain) then at_least: \(lower.value.plain))")
                } else {
                    error(b.location, "bands \(a.id) \(a.interval) and \(b.id) \(b.interval) of \(label) overlap; make each edge inclusive on one side only")
                }
            }
            if let last = sorted.last, let upper = last.upper {
                if field.maximum == nil || upper.value < (field.maximum ?? 0) || (upper.value == field.maximum && !upper.inclusive) {
                    error(last.location, "bands of \(label) leave a gap above \(last.interval); add a band for the highest values (or set the number's max)")
                }
            }
        }

        /// The most a part can give, or `nil` when unbounded.
        func maximum(_ part: ScoringPart, cap: Decimal?, variant: String?) -> Decimal? {
            switch part.rule {
            case .choice(let options):
                return options.compactMap { $0.points.resolve(variant) }.max() ?? 0
            case .checklist(let mode, let items):
                let pts = items.compactMap { $0.points?.resolve(variant) }
                switch mode {
                case .sum: return pts.reduce(0, +)
                case .highest, .levels: return pts.max() ?? 0
                case .record: return 0
                }
            case .counts(let lines):
                var total: Decimal = 0
                for line in lines {
                    guard let maxCount = line.maxCount else { return nil }
                    total += (line.points.resolve(variant) ?? 0) * Decimal(maxCount)
                }
                return total
            case .bands(_, let bands):
                return bands.compactMap { $0.points.resolve(variant) }.max() ?? 0
            case .manual(let max, _, _):
                return max?.resolve(variant) ?? cap
            case .coverage(let tiers):
                return tiers.compactMap { $0.points.resolve(variant) }.max() ?? 0
            }
        }

        mutating func caps(_ node: RubricNode) {
            let isRecord = node.kind == .record && node.depth == 0
            for variant in variants {
                guard let cap = node.cap.resolve(variant) else { continue }
                let name = variant.map { " (variant \($0))" } ?? ""
                var reach: Decimal? = 0
                var what = "parts"
                if node.children.isEmpty {
                    for part in node.parts {
                        guard let m = maximum(part, cap: cap, variant: variant) else { reach = nil; break }
                        reach = (reach ?? 0) + m
                    }
                    if node.parts.isEmpty { continue }
                } else {
                    what = "children's caps"
                    reach = node.children.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
                }
                if isRecord { continue }
                compare(reach: reach, cap: cap, sumCapped: node.sumCapped, label: "\(node.id)\(name)", what: what, location: node.location)
            }
        }

        mutating func compare(reach: Decimal?, cap: Decimal, sumCapped: Bool, label: String, what: String, location: SourceLocation?) {
            guard let reach else {
                if sumCapped {
                    warning(location, "\(label): its \(what) have no upper limit; capped at \(cap.plain) as the seed states")
                } else {
                    error(location, "\(label): its \(what) have no upper limit but the cap is \(cap.plain); add 'sum_capped: true' where the seed caps the sum (累计…不超过), or give counts a max_count")
                }
                return
            }
            if reach < cap {
                error(location, "\(label): its \(what) reach at most \(reach.plain), below its cap \(cap.plain); fix the points or the cap")
            } else if reach > cap {
                if sumCapped {
                    warning(location, "\(label): its \(what) add up to \(reach.plain), over its cap \(cap.plain); capped at \(cap.plain) as the seed states")
                } else {
                    error(location, "\(label): its \(what) add up to \(reach.plain), over its cap \(cap.plain); fix the points, or add 'sum_capped: true' if the seed caps the sum (累计…不超过)")
                }
            }
        }

        mutating func totals() {
            for variant in variants {
                let name = variant.map { " (variant \($0))" } ?? ""
                for (kind, cap) in [(RubricNode.Kind.base, rubric.totals.base), (.bonus, rubric.totals.bonus)] {
                    guard let cap = cap?.resolve(variant) else { continue }
                    let sum = rubric.categories.filter { $0.kind == kind }.reduce(Decimal(0)) { $0 + ($1.cap.resolve(variant) ?? 0) }
                    if sum != cap {
                        error(nil, "totals: \(kind.rawValue) categories add up to \(sum.plain)\(name) but totals.\(kind.rawValue) is \(cap.plain); make them agree")
                    }
                }
                if let threshold = rubric.totals.threshold?.resolve(variant) {
                    let full = (rubric.totals.base?.resolve(variant) ?? 0) + (rubric.totals.bonus?.resolve(variant) ?? 0)
                    if rubric.totals.base != nil, threshold > full {
                        error(nil, "totals: threshold \(threshold.plain)\(name) is above the most attainable \(full.plain)")
                    }
                }
            }
        }
    }
}
