import Foundation
import PanelistCore

extension AppModel {
    /// Handles a key action on the review screen.
    mutating func handleReview(_ action: KeyAction) -> [Effect] {
        guard session != nil else { screen = .list; return [] }
        switch action {
        case .help: mode = .help(scroll: 0)
        case .quit: return saveAllViews() + [.quit]
        case .applications:
            listCursor = current
            screen = .list
            return [.saveView(session: current)]
        case .commandMenu: mode = .prompt(.init(.command, title: ":"))
        case .search: mode = .prompt(.init(.search, title: "/"))
        case .searchNext: search(lastSearch, from: sessions[current].view.selected)
        case .focusNext: sessions[current].view.focus = sessions[current].view.focus.cycled(forward: true)
        case .focusPrevious: sessions[current].view.focus = sessions[current].view.focus.cycled(forward: false)
        case .nextTodo: jumpTodo(forward: true)
        case .previousTodo: jumpTodo(forward: false)
        case .undo: return undo()
        case .editComment: return startComment()
        case .markEvidence: return cycleEvidence()
        default:
            switch sessions[current].view.focus {
            case .tree: return treeAction(action)
            case .panel: return panelAction(action)
            case .text: textAction(action)
            }
        }
        return []
    }

    // MARK: - Tree pane

    mutating func treeAction(_ action: KeyAction) -> [Effect] {
        let rows = sessions[current].treeRows(lang: lang)
        guard !rows.isEmpty else { return [] }
        let index = rows.firstIndex { $0.key == sessions[current].view.selected } ?? 0
        let page = max(1, layout.tree.height - 2)
        switch action {
        case .up: select(rows[max(0, index - 1)].key)
        case .down: select(rows[min(rows.count - 1, index + 1)].key)
        case .pageUp: select(rows[max(0, index - page)].key)
        case .pageDown: select(rows[min(rows.count - 1, index + page)].key)
        case .top: select(rows[0].key)
        case .bottom: select(rows[rows.count - 1].key)
        case .expand:
            let row = rows[index]
            if row.hasChildren, !row.expanded { sessions[current].view.expanded.insert(row.key) } else if index + 1 < rows.count, row.hasChildren { select(rows[index + 1].key) }
        case .collapse:
            let row = rows[index]
            if row.hasChildren, row.expanded {
                sessions[current].view.expanded.remove(row.key)
            } else if let parent = sessions[current].ancestors(of: row.key).last {
                select(parent)
            }
        case .activate:
            let row = rows[index]
            if row.hasChildren {
                if row.expanded { sessions[current].view.expanded.remove(row.key) } else { sessions[current].view.expanded.insert(row.key) }
            } else {
                sessions[current].view.focus = .panel
                sessions[current].view.field = firstFocusable()
            }
        case .increment, .decrement, .clear:
            return panelAction(action)
        default: break
        }
        return []
    }

    /// Selects a tree row (expanding its ancestors) and resets the panel and text scroll.
    mutating func select(_ key: String) {
        for ancestor in sessions[current].ancestors(of: key) { sessions[current].view.expanded.insert(ancestor) }
        if sessions[current].view.selected != key {
            sessions[current].view.selected = key
            sessions[current].view.textScroll = 0
            sessions[current].view.panelScroll = 0
            sessions[current].view.field = firstFocusable()
        }
    }

    func fields() -> [PanelField] { session?.panelFields(lang: lang, glyphs: glyphs) ?? [] }

    func firstFocusable() -> Int { fields().firstIndex { $0.focusable } ?? 0 }

    mutating func jumpTodo(forward: Bool) {
        let keys = sessions[current].allKeys
        let start = keys.firstIndex(of: sessions[current].view.selected) ?? 0
        for step in 1...max(1, keys.count) {
            let i = (start + (forward ? step : keys.count - step)) % keys.count
            if sessions[current].needsWork(keys[i]) {
                select(keys[i])
                sessions[current].view.focus = .panel
                return
            }
        }
        message = Message(lang.pick("所有指标与门槛条件均已评定", "Every indicator and gate has been scored"), style: .good)
    }

    // MARK: - Panel pane

