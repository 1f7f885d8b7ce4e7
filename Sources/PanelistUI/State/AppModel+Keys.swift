import Foundation
import PanelistCore

extension AppModel {
    /// Handles one key (or mouse event) and returns the effects the runner must carry out.
    public mutating func handle(_ key: Key, now: Date) -> [Effect] {
        if key == .resize { return [] }
        switch mode {
        case .help(let scroll):
            return handleHelp(key, scroll: scroll)
        case .prompt(let prompt):
            return handlePrompt(key, prompt: prompt)
        case .comment(let edit):
            return handleComment(key, edit: edit, now: now)
        case .scenarios(let picker):
            return handleScenarios(key, picker: picker)
        case .normal:
            break
        }
        if case .mouseClick(let row, let column) = key { return click(row: row, column: column) }
        if case .wheelUp(let row, let column) = key { wheel(up: true, row: row, column: column); return [] }
        if case .wheelDown(let row, let column) = key { wheel(up: false, row: row, column: column); return [] }
        guard let action = keys.action(for: key) else {
            if case .character(let c) = key, c.isNumber, screen == .review { return startValueEntry(typed: String(c)) }
            return []
        }
        message = nil
        switch screen {
        case .list: return handleList(action)
        case .review: return handleReview(action)
        }
    }

    // MARK: - Help

    mutating func handleHelp(_ key: Key, scroll: Int) -> [Effect] {
        switch keys.action(for: key) {
        case .down?: mode = .help(scroll: scroll + 1)
        case .up?: mode = .help(scroll: max(0, scroll - 1))
        case .pageDown?: mode = .help(scroll: scroll + max(1, height - 4))
        case .pageUp?: mode = .help(scroll: max(0, scroll - max(1, height - 4)))
        default: mode = .normal
        }
        return []
    }

    // MARK: - List screen

    mutating func handleList(_ action: KeyAction) -> [Effect] {
        switch action {
        case .up: listCursor = max(0, listCursor - 1)
        case .down: listCursor = min(max(0, sessions.count - 1), listCursor + 1)
        case .top: listCursor = 0
        case .bottom: listCursor = max(0, sessions.count - 1)
        case .activate, .expand:
            guard sessions.indices.contains(listCursor) else { return [] }
            current = listCursor
            screen = .review
        case .help: mode = .help(scroll: 0)
        case .quit: return saveAllViews() + [.quit]
        case .commandMenu: mode = .prompt(.init(.command, title: ":"))
        default: break
        }
        return []
    }

    func saveAllViews() -> [Effect] { sessions.indices.map { Effect.saveView(session: $0) } }

    // MARK: - Prompts

    mutating func handlePrompt(_ key: Key, prompt: UIMode.Prompt) -> [Effect] {
        var p = prompt
        switch key {
        case .escape:
            mode = .normal
            if case .overrideReason = p.purpose {
                message = Message(lang.pick("核实值已保存，但未写理由；请在评语中说明（c）", "The verified value is saved, but without a reason; explain it in the comment (c)"), style: .warning)
            } else {
                message = Message(lang.pick("已取消", "Cancelled"), style: .dim)
            }
            return []
        case .enter:
            mode = .normal
            return submit(p)
        case .tab where p.purpose == .command:
            let commands = CommandMenu.names.filter { $0.hasPrefix(p.editor.text) }
            if commands.count == 1 { p.editor = LineEditor(commands[0] + " ") }
            message = Message(commands.joined(separator: "  "), style: .dim)
            mode = .prompt(p)
            return []
        default:
            if p.editor.handle(key) { mode = .prompt(p) }
            return []
        }
    }

