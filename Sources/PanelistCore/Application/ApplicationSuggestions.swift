import Foundation

/// Computes what an application's stated figures suggest: per indicator number (band and
/// points), per coverage part (tier and points) and per gate check (pass or fail).
///
/// A pure function of the rubric and the application; nothing here is a score. The reviewer
/// sees each suggestion and confirms or overrides it (a journal action, later).
public enum ApplicationSuggestions {
    /// Suggestions in rubric order: gates first, then indicators depth-first.
    public static func compute(_ rubric: Rubric, _ app: Application) -> [Suggestion] {
        let profile = app.profile
        let variant = profile.variant ?? rubric.variants.first?.id
        var out: [Suggestion] = []

        // Coverage and gates through the scoring engine, with the claimed scenarios taken as confirmed.
        let facts = app.scoringFacts
        let inputs = ReviewerInputs(scenarios: facts.scenarios, otherScenarios: facts.otherScenarios, coverageConfirmed: true)
        let sheet = ScoringEngine.score(rubric, profile: profile, inputs: inputs, facts: facts)
        for gate in rubric.gates {
            guard let check = gate.check, gate.when?.evaluate(profile) != false else { continue }
            let result = sheet.gates.first { $0.id == gate.id }
            switch check {
            case .fact(let id, _):
                let stated = app.fact(id)
                out.append(Suggestion(target: .gate(gate.id), stated: stated?.number.text ?? "—", value: stated?.number.value,
                                      unit: rubric.facts.first { $0.id == id }?.unit ?? "",
                                      verdict: result?.suggestion, working: result?.suggestionText ?? ""))
            case .coverage:
                var suggestion = Suggestion(target: .gate(gate.id), stated: coverageText(app, rubric, .zh), verdict: result?.suggestion,
                                            working: result?.suggestionText.map { "segments / scenarios = \($0)" } ?? "")
                suggestion.statedEnglish = coverageText(app, rubric, .en)
                out.append(suggestion)
            }
        }

        for node in rubric.allNodes where node.isIndicator && node.depth > 0 {
            guard node.when?.evaluate(profile) != false else { continue }
            let bandParts = node.parts.filter { $0.when?.evaluate(profile) != false }
            for field in node.numbers {
                guard let (value, stated, working) = statedValue(field, of: node, app) else { continue }
                var suggestion = Suggestion(target: .number(indicator: node.id, number: field.id), stated: stated, value: value,
                                            unit: field.unit, working: working)
                for part in bandParts {
                    guard case .bands(let input, let bands) = part.rule, input == field.id else { continue }
                    if let band = bands.first(where: { $0.contains(value) }) {
                        suggestion.band = band.id
                        suggestion.bandLabel = band.label?.text(.zh, variant: variant)
                        suggestion.points = band.points.resolve(variant)
                        suggestion.working += (suggestion.working.isEmpty ? "" : "; ") + "\(NSDecimalNumber(decimal: value).stringValue) ∈ \(band.interval)"
                    } else {
                        suggestion.working += (suggestion.working.isEmpty ? "" : "; ") + "\(value.rounded(2).plain) ∉ bands"
                    }
                }
                out.append(suggestion)
            }
            if node.parts.contains(where: { if case .coverage = $0.rule { return true } else { return false } }),
               let score = sheet.nodes[node.id],
               case .coverage(let w)? = score.derivation.steps.first(where: {
                   if case .coverage = $0 { return true } else { return false }
               }) {
                var working = "\(w.segments) segments, \(w.scenarios) scenarios"
                if let key = w.keySegments { working += ", \(key) key segments" }
                var suggestion = Suggestion(target: .coverage(indicator: node.id), stated: coverageText(app, rubric, .zh),
                                            band: w.tier, points: w.points, working: working)
                suggestion.statedEnglish = coverageText(app, rubric, .en)
                out.append(suggestion)
            }
        }
        return out
    }

    /// The stated value of a number field: from its fact, from `numbers:`, or derived from those.
    static func statedValue(_ field: NumberField, of node: RubricNode, _ app: Application) -> (Decimal, String, String)? {
        if let ratio = field.ratio {
            guard let n = node.number(ratio.numerator).flatMap({ statedValue($0, of: node, app) }),
                  let d = node.number(ratio.denominator).flatMap({ statedValue($0, of: node, app) }), d.0 != 0 else { return nil }
            let value = n.0 * ratio.scale / d.0
            let shown = "\(n.1) ÷ \(d.1) × \(ratio.scale.plain) = \(value.rounded(2).plain)\(field.unit)"
            return (value, shown, "\(n.0.plain) ÷ \(d.0.plain) × \(ratio.scale.plain) = \(value.rounded(2).plain)")
        }
        if let fact = field.fact {
            guard let stated = app.fact(fact) else { return nil }
            return (stated.number.value, stated.number.text, "")
        }
        guard let stated = app.number(indicator: node.id, id: field.id) else { return nil }
        return (stated.number.value, stated.number.text, "")
    }

    /// `5个环节、8个场景` (`5 segments, 8 scenarios`) summary of the claimed scenarios.
    static func coverageText(_ app: Application, _ rubric: Rubric, _ lang: Lang) -> String {
        let ids = Set(app.scenarios.compactMap(\.scenario))
        let segments = Set(ids.compactMap { rubric.scenarioTable?.segment(ofScenario: $0) })
        let other = app.scenarios.filter { $0.scenario == nil }.count
        return lang.pick("\(segments.count)个环节、\(ids.count + other)个场景", "\(segments.count) segments, \(ids.count + other) scenarios")
    }
}