    mutating func panelAction(_ action: KeyAction) -> [Effect] {
        let all = fields()
        guard !all.isEmpty else { return [] }
        var index = min(sessions[current].view.field, all.count - 1)
        if !all[index].focusable { index = all.firstIndex { $0.focusable } ?? index }
        func move(_ delta: Int) {
            var i = index
            repeat { i += delta } while i >= 0 && i < all.count && !all[i].focusable
            if i >= 0 && i < all.count { index = i }
        }
        switch action {
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: for _ in 0..<max(1, layout.panel.height / 2) { move(-1) }
        case .pageDown: for _ in 0..<max(1, layout.panel.height / 2) { move(1) }
        case .top: index = all.firstIndex { $0.focusable } ?? 0
        case .bottom: index = all.lastIndex { $0.focusable } ?? 0
        case .collapse:
            sessions[current].view.focus = .tree
        case .activate, .expand:
            sessions[current].view.field = index
            return activate(all[index].target)
        case .increment, .decrement:
            sessions[current].view.field = index
            return step(all[index].target, by: action == .increment ? 1 : -1)
        case .clear:
            sessions[current].view.field = index
            return clear(all[index].target)
        default: break
        }
        sessions[current].view.field = index
        return []
    }

    /// Refuses a change when the journal is signed off or the reviewer recused.
    mutating func editable() -> Bool {
        guard let session else { return false }
        if session.state.isSignedOff {
            message = Message(lang.pick("已签字，只读；如需修改请输入 :reopen 原因", "Signed off: read-only; use :reopen REASON to change it"), style: .warning)
            return false
        }
        if session.state.recusal != nil {
            message = Message(lang.pick("已声明回避，不评分", "You recused yourself from this application"), style: .warning)
            return false
        }
        return true
    }

    mutating func activate(_ target: PanelField.Target) -> [Effect] {
        guard case .info = target else {
            guard editable(), let session else { return [] }
            let input = session.state.inputs
            switch target {
            case .option(let indicator, let part, let option):
                if input.indicators[indicator]?.choices[part] == option { return [] }
                return appendIfValid(.choose(indicator: indicator, part: part, option: option))
            case .item(let indicator, let part, let item):
                let on = !(input.indicators[indicator]?.ticks[part]?.contains(item) ?? false)
                return appendIfValid(.tick(indicator: indicator, part: part, item: item, on: on))
            case .count(let indicator, let part, let line):
                let current = input.indicators[indicator]?.counts[part]?[line]
                mode = .prompt(.init(.value(target), title: lang.pick("数量：", "Count: "), text: current.map(String.init) ?? ""))
            case .number(let indicator, let number):
                let node = session.rubric.node(indicator)
                let suggested = session.dossier.hints["\(indicator)/\(number)"]?.value?.plain ?? ""
                let current = input.indicators[indicator]?.numbers[number]?.plain ?? suggested
                let unit = node?.number(number)?.unit ?? ""
                mode = .prompt(.init(.value(target), title: lang.pick("核实数值（\(unit)）：", "Verified value (\(unit)): "), text: current))
            case .manual(let indicator, let part):
                let current = input.indicators[indicator]?.manual[part]?.plain ?? ""
                mode = .prompt(.init(.value(target), title: lang.pick("评分：", "Points: "), text: current))
            case .coverage:
                let confirmed = input.coverageConfirmed
                mode = .scenarios(.init(selected: confirmed ? input.scenarios : session.facts.scenarios,
                                        other: confirmed ? input.otherScenarios : session.facts.otherScenarios))
            case .gateVerdict(let gate, let verdict):
                let reason = input.gates[gate]?.reason ?? ""
                if verdict == .fail {
                    mode = .prompt(.init(.gateFail(gate: gate), title: lang.pick("不通过理由：", "Reason for fail: "), text: reason))
                    return []
                }
                if input.gates[gate]?.verdict == verdict { return [] }
                return appendIfValid(.gate(gate: gate, verdict: verdict, reason: reason))
            case .gateReason(let gate):
                mode = .prompt(.init(.gateReason(gate: gate), title: lang.pick("理由：", "Reason: "), text: input.gates[gate]?.reason ?? ""))
            case .evidence(let target, let item):
                let note = session.state.evidence[EvidenceKey(target: target, item: item)]?.note ?? ""
                mode = .prompt(.init(.evidenceNote(target: target, item: item), title: lang.pick("佐证备注：", "Evidence note: "), text: note))
            case .comment:
                return startComment()
            case .info:
                break
            }
            return []
        }
        return []
    }

