import Foundation

/// Scores one reviewer's entries against a rubric: a pure function of its arguments.
///
/// Points are exact decimals and never rounded. Every node's points are its parts' (or
/// children's) sum capped at the node's cap; categories are summed into base and bonus,
/// each capped by the rubric's totals; total = base + bonus.
public enum ScoringEngine {
    /// Scores `inputs` for an applicant; `facts` only feed gate suggestions.
    public static func score(
        _ rubric: Rubric, profile: ApplicantProfile, inputs: ReviewerInputs, facts: ApplicationFacts = ApplicationFacts()
    ) -> ScoreSheet {
        var run = Run(rubric: rubric, profile: profile, inputs: inputs)
        if !rubric.variants.isEmpty, profile.variant.map({ v in rubric.variants.contains { $0.id == v } }) != true {
            let first = rubric.variants.first?.id ?? ""
            run.problems.append(ScoreProblem(id: rubric.id, message: "no valid variant given (\(profile.variant ?? "none")); scored as \(first)"))
            run.profile.variant = first
        }
        var categoryScores: [NodeScore] = []
        for category in rubric.categories {
            categoryScores.append(run.score(category))
        }
        let variant = run.profile.variant
        let base = run.sum(kind: .base, scores: categoryScores, cap: rubric.totals.base?.resolve(variant))
        let bonus = run.sum(kind: .bonus, scores: categoryScores, cap: rubric.totals.bonus?.resolve(variant))
        let gates = rubric.gates.map { run.gate($0, facts: facts) }
        let total = base.points + bonus.points
        let threshold = rubric.totals.threshold?.resolve(variant)

        let open = run.open
        let failed = gates.contains { $0.applicable && $0.verdict == .fail }
        let pending = gates.contains { $0.applicable && $0.verdict == .pending }
        let complete = open.isEmpty && !pending
        let outcome: Outcome
        if failed {
            outcome = .ineligible
        } else if let threshold {
            if total >= threshold {
                outcome = complete ? .recognised : .provisional
            } else {
                outcome = complete ? .belowThreshold : .incomplete
            }
        } else {
            outcome = complete ? .scored : .incomplete
        }
        return ScoreSheet(
            nodes: run.nodes, gates: gates, base: base.points, baseDerivation: base,
            bonus: bonus.points, bonusDerivation: bonus, total: total, threshold: threshold,
            outcome: outcome, openIndicators: open, problems: run.problems
        )
    }

    /// The state of one scoring run.
    struct Run {
        let rubric: Rubric
        var profile: ApplicantProfile
        let inputs: ReviewerInputs
        var nodes: [String: NodeScore] = [:]
        var problems: [ScoreProblem] = []
        var open: [String] = []

        init(rubric: Rubric, profile: ApplicantProfile, inputs: ReviewerInputs) {
            self.rubric = rubric
            self.profile = profile
            self.inputs = inputs
            nodes.reserveCapacity(rubric.allNodes.count)   // one score per node: no rehashing while the tree is scored
        }

        var variant: String? { profile.variant }

        /// Whether a condition admits the applicant; an unknown attribute is reported and admits.
        mutating func admits(_ condition: Condition?, id: String) -> Bool {
            guard let condition else { return true }
            switch condition.evaluate(profile) {
            case .some(let result):
                return result
            case .none:
                let names = condition.clauses.map(\.attribute).filter { profile.value(of: $0) == nil }
                problems.append(ScoreProblem(id: id, message: "applicant attribute \(names.joined(separator: ", ")) is not set; condition treated as met"))
                return true
            }
        }

        mutating func sum(kind: RubricNode.Kind, scores: [NodeScore], cap: Decimal?) -> Derivation {
            let chosen = zip(rubric.categories, scores).filter { $0.0.kind == kind }.map(\.1)
            let raw = chosen.reduce(Decimal(0)) { $0 + $1.points }
            let points = cap.map { Swift.min(raw, $0) } ?? raw
            return Derivation(steps: chosen.map { .child(id: $0.id, points: $0.points) }, raw: raw, cap: cap, points: points)
        }

