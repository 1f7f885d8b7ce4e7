import Foundation

/// Applying journal records to a review state: the one place actions change state.
extension ReviewState {
    /// Applies a record: its action, its time and sequence number.
    public mutating func apply(_ record: JournalRecord) {
        if let action = record.action { apply(action, time: record.time, seq: record.seq) }
        lastSaved = record.time
        lastSeq = record.seq
    }

    /// Applies one action. Validation happens before append (see `ActionValidator`); replay applies as recorded.
    public mutating func apply(_ action: JournalAction, time: Date, seq: Int) {
        switch action {
        case let .tick(indicator, part, item, on):
            var input = inputs[indicator: indicator]
            var set = input.ticks[part] ?? []
            if on { set.insert(item) } else { set.remove(item) }
            input.ticks[part] = set  // an empty set stays: answered with none
            inputs[indicator: indicator] = input
        case let .choose(indicator, part, option):
            inputs[indicator: indicator].choices[part] = option
        case let .number(indicator, number, value, reason):
            inputs[indicator: indicator].numbers[number] = value
            figureReasons[FigureKey(indicator: indicator, number: number)] = value == nil ? nil : reason
        case let .count(indicator, part, line, count):
            inputs[indicator: indicator].counts[part, default: [:]][line] = count
        case let .points(indicator, part, points):
            inputs[indicator: indicator].manual[part] = points
        case let .scenarios(ids, other):
            inputs.scenarios = Set(ids)
            inputs.otherScenarios = other
            inputs.coverageConfirmed = true
        case let .gate(gate, verdict, reason):
            inputs.gates[gate] = GateInput(verdict: verdict, reason: reason)
        case let .evidence(target, item, mark, note):
            let key = EvidenceKey(target: target, item: item)
            evidence[key] = mark.map { EvidenceEntry(mark: $0, note: note) }
        case let .comment(target, text):
            comments[target] = text.isEmpty ? nil : text
        case let .recuse(reason):
            recusal = reason
        case let .signoff(head, _, fingerprint):
            signOff = SignOffState(head: head, fingerprint: fingerprint, time: time, seq: seq)
        case .reopen:
            signOff = nil
        case .resolve:
            break  // a chair's resolution does not change a reviewer's entries; see `ChairState`
        }
    }
}