    mutating func step(_ target: PanelField.Target, by delta: Int) -> [Effect] {
        guard case .count(let indicator, let part, let line) = target, editable(), let session else { return [] }
        let now = session.state.inputs.indicators[indicator]?.counts[part]?[line] ?? 0
        let next = now + delta
        guard next >= 0 else { return [] }
        return appendIfValid(.count(indicator: indicator, part: part, line: line, count: next))
    }

    mutating func clear(_ target: PanelField.Target) -> [Effect] {
        guard editable() else { return [] }
        switch target {
        case .option(let indicator, let part, _): return appendIfValid(.choose(indicator: indicator, part: part, option: nil))
        case .item(let indicator, let part, let item): return appendIfValid(.tick(indicator: indicator, part: part, item: item, on: false))
        case .count(let indicator, let part, let line): return appendIfValid(.count(indicator: indicator, part: part, line: line, count: 0))
        case .number(let indicator, let number): return appendIfValid(.number(indicator: indicator, number: number, value: nil))
        case .manual(let indicator, let part): return appendIfValid(.points(indicator: indicator, part: part, points: nil))
        case .evidence(let target, let item): return appendIfValid(.evidence(target: target, item: item, mark: nil, note: ""))
        case .gateVerdict(let gate, _): return appendIfValid(.gate(gate: gate, verdict: .pending, reason: ""))
        default: return []
        }
    }

    /// Typing a digit on a number, count or points field starts entering it.
    mutating func startValueEntry(typed: String) -> [Effect] {
        guard sessions[current].view.focus == .panel, editable() else { return [] }
        let all = fields()
        let index = min(sessions[current].view.field, max(0, all.count - 1))
        guard all.indices.contains(index) else { return [] }
        switch all[index].target {
        case .count, .number, .manual:
            _ = activate(all[index].target)
            if case .prompt(var p) = mode {
                p.editor = LineEditor(typed)
                mode = .prompt(p)
            }
        default: break
        }
        return []
    }

    mutating func cycleEvidence() -> [Effect] {
        let all = fields()
        let index = min(sessions[current].view.field, max(0, all.count - 1))
        guard all.indices.contains(index), case .evidence(let target, let item) = all[index].target else {
            message = Message(lang.pick("请先在评分栏选中一条佐证材料", "Select an evidence line in the scoring panel first"), style: .dim)
            return []
        }
        guard editable(), let session else { return [] }
        let entry = session.state.evidence[EvidenceKey(target: target, item: item)]
        let next: EvidenceMark?
        switch entry?.mark {
        case nil: next = .seen
        case .seen?: next = .missing
        case .missing?: next = .doubtful
        case .doubtful?: next = nil
        }
        return appendIfValid(.evidence(target: target, item: item, mark: next, note: entry?.note ?? ""))
    }

    mutating func startComment() -> [Effect] {
        guard editable(), let session else { return [] }
        let key = session.view.selected
        let target: String
        if key == ReviewSession.overallKey { target = "" } else if key.hasPrefix("gate:") || key == ReviewSession.gatesKey {
            message = Message(lang.pick("门槛条件的理由请在「理由」一行填写", "For gates, write the reason on the Reason line"), style: .dim)
            return []
        } else { target = key }
        mode = .comment(.init(target: target, text: session.state.comments[target] ?? "", now: Date()))
        message = Message(lang.pick("编辑评语：Esc 或 Ctrl-S 保存并离开；停顿 1.5 秒自动保存", "Editing: Esc or Ctrl-S saves and leaves; a 1.5 s pause saves"), style: .dim)
        return []
    }

    mutating func undo() -> [Effect] {
        guard editable() else { return [] }
        guard let inverse = sessions[current].undoStack.popLast() else {
            message = Message(lang.pick("本次没有可撤销的操作", "Nothing to undo in this session"), style: .dim)
            return []
        }
        let effects = appendIfValid(inverse, undoable: false)
        if effects.isEmpty { sessions[current].undoStack.append(inverse) }
        return effects
    }

    // MARK: - Text pane

    mutating func textAction(_ action: KeyAction) {
        let page = max(1, layout.text.height - 2)
        var scroll = sessions[current].view.textScroll
        switch action {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .top: scroll = 0
        case .bottom: scroll = Int.max / 2
        default: break
        }
        sessions[current].view.textScroll = max(0, scroll)
    }