        @discardableResult
        mutating func score(_ node: RubricNode) -> NodeScore {
            let cap = node.cap.resolve(variant) ?? 0
            guard admits(node.when, id: node.id) else {
                let result = NodeScore(id: node.id, points: 0, cap: cap, progress: .notApplicable,
                                       derivation: Derivation(steps: [.notApplicable], raw: 0, cap: cap, points: 0))
                markNotApplicable(node)
                nodes[node.id] = result
                return result
            }
            let result = node.children.isEmpty ? scoreLeaf(node, cap: cap) : scoreParent(node, cap: cap)
            nodes[node.id] = result
            return result
        }

        mutating func markNotApplicable(_ node: RubricNode) {
            for child in node.children {
                let cap = child.cap.resolve(variant) ?? 0
                nodes[child.id] = NodeScore(id: child.id, points: 0, cap: cap, progress: .notApplicable,
                                            derivation: Derivation(steps: [.notApplicable], raw: 0, cap: cap, points: 0))
                markNotApplicable(child)
            }
        }

        mutating func scoreParent(_ node: RubricNode, cap: Decimal) -> NodeScore {
            var steps: [DerivationStep] = []
            var raw: Decimal = 0
            var progresses: [Progress] = []
            var scored = 0
            for child in node.children {
                let s = score(child)
                if s.progress == .notApplicable { continue }
                steps.append(.child(id: child.id, points: s.points))
                raw += s.points
                progresses.append(s.progress)
                if s.points > 0 { scored += 1 }
            }
            var unmet: [String] = []
            if let minimum = node.minScoredChildren, scored < minimum {
                unmet.append("\(scored) < \(minimum)")
            }
            let points = Swift.min(raw, cap)
            let counted = node.minScoredChildren.map { Derivation.ScoredChildren(scored: scored, required: $0) }
            return NodeScore(id: node.id, points: points, cap: cap, progress: Self.combine(progresses),
                             derivation: Derivation(steps: steps, raw: raw, cap: cap, points: points, scoredChildren: counted), unmet: unmet)
        }

        static func combine(_ progresses: [Progress]) -> Progress {
            if progresses.isEmpty { return .notApplicable }
            if progresses.allSatisfy({ $0 == .done }) { return .done }
            if progresses.allSatisfy({ $0 == .untouched }) { return .untouched }
            return .partial
        }

        mutating func scoreLeaf(_ node: RubricNode, cap: Decimal) -> NodeScore {
            let input = inputs.indicators[node.id] ?? IndicatorInput()
            var steps: [DerivationStep] = []
            var raw: Decimal = 0
            var answered = 0
            var applicable = 0
            for part in node.parts {
                guard admits(part.when, id: "\(node.id)/\(part.id)") else { continue }
                if case .checklist(.record, _) = part.rule {
                    // Record-only ticks carry no points and do not gate progress.
                    continue
                }
                applicable += 1
                if let (partSteps, points) = scorePart(part, of: node, input: input, cap: cap) {
                    answered += 1
                    steps.append(contentsOf: partSteps)
                    raw += points
                } else {
                    steps.append(.unanswered(part: part.id))
                }
            }
            if node.parts.isEmpty {
                // A record-only node (numbers only): done once every entered number is present.
                applicable = 1
                let entered = node.numbers.filter { !$0.isDerived }
                answered = entered.allSatisfy({ input.numbers[$0.id] != nil }) && !entered.isEmpty ? 1 : 0
            }
            let progress: Progress = applicable == 0 ? .done : answered == 0 ? .untouched : answered == applicable ? .done : .partial
            if progress != .done { open.append(node.id) }
            let points = Swift.min(raw, cap)
            return NodeScore(id: node.id, points: points, cap: cap, progress: progress,
                             derivation: Derivation(steps: steps, raw: raw, cap: cap, points: points))
        }

