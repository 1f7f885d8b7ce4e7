import Foundation
import PanelistCore

extension AppModel {
    mutating func runPrompt(_ invocation: Invocation) -> [Effect] {
        guard case .prompt(var prompt)? = route.overlay else { return [] }
        switch invocation.command {
        case .edit:
            if let key = invocation.key { prompt.edit(key) }
            route.overlay = .prompt(prompt)
        case .submit:
            route.overlay = nil
            return submit(prompt)
        case .cancel:
            route.overlay = nil
            if case .figureReason = prompt.purpose {
                say(lang.pick("核实值已保存，但未写理由：在该数值上按 Enter 再次确认即可补写", "The verified value is saved without a reason: press Enter on it again to add one"), .warning)
            } else {
                say(lang.pick("已取消", "Cancelled"), .dim)
            }
        case .complete:
            guard prompt.purpose == .command else {
                say(lang.pick("Tab 只用于补全命令名", "Tab completes command names only"), .dim)
                return []
            }
            let names = Command.typed.compactMap(\.name).filter { $0.hasPrefix(prompt.text) }
            if names.count == 1 { prompt = Prompt(.command, title: prompt.title, text: names[0] + " ", selected: false) }
            route.overlay = .prompt(prompt)
            say(names.map { ":" + $0 }.joined(separator: "  "), .dim)
        case .interrupt:
            interrupt()
        default:
            break
        }
        return []
    }

    /// What a prompt's text becomes when entered.
    mutating func submit(_ prompt: Prompt) -> [Effect] {
        let text = prompt.text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .command:
            return runCommandLine(text)
        case .search(let forward):
            search.query = trimmed
            find(trimmed, forward: forward)
            return []
        case .value(let target):
            return submitValue(trimmed, target: target, prompt: prompt)
        case .figureReason(let key, let value):
            guard !trimmed.isEmpty else {
                say(lang.pick("理由为空：核实值已保存，但未写理由", "No reason given: the verified value is saved without one"), .warning)
                return []
            }
            return append(.number(indicator: key.indicator, number: key.number, value: value, reason: trimmed), purpose: .value(prompt))
        case .gateFail(let gate):
            guard !trimmed.isEmpty else {
                say(lang.pick("不通过须写明理由；未保存", "A fail needs a reason; nothing saved"), .bad)
                route.overlay = .prompt(prompt)
                return []
            }
            return append(.gate(gate: gate, verdict: .fail, reason: trimmed), purpose: .value(prompt))
        case .gateReason(let gate):
            let verdict = session?.state.inputs.gates[gate]?.verdict ?? .pending
            return append(.gate(gate: gate, verdict: verdict, reason: trimmed), purpose: .value(prompt))
        case .evidenceNote(let key):
            let mark = session?.state.evidence[key]?.mark ?? .seen
            return append(.evidence(target: key.target, item: key.item, mark: mark, note: trimmed), purpose: .value(prompt))
        case .agreedValue, .agreedReason:
            return []
        }
    }

    /// A typed count, figure or points: parsed with the application loader's rules, refused with the reason.
    mutating func submitValue(_ text: String, target: PanelField.Target, prompt: Prompt) -> [Effect] {
        guard let session else { return [] }
        func refuse(_ problem: String) -> [Effect] {
            say(problem + lang.pick("；未保存", "; nothing saved"), .bad)
            var kept = prompt
            kept.selected = false
            route.overlay = .prompt(kept)
            return []
        }
        switch target {
        case .count(let indicator, let part, let line):
            guard let n = Int(text), n >= 0 else { return refuse(lang.pick("「\(text)」不是非负整数", "'\(text)' is not a whole number 0 or more")) }
            return append(.count(indicator: indicator, part: part, line: line, count: n), purpose: .value(prompt))
        case .number(let key):
            if text.isEmpty { return append(.number(indicator: key.indicator, number: key.number, value: nil), purpose: .value(prompt)) }
            let unit = session.rubric.node(key.indicator)?.number(key.number)?.unit ?? ""
            switch UIText.parseNumber(text, unit: unit, lang: lang) {
            case .success(let value):
                // A figure back at the application's needs no reason: the stored reason goes with it.
                return append(.number(indicator: key.indicator, number: key.number, value: value), purpose: .value(prompt))
            case .failure(let problem):
                return refuse(problem.message)
            }
        case .manual(let indicator, let part):
            if text.isEmpty { return append(.points(indicator: indicator, part: part, points: nil), purpose: .value(prompt)) }
            switch UIText.parseNumber(text, unit: "分", lang: lang) {
            case .success(let value): return append(.points(indicator: indicator, part: part, points: value), purpose: .value(prompt))
            case .failure(let problem): return refuse(problem.message)
            }
        default:
            return []
        }
    }

    // MARK: - Comment editor

    mutating func runComment(_ invocation: Invocation, now: Date) -> [Effect] {
        guard case .comment(var edit)? = route.overlay else { return [] }
        switch invocation.command {
        case .edit:
            if let key = invocation.key { edit.editor.handle(key, width: CommentPane.textWidth(panes.layout.panel)) }
            edit.lastKey = now
            route.overlay = .comment(edit)
        case .saveComment:
            if edit.dirty { return saveComment(edit, leave: true) }
            route.overlay = nil
            say(lang.pick("评语未改动", "Comment unchanged"), .dim)
        case .interrupt:
            interrupt()
        default:
            break
        }
        return []
    }

    // MARK: - Scenario picker

    mutating func runPicker(_ invocation: Invocation) -> [Effect] {
        guard case .scenarios(var picker)? = route.overlay, let pane = panes.picker, let session else { return [] }
        if invocation.command == .interrupt { interrupt(); return [] }
        switch pane.handle(invocation, picker: &picker) {
        case .none:
            route.overlay = .scenarios(picker)
        case .cancel:
            route.overlay = nil
            say(lang.pick("已取消", "Cancelled"), .dim)
        case .confirm:
            route.overlay = nil
            let order = session.rubric.scenarioTable?.allScenarios.map(\.scenario.id).filter { picker.selected.contains($0) } ?? picker.selected.sorted()
            return append(.scenarios(ids: order, other: picker.other))
        }
        return []
    }

    // MARK: - Sign-off confirmation

    mutating func runConfirm(_ invocation: Invocation) -> [Effect] {
        guard case .signOff(let scroll)? = route.overlay else { return [] }
        switch invocation.command {
        case .confirm:
            route.overlay = nil
            let id = newAppendID()
            pending[id] = PendingAppend(session: route.current, action: .signoff(head: "", signature: "", fingerprint: ""), purpose: .final)
            return [.signOff(id, session: route.current)]
        case .cancel:
            route.overlay = nil
            say(lang.pick("未签字", "Not signed off"), .dim)
        case .interrupt:
            interrupt()
        default:
            if let pane = panes.signOff { route.overlay = .signOff(scroll: pane.scrolled(invocation, from: scroll)) }
        }
        return []
    }
}
