import Foundation

extension Review {
    /// The action that puts back what `action` changes, from the current state (`nil` for
    /// recusal, sign-off, reopening and resolutions, which are not undone).
    public func inverse(of action: JournalAction) -> JournalAction? {
        let inputs = state.inputs
        switch action {
        case .tick(let indicator, let part, let item, _):
            let had = inputs.indicators[indicator]?.ticks[part]?.contains(item) ?? false
            return .tick(indicator: indicator, part: part, item: item, on: had)
        case .choose(let indicator, let part, _):
            return .choose(indicator: indicator, part: part, option: inputs.indicators[indicator]?.choices[part])
        case .number(let indicator, let number, _, _):
            return .number(indicator: indicator, number: number, value: inputs.indicators[indicator]?.numbers[number],
                           reason: state.figureReasons[FigureKey(indicator: indicator, number: number)])
        case .count(let indicator, let part, let line, _):
            return .count(indicator: indicator, part: part, line: line, count: inputs.indicators[indicator]?.counts[part]?[line] ?? 0)
        case .points(let indicator, let part, _):
            return .points(indicator: indicator, part: part, points: inputs.indicators[indicator]?.manual[part])
        case .scenarios:
            return .scenarios(ids: inputs.scenarios.sorted(), other: inputs.otherScenarios)
        case .gate(let gate, _, _):
            let previous = inputs.gates[gate]
            return .gate(gate: gate, verdict: previous?.verdict ?? .pending, reason: previous?.reason ?? "")
        case .evidence(let target, let item, _, _):
            let previous = state.evidence[EvidenceKey(target: target, item: item)]
            return .evidence(target: target, item: item, mark: previous?.mark, note: previous?.note ?? "")
        case .comment(let target, _):
            return .comment(target: target, text: state.comments[target] ?? "")
        case .recuse, .signoff, .reopen, .resolve:
            return nil
        }
    }
}