    // MARK: - Search

    /// Selects the next tree row (after `from`) whose id, title or linked application text contains `query`.
    mutating func search(_ query: String, from: String?) {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, let session else { return }
        let keys = session.allKeys
        let start = from.flatMap { keys.firstIndex(of: $0) } ?? -1
        for step in 1...keys.count {
            let key = keys[(start + step + keys.count) % keys.count]
            if matches(key, query: q, in: session) {
                select(key)
                sessions[current].view.focus = .tree
                sessions[current].view.textScroll = textLine(of: q, key: key)
                message = Message(lang.pick("找到：", "Found: ") + key + lang.pick("（N 下一个）", " (N for next)"), style: .good)
                return
            }
        }
        message = Message(lang.pick("未找到「\(q)」", "No match for '\(q)'"), style: .warning)
    }

    func matches(_ key: String, query: String, in session: ReviewSession) -> Bool {
        let variant = session.profile.variant
        if key.hasPrefix("gate:") {
            let gate = session.rubric.gates.first { "gate:" + $0.id == key }
            return key.contains(query) || (gate?.title.text(lang, variant: variant).contains(query) ?? false)
                || (gate?.text?.text(lang, variant: variant).contains(query) ?? false)
        }
        guard let node = session.rubric.node(key) else { return false }
        if key == query || node.title.text(lang, variant: variant).contains(query) || node.title.text(.zh, variant: variant).contains(query) { return true }
        if node.children.isEmpty {
            return session.dossier.sections(for: [key]).contains { $0.text.contains(query) || $0.title.contains(query) }
        }
        return false
    }

    /// The line of the text pane where the query first appears (0 when not found).
    func textLine(of query: String, key: String) -> Int {
        guard let session else { return 0 }
        let lines = ReviewScreen.textLines(session: session, lang: lang, width: max(10, layout.text.width - 1), glyphs: glyphs)
        return max(0, (lines.firstIndex { $0.text.contains(query) } ?? 0) - 1)
    }

    // MARK: - Mouse

    mutating func click(row: Int, column: Int) -> [Effect] {
        if screen == .list {
            let index = row - 2
            if sessions.indices.contains(index) {
                if listCursor == index { current = index; screen = .review } else { listCursor = index }
            }
            return []
        }
        guard session != nil else { return [] }
        let l = layout
        if l.tree.contains(row: row, column: column) {
            sessions[current].view.focus = .tree
            let rows = sessions[current].treeRows(lang: lang)
            let index = sessions[current].view.treeScroll + row - l.tree.row - 1
            if rows.indices.contains(index) {
                if rows[index].key == sessions[current].view.selected, rows[index].hasChildren {
                    return treeAction(.activate)
                }
                select(rows[index].key)
            }
        } else if l.panel.contains(row: row, column: column) {
            sessions[current].view.focus = .panel
            let map = ReviewScreen.panelRowMap(model: self)
            let line = sessions[current].view.panelScroll + row - l.panel.row - 1
            let all = fields()
            if map.indices.contains(line), let field = map[line], all.indices.contains(field), all[field].focusable {
                if sessions[current].view.field == field { return activate(all[field].target) }
                sessions[current].view.field = field
            }
        } else if l.text.contains(row: row, column: column) {
            sessions[current].view.focus = .text
        }
        return []
    }

    mutating func wheel(up: Bool, row: Int, column: Int) {
        guard screen == .review, session != nil else {
            listCursor = max(0, min(sessions.count - 1, listCursor + (up ? -1 : 1)))
            return
        }
        let l = layout
        if l.text.contains(row: row, column: column) {
            sessions[current].view.textScroll = max(0, sessions[current].view.textScroll + (up ? -3 : 3))
        } else if l.panel.contains(row: row, column: column) {
            sessions[current].view.panelScroll = max(0, sessions[current].view.panelScroll + (up ? -3 : 3))
        } else {
            // The tree keeps its selection in view, so the wheel moves the selection.
            let rows = sessions[current].treeRows(lang: lang)
            let index = rows.firstIndex { $0.key == sessions[current].view.selected } ?? 0
            let target = max(0, min(rows.count - 1, index + (up ? -3 : 3)))
            if rows.indices.contains(target) { select(rows[target].key) }
        }
    }
}