        /// A part's steps and points, or `nil` when the part has not been answered.
        mutating func scorePart(_ part: ScoringPart, of node: RubricNode, input: IndicatorInput, cap: Decimal) -> ([DerivationStep], Decimal)? {
            let where_ = "\(node.id)/\(part.id)"
            switch part.rule {
            case .choice(let options):
                guard let chosen = input.choices[part.id] else { return nil }
                if chosen == ScoringPart.noneAnswer, part.allowsNone { return ([.noneApplies], 0) }
                guard let option = options.first(where: { $0.id == chosen }) else {
                    problems.append(ScoreProblem(id: where_, message: "option \(chosen) does not exist"))
                    return nil
                }
                guard admits(option.when, id: "\(where_)/\(option.id)") else {
                    problems.append(ScoreProblem(id: where_, message: "option \(chosen) is not open to this applicant"))
                    return ([.option(id: chosen, points: 0)], 0)
                }
                let points = option.points.resolve(variant) ?? 0
                return ([.option(id: chosen, points: points)], points)

            case .checklist(let mode, let items):
                guard let ticked = input.ticks[part.id] else { return nil }
                let known = items.filter { ticked.contains($0.id) }
                for id in ticked.sorted() where !items.contains(where: { $0.id == id }) {
                    problems.append(ScoreProblem(id: where_, message: "item \(id) does not exist"))
                }
                var valid: [ChecklistItem] = []
                for item in known {
                    if admits(item.when, id: "\(where_)/\(item.id)") { valid.append(item) } else {
                        problems.append(ScoreProblem(id: where_, message: "item \(item.id) is not open to this applicant"))
                    }
                }
                if valid.isEmpty { return ([.nothing(.ticked)], 0) }
                switch mode {
                case .sum, .record:
                    let points = valid.map { $0.points?.resolve(variant) ?? 0 }
                    let total = points.reduce(Decimal(0), +)
                    return ([.ticked(ids: valid.map(\.id), points: points, total: total)], total)
                case .highest:
                    var best = valid[0]
                    for item in valid where (item.points?.resolve(variant) ?? 0) > (best.points?.resolve(variant) ?? 0) { best = item }
                    let p = best.points?.resolve(variant) ?? 0
                    return ([.highest(ids: valid.map(\.id), id: best.id, points: p)], p)
                case .levels:
                    guard let top = items.lastIndex(where: { item in valid.contains { $0.id == item.id } }) else { return ([.nothing(.ticked)], 0) }
                    let implied = items[..<top].map(\.id)
                    let p = items[top].points?.resolve(variant) ?? 0
                    return ([.level(id: items[top].id, implied: implied, points: p)], p)
                }

            case .counts(let lines):
                guard let counts = input.counts[part.id] else { return nil }
                var steps: [DerivationStep] = []
                var total: Decimal = 0
                for line in lines {
                    guard let count = counts[line.id], count > 0 else { continue }
                    if let maxCount = line.maxCount, count > maxCount {
                        problems.append(ScoreProblem(id: where_, message: "line \(line.id): count \(count) is over its maximum \(maxCount); left out"))
                        continue
                    }
                    guard admits(line.when, id: "\(where_)/\(line.id)") else {
                        problems.append(ScoreProblem(id: where_, message: "line \(line.id) is not open to this applicant"))
                        continue
                    }
                    let unit = line.points.resolve(variant) ?? 0
                    let subtotal = unit * Decimal(count)
                    steps.append(.count(id: line.id, count: count, per: line.unit, unit: unit, subtotal: subtotal))
                    total += subtotal
                }
                for id in counts.keys.sorted() where !lines.contains(where: { $0.id == id }) {
                    problems.append(ScoreProblem(id: where_, message: "line \(id) does not exist"))
                }
                return (steps.isEmpty ? [.nothing(.counted)] : steps, total)

            case .bands(let inputID, let bands):
                guard let field = node.number(inputID) else { return nil }
                var steps: [DerivationStep] = []
                let value: Decimal
                switch numberValue(field, of: node, input: input, steps: &steps) {
                case .none: return nil
                case .some(.zeroTotal(let text)):
                    return ([.zeroTotal(id: field.id, denominator: field.ratio?.denominator ?? "", text: text)], 0)
                case .some(.value(let v)): value = v
                }
                guard let band = bands.first(where: { $0.contains(value) }) else {
                    problems.append(ScoreProblem(id: where_, message: "\(value.plain) falls in no band"))
                    return nil
                }
                let p = band.points.resolve(variant) ?? 0
                steps.append(.band(input: field.id, value: value, unit: field.unit, lower: band.lower, upper: band.upper, id: band.id, points: p))
                return (steps, p)

            case .manual(let max, _, _):
                guard let points = input.manual[part.id] else { return nil }
                let limit = max?.resolve(variant) ?? cap
                if points < 0 || points > limit {
                    problems.append(ScoreProblem(id: where_, message: "entered \(points.plain) is outside 0…\(limit.plain); left out"))
                    return ([.manual(points: 0)], 0)
                }
                return ([.manual(points: points)], points)

            case .coverage(let tiers):
                guard inputs.coverageConfirmed else { return nil }
                let counted = coverage(scenarios: inputs.scenarios, other: inputs.otherScenarios)
                var working = CoverageWorking(segments: counted.segments.count, scenarios: counted.scenarioCount,
                                              outsideTable: inputs.otherScenarios,
                                              areas: rubric.scenarioTable?.areas.isEmpty == false ? counted.areas.count : nil,
                                              tier: nil, points: 0)
                for tier in tiers {
                    guard admits(tier.when, id: "\(where_)/\(tier.id)") else {
                        working.unmet.append(CoverageWorking.TierShortfall(tier: tier.id, gaps: [.init(.notOpen, have: 0, need: 1)]))
                        continue
                    }
                    let (gaps, key) = shortfall(tier.requirement, counted, id: where_)
                    if let key { working.keySegments = key }
                    if gaps.isEmpty {
                        working.tier = tier.id
                        working.points = tier.points.resolve(variant) ?? 0
                        return ([.coverage(working)], working.points)
                    }
                    working.unmet.append(CoverageWorking.TierShortfall(tier: tier.id, gaps: gaps))
                }
                return ([.coverage(working)], 0)
            }
        }

