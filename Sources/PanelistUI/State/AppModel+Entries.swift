import Foundation
import PanelistCore

extension AppModel {
    /// Refuses a change when the review is signed off or the reviewer recused.
    mutating func writable() -> Bool {
        if let reason = Requirement.writable.problem(commandState, lang: lang) {
            say(reason, .warning)
            return false
        }
        return true
    }

    /// Acts on a scoring field: ticks, chooses, or opens its editor (pre-filled, selected).
    mutating func activate(_ target: PanelField.Target) -> [Effect] {
        guard target != .info, writable(), let session else { return [] }
        let input = session.state.inputs
        switch target {
        case .info:
            return []
        case .option(let indicator, let part, let option):
            if input.indicators[indicator]?.choices[part] == option { return [] }
            return append(.choose(indicator: indicator, part: part, option: option))
        case .item(let indicator, let part, let item):
            let on = !(input.indicators[indicator]?.ticks[part]?.contains(item) ?? false)
            return append(.tick(indicator: indicator, part: part, item: item, on: on))
        case .count(let indicator, let part, let line):
            let current = input.indicators[indicator]?.counts[part]?[line]
            route.overlay = .prompt(Prompt(.value(target), title: lang.pick("数量：", "Count: "), text: current.map(String.init) ?? ""))
        case .number(let key):
            let field = session.rubric.node(key.indicator)?.number(key.number)
            let suggested = session.dossier.statedValue(key)?.plain ?? ""
            let current = input.indicators[key.indicator]?.numbers[key.number]?.plain ?? suggested
            let unit = field?.unit ?? ""
            route.overlay = .prompt(Prompt(.value(target), title: unit.isEmpty ? lang.pick("核实数值：", "Verified value: ")
                                                                               : lang.pick("核实数值（\(unit)）：", "Verified value (\(unit)): "), text: current))
        case .manual(let indicator, let part):
            let current = input.indicators[indicator]?.manual[part]?.plain ?? ""
            route.overlay = .prompt(Prompt(.value(target), title: lang.pick("评分：", "Points: "), text: current))
        case .coverage:
            let confirmed = input.coverageConfirmed
            route.overlay = .scenarios(ScenarioPicker(selected: confirmed ? input.scenarios : session.review.facts.scenarios,
                                                      other: confirmed ? input.otherScenarios : session.review.facts.otherScenarios))
        case .gateVerdict(let gate, let verdict):
            let reason = input.gates[gate]?.reason ?? ""
            if verdict == .fail {
                route.overlay = .prompt(Prompt(.gateFail(gate: gate), title: lang.pick("不通过理由：", "Reason for fail: "), text: reason))
                return []
            }
            if input.gates[gate]?.verdict == verdict { return [] }
            return append(.gate(gate: gate, verdict: verdict, reason: reason))
        case .gateReason(let gate):
            route.overlay = .prompt(Prompt(.gateReason(gate: gate), title: lang.pick("理由：", "Reason: "), text: input.gates[gate]?.reason ?? ""))
        case .evidence(let key):
            let note = session.state.evidence[key]?.note ?? ""
            route.overlay = .prompt(Prompt(.evidenceNote(key), title: lang.pick("佐证备注：", "Evidence note: "), text: note))
        case .comment:
            startComment(now: Date())
        }
        return []
    }

    /// Counts up or down by one.
    mutating func step(_ target: PanelField.Target, by delta: Int) -> [Effect] {
        guard case .count(let indicator, let part, let line) = target else {
            say(lang.pick("+ 和 - 用于数量栏", "+ and - change counts"), .dim)
            return []
        }
        guard let session else { return [] }
        let next = (session.state.inputs.indicators[indicator]?.counts[part]?[line] ?? 0) + delta
        guard next >= 0 else { return [] }
        return append(.count(indicator: indicator, part: part, line: line, count: next))
    }

    /// Clears a field's entry.
    mutating func clear(_ target: PanelField.Target) -> [Effect] {
        switch target {
        case .option(let indicator, let part, _): return append(.choose(indicator: indicator, part: part, option: nil))
        case .item(let indicator, let part, let item): return append(.tick(indicator: indicator, part: part, item: item, on: false))
        case .count(let indicator, let part, let line): return append(.count(indicator: indicator, part: part, line: line, count: 0))
        case .number(let key): return append(.number(indicator: key.indicator, number: key.number, value: nil))
        case .manual(let indicator, let part): return append(.points(indicator: indicator, part: part, points: nil))
        case .evidence(let key): return append(.evidence(target: key.target, item: key.item, mark: nil, note: ""))
        case .gateVerdict(let gate, _): return append(.gate(gate: gate, verdict: .pending, reason: ""))
        case .info, .coverage, .gateReason, .comment: return []
        }
    }

    /// Typing a digit on a count, number or points field starts entering it (the digit replaces the value).
    mutating func startValueEntry(_ target: PanelField.Target, typed key: Key) {
        switch target {
        case .count, .number, .manual:
            _ = activate(target)
            if case .prompt(var prompt)? = route.overlay {
                prompt.edit(key)
                route.overlay = .prompt(prompt)
            }
        default:
            say(lang.pick("在数量、数值或评分栏上键入数字即开始录入", "Type digits on a count, number or points field to enter it"), .dim)
        }
    }

    /// Steps the focused evidence line's mark: not checked, seen, missing, doubtful, not checked.
    mutating func cycleEvidence() -> [Effect] {
        guard let field = focusedField, case .evidence(let key) = field.target, let session else { return [] }
        let entry = session.state.evidence[key]
        let next: EvidenceMark?
        switch entry?.mark {
        case nil: next = .seen
        case .seen?: next = .missing
        case .missing?: next = .doubtful
        case .doubtful?: next = nil
        }
        return append(.evidence(target: key.target, item: key.item, mark: next, note: entry?.note ?? ""))
    }

    /// Opens the comment editor on the selected row's comment.
    mutating func startComment(now: Date) {
        guard let session, writable() else { return }
        let key = session.view.selected
        guard let target = ReviewSession.commentTarget(key) else {
            say(Requirement.commentable.problem(commandState, lang: lang) ?? "", .dim)
            return
        }
        route.overlay = .comment(CommentEdit(key: key, text: session.state.comments[target] ?? "", now: now))
        let leave = Keymap.map(.comment).bindings.filter { $0.command == .saveComment }.map { $0.trigger.label(lang) }.joined(separator: lang.pick("、", ", "))
        say(lang.pick("编辑评语：\(leave) 保存并离开；停顿 1.5 秒自动保存", "Editing: \(leave) saves and leaves; a 1.5 s pause saves"), .dim)
    }

    /// Undoes this session's last action by journaling its inverse (popped once confirmed).
    mutating func undo() -> [Effect] {
        guard let inverse = session?.undoStack.last else { return [] }
        return append(inverse, purpose: .undo)
    }

    /// Redoes the last undone action by journaling it again (popped once confirmed).
    mutating func redo() -> [Effect] {
        guard let action = session?.redoStack.last else { return [] }
        return append(action, purpose: .redo)
    }
}
