import Foundation

/// A reviewer's entries as a score sheet sees them: one value per `SheetKey`, with the sheet line it came from.
public struct SheetEntries: Sendable, Equatable {
    /// Entry → value; an absent key is an empty field.
    public var values: [SheetKey: SheetValue]
    /// Entry → 1-based line of the sheet it was read from (empty for entries taken from a state).
    public var lines: [SheetKey: Int]

    /// Creates entries.
    public init(values: [SheetKey: SheetValue] = [:], lines: [SheetKey: Int] = [:]) {
        self.values = values
        self.lines = lines
    }

    /// The entries of a review state that a sheet of `scope` carries.
    ///
    /// A gate that is pending without a reason counts as empty; an answered counts part
    /// carries every line (missing lines as 0).
    public static func from(_ state: ReviewState, scope: SheetScope) -> SheetEntries {
        var values: [SheetKey: SheetValue] = [:]
        for gate in scope.gates {
            if let input = state.inputs.gates[gate.id], !(input.verdict == .pending && input.reason.isEmpty) {
                values[.gate(gate.id)] = .gate(input.verdict, reason: input.reason)
            }
            collect(target: gate.id, evidence: gate.evidence, state: state, into: &values)
        }
        for node in scope.indicators {
            let input = state.inputs[indicator: node.id]
            for field in node.numbers where !field.isDerived {
                if let value = input.numbers[field.id] { values[.number(indicator: node.id, number: field.id)] = .decimal(value) }
            }
            for part in scope.parts(of: node) {
                switch part.rule {
                case .choice:
                    if let option = input.choices[part.id] { values[.choice(indicator: node.id, part: part.id)] = .option(option) }
                case .checklist:
                    if let ticked = input.ticks[part.id] { values[.ticks(indicator: node.id, part: part.id)] = .items(ticked) }
                case .counts(let lines):
                    if let counts = input.counts[part.id] {
                        for line in lines {
                            values[.count(indicator: node.id, part: part.id, line: line.id)] = .count(counts[line.id] ?? 0)
                        }
                    }
                case .manual:
                    if let points = input.manual[part.id] { values[.points(indicator: node.id, part: part.id)] = .decimal(points) }
                case .bands, .coverage:
                    break
                }
            }
            collect(target: node.id, evidence: node.evidence, state: state, into: &values)
        }
        if scope.hasScenarios, state.inputs.coverageConfirmed {
            values[.scenarios] = .scenarios(state.inputs.scenarios, other: state.inputs.otherScenarios)
        }
        if let overall = state.comments[""], !overall.isEmpty { values[.comment("")] = .text(overall) }
        return SheetEntries(values: values)
    }

    static func collect(target: String, evidence: [EvidenceItem], state: ReviewState, into values: inout [SheetKey: SheetValue]) {
        for item in evidence {
            if let entry = state.evidence[EvidenceKey(target: target, item: item.id)] {
                values[.evidence(target: target, item: item.id)] = .evidence(entry.mark, note: entry.note)
            }
        }
        if let comment = state.comments[target], !comment.isEmpty { values[.comment(target)] = .text(comment) }
    }
}