        /// A number field's value: entered, derived, "no such figure", or `nil` when not yet known
        /// (a part missing, or parts that cannot be, which is reported).
        mutating func numberValue(_ field: NumberField, of node: RubricNode, input: IndicatorInput, steps: inout [DerivationStep]) -> NumberValue? {
            guard let ratio = field.ratio else { return input.numbers[field.id].map(NumberValue.value) }
            switch node.ratioValue(field, entered: input.numbers) {
            case .missing:
                return nil
            case .impossible(let why):
                problems.append(ScoreProblem(id: node.id, message: "\(field.id) not scored: " + why.text(.en)))
                return nil
            case .zeroTotal(let text):
                return .zeroTotal(text)
            case .value(let value):
                let n = input.numbers[ratio.numerator] ?? 0, d = input.numbers[ratio.denominator] ?? 0
                steps.append(.ratio(id: field.id, numerator: n, denominator: d, scale: ratio.scale, value: value))
                return .value(value)
            }
        }

        /// A number as the bands read it.
        enum NumberValue {
            case value(Decimal)
            case zeroTotal(LocalizedText)
        }

        /// Coverage figures for a set of scenario ids.
        func coverage(scenarios: Set<String>, other: Int) -> CoverageCount {
            guard let table = rubric.scenarioTable else { return CoverageCount(segments: [], scenarioCount: other, areas: []) }
            var segments = Set<String>()
            var count = 0
            for (segment, scenario) in table.allScenarios where scenarios.contains(scenario.id) {
                segments.insert(segment)
                count += 1
            }
            let areas = Set(table.areas.filter { area in area.segments.contains { segments.contains($0) } }.map(\.id))
            // Checked: `other` comes from a journal (the validator caps it; a journal that only verifies is not validated).
            let (total, overflow) = count.addingReportingOverflow(other)
            return CoverageCount(segments: segments, scenarioCount: overflow ? (other < 0 ? Int.min : Int.max) : total, areas: areas)
        }

        /// Whether coverage meets a requirement, and how many key segments were counted.
        mutating func meets(_ requirement: CoverageRequirement, _ counted: CoverageCount, id: String) -> (Bool, Int?) {
            let (gaps, key) = shortfall(requirement, counted, id: id)
            return (gaps.isEmpty, key)
        }