    mutating func submit(_ prompt: UIMode.Prompt) -> [Effect] {
        let text = prompt.editor.text
        switch prompt.purpose {
        case .search:
            lastSearch = text
            search(text, from: session?.view.selected)
            return []
        case .command:
            return runCommand(text)
        case .gateFail(let gate):
            let reason = text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                message = Message(lang.pick("不通过须写明理由；未保存", "A fail needs a reason; nothing saved"), style: .bad)
                return []
            }
            return appendIfValid(.gate(gate: gate, verdict: .fail, reason: reason))
        case .gateReason(let gate):
            let verdict = session?.state.inputs.gates[gate]?.verdict ?? .pending
            return appendIfValid(.gate(gate: gate, verdict: verdict, reason: text))
        case .evidenceNote(let target, let item):
            let mark = session?.state.evidence[EvidenceKey(target: target, item: item)]?.mark ?? .seen
            return appendIfValid(.evidence(target: target, item: item, mark: mark, note: text))
        case .value(let target):
            return submitValue(text, target: target)
        case .overrideReason(let indicator, let prefix):
            let reason = text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                message = Message(lang.pick("核实值已保存，但未写理由；请在评语中说明（c）", "The verified value is saved, but without a reason; explain it in the comment (c)"), style: .warning)
                return []
            }
            let existing = session?.state.comments[indicator] ?? ""
            return appendIfValid(.comment(target: indicator, text: existing.isEmpty ? prefix + reason : existing + "\n" + prefix + reason))
        }
    }

    mutating func submitValue(_ text: String, target: PanelField.Target) -> [Effect] {
        guard let session else { return [] }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch target {
        case .count(let indicator, let part, let line):
            guard let n = Int(trimmed), n >= 0 else {
                message = Message(lang.pick("「\(text)」不是非负整数；未保存", "'\(text)' is not a whole number >= 0; nothing saved"), style: .bad)
                return []
            }
            return appendIfValid(.count(indicator: indicator, part: part, line: line, count: n))
        case .number(let indicator, let number):
            if trimmed.isEmpty { return appendIfValid(.number(indicator: indicator, number: number, value: nil)) }
            let unit = session.rubric.node(indicator)?.number(number)?.unit ?? ""
            switch UIText.parseNumber(trimmed, unit: unit, lang: lang) {
            case .success(let value):
                let effects = appendIfValid(.number(indicator: indicator, number: number, value: value))
                if !effects.isEmpty, let hint = session.dossier.hints["\(indicator)/\(number)"], let stated = hint.value, stated != value {
                    // An override of the application's figure needs a reason (the figure was verified on site).
                    let title = session.rubric.node(indicator)?.number(number)?.title.text(lang) ?? number
                    let prefix = lang.pick("\(title)：申报书 \(stated.plain)\(unit)，核实为 \(value.plain)\(unit)。理由：",
                                           "\(title): application states \(stated.plain)\(unit), verified \(value.plain)\(unit). Reason: ")
                    mode = .prompt(.init(.overrideReason(indicator: indicator, prefix: prefix),
                                         title: lang.pick("与申报书不同，请说明理由：", "Differs from the application; give the reason: ")))
                }
                return effects
            case .failure(let problem):
                message = Message(problem.message + lang.pick("；未保存", "; nothing saved"), style: .bad)
                return []
            }
        case .manual(let indicator, let part):
            if trimmed.isEmpty { return appendIfValid(.points(indicator: indicator, part: part, points: nil)) }
            switch UIText.parseNumber(trimmed, unit: "分", lang: lang) {
            case .success(let value):
                return appendIfValid(.points(indicator: indicator, part: part, points: value))
            case .failure(let problem):
                message = Message(problem.message + lang.pick("；未保存", "; nothing saved"), style: .bad)
                return []
            }
        default:
            return []
        }
    }

    // MARK: - Comment editor

    mutating func handleComment(_ key: Key, edit: UIMode.CommentEdit, now: Date) -> [Effect] {
        var e = edit
        switch key {
        case .escape, .control("s"), .control("x"):
            mode = .normal
            if e.dirty { return appendIfValid(.comment(target: e.target, text: e.editor.text)) }
            message = Message(lang.pick("评语未改动", "Comment unchanged"), style: .dim)
            return []
        default:
            e.editor.handle(key, width: max(10, layout.panel.width - 2))
            e.lastKey = now
            mode = .comment(e)
            return []
        }
    }

    // MARK: - Scenario picker

    mutating func handleScenarios(_ key: Key, picker: UIMode.ScenarioPicker) -> [Effect] {
        guard let table = session?.rubric.scenarioTable else { mode = .normal; return [] }
        let all = table.allScenarios
        var p = picker
        switch keys.action(for: key) {
        case .up?: p.cursor = max(0, p.cursor - 1)
        case .down?: p.cursor = min(all.count, p.cursor + 1)
        case .pageUp?: p.cursor = max(0, p.cursor - 10)
        case .pageDown?: p.cursor = min(all.count, p.cursor + 10)
        case .increment? where p.cursor == all.count: p.other += 1
        case .decrement? where p.cursor == all.count: p.other = max(0, p.other - 1)
        case .quit?:
            mode = .normal
            return []
        default:
            if key == .enter {
                mode = .normal
                return appendIfValid(.scenarios(ids: p.selected.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }, other: p.other))
            }
            if key == .escape { mode = .normal; return [] }
            if key == .character(" "), p.cursor < all.count {
                let id = all[p.cursor].scenario.id
                if p.selected.contains(id) { p.selected.remove(id) } else { p.selected.insert(id) }
            }
        }
        mode = .scenarios(p)
        return []
    }
}