        /// What coverage lacks for a requirement (empty when met), and how many key segments were counted.
        mutating func shortfall(_ requirement: CoverageRequirement, _ counted: CoverageCount, id: String) -> ([CoverageWorking.Gap], Int?) {
            var gaps: [CoverageWorking.Gap] = []
            if let n = requirement.minSegments?.resolve(variant), counted.segments.count < n {
                gaps.append(.init(.segments, have: counted.segments.count, need: n))
            }
            if let n = requirement.minScenarios?.resolve(variant), counted.scenarioCount < n {
                gaps.append(.init(.scenarios, have: counted.scenarioCount, need: n))
            }
            if let n = requirement.minAreas?.resolve(variant), counted.areas.count < n {
                gaps.append(.init(.areas, have: counted.areas.count, need: n))
            }
            for area in requirement.requiredAreas where !counted.areas.contains(area) {
                gaps.append(.init(.area(area), have: 0, need: 1))
            }
            var keyCount: Int?
            if let key = requirement.keySegments {
                guard let value = profile.value(of: key.attribute), let set = key.segments(for: value) else {
                    if profile.value(of: key.attribute) == nil {
                        problems.append(ScoreProblem(id: id, message: "applicant attribute \(key.attribute) is not set; key segments unknown"))
                    }
                    let title = rubric.attribute(key.attribute)?.title ?? LocalizedText(key.attribute)
                    return (gaps + [.init(.attributeUnset(title), have: 0, need: 1)], nil)
                }
                let k = set.filter { counted.segments.contains($0) }.count
                keyCount = k
                if let n = requirement.minKeySegments?.resolve(variant), k < n { gaps.append(.init(.keySegments, have: k, need: n)) }
            }
            return (gaps, keyCount)
        }

        mutating func gate(_ gate: Gate, facts: ApplicationFacts) -> GateResult {
            let applicable = admits(gate.when, id: gate.id)
            let input = inputs.gates[gate.id]
            var suggestion: GateVerdict?
            var text: String?
            var working: GateWorking?
            switch gate.check {
            case .fact(let id, let bound)?:
                if let value = facts.numbers[id], let holds = bound.holds(value, variant: variant) {
                    suggestion = holds ? .pass : .fail
                    let unit = rubric.facts.first { $0.id == id }?.unit ?? ""
                    text = "\(value.plain)\(unit) \(holds ? bound.op.symbol : "⊭ " + bound.op.symbol) \((bound.value.resolve(variant) ?? 0).plain)\(unit)"
                    working = .fact(id: id, value: value, unit: unit, op: bound.op, bound: bound.value.resolve(variant) ?? 0, holds: holds)
                }
            case .coverage(let requirement)?:
                let scenarios = inputs.coverageConfirmed ? inputs.scenarios : facts.scenarios
                let other = inputs.coverageConfirmed ? inputs.otherScenarios : facts.otherScenarios
                let counted = coverage(scenarios: scenarios, other: other)
                let (gaps, key) = shortfall(requirement, counted, id: gate.id)
                suggestion = gaps.isEmpty ? .pass : .fail
                text = "\(counted.segments.count) / \(counted.scenarioCount)"
                working = .coverage(CoverageWorking(
                    segments: counted.segments.count, scenarios: counted.scenarioCount, outsideTable: other, keySegments: key,
                    areas: rubric.scenarioTable?.areas.isEmpty == false ? counted.areas.count : nil,
                    unmet: gaps.isEmpty ? [] : [CoverageWorking.TierShortfall(tier: gate.id, gaps: gaps)],
                    tier: gaps.isEmpty ? gate.id : nil, points: 0))
            case nil:
                break
            }
            return GateResult(id: gate.id, verdict: input?.verdict ?? .pending, reason: input?.reason ?? "",
                              suggestion: suggestion, suggestionText: text, applicable: applicable, working: working)
        }
    }

    /// Segments, scenario count and areas covered.
    struct CoverageCount {
        var segments: Set<String>
        var scenarioCount: Int
        var areas: Set<String>
    }
}
