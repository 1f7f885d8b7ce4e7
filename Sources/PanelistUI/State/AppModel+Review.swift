import Foundation
import PanelistCore

extension AppModel {
    /// Runs a command on the review screen: those shared by the panes first, then the focused pane's.
    mutating func runReview(_ invocation: Invocation, now: Date) -> [Effect] {
        let index = route.current
        guard sessions.indices.contains(index) else { return [] }
        switch invocation.command {
        case .nextPane, .previousPane:
            sessions[index].view.focus = sessions[index].view.focus.cycled(forward: invocation.command == .nextPane)
        case .back:
            if sessions[index].view.focus != .tree { sessions[index].view.focus = .tree } else { return goToList() }
        case .applications:
            return goToList()
        case .nextTodo, .previousTodo:
            jumpTodo(forward: invocation.command == .nextTodo)
        case .search, .searchBackward:
            let forward = invocation.command == .search
            route.overlay = .prompt(Prompt(.search(forward: forward), title: forward ? "/" : "\\", text: search.query))
        case .searchNext, .searchPrevious:
            find(search.query, forward: invocation.command == .searchNext)
        case .editComment:
            startComment(now: now)
        case .markEvidence:
            return cycleEvidence()
        case .undo:
            return undo()
        case .redo:
            return redo()
        case .click, .wheelUp, .wheelDown:
            return mouse(invocation)
        default:
            switch sessions[index].view.focus {
            case .tree: return treeCommand(invocation)
            case .panel: return panelCommand(invocation)
            case .text: textCommand(invocation)
            }
        }
        return []
    }

    /// A click or wheel turn goes to the pane under it (a click also gives that pane the keyboard).
    mutating func mouse(_ invocation: Invocation) -> [Effect] {
        guard let cell = invocation.cell else { return [] }
        let index = route.current
        let layout = panes.layout
        let pane: Pane
        if layout.tree.contains(row: cell.row, column: cell.column) { pane = .tree } else if layout.panel.contains(row: cell.row, column: cell.column) {
            pane = .panel
        } else if layout.text.contains(row: cell.row, column: cell.column) { pane = .text } else { return [] }
        if invocation.command == .click { sessions[index].view.focus = pane }
        switch pane {
        case .tree: return treeCommand(invocation)
        case .panel: return panelCommand(invocation)
        case .text: textCommand(invocation); return []
        }
    }

    // MARK: - Panes

    mutating func treeCommand(_ invocation: Invocation) -> [Effect] {
        let index = route.current
        guard let tree = panes.tree else { return [] }
        switch tree.handle(invocation, view: sessions[index].view) {
        case .none: break
        case .select(let key): sessions[index].select(key)
        case .expand(let key): sessions[index].view.expanded.insert(key)
        case .collapse(let key): sessions[index].view.expanded.remove(key)
        case .parent:
            if let parent = sessions[index].ancestors(of: sessions[index].view.selected).last { sessions[index].select(parent) }
        case .enterPanel:
            sessions[index].view.focus = .panel
            sessions[index].view.field = -1
        }
        return []
    }

    mutating func textCommand(_ invocation: Invocation) {
        guard let text = panes.text else { return }
        let index = route.current
        sessions[index].view.textScroll = text.scrolled(invocation, from: sessions[index].view.textScroll)
    }

    mutating func panelCommand(_ invocation: Invocation) -> [Effect] {
        let index = route.current
        guard let panel = panes.panel else { return [] }
        let field = { (i: Int) -> PanelField.Target in panel.fields[i].target }
        switch panel.handle(invocation, view: sessions[index].view) {
        case .none: return []
        case .focus(let i): sessions[index].view.field = i
        case .scroll(let delta): sessions[index].view.panelScroll += delta
        case .activate(let i):
            sessions[index].view.field = i
            return activate(field(i))
        case .step(let i, let delta):
            sessions[index].view.field = i
            return step(field(i), by: delta)
        case .clear(let i):
            sessions[index].view.field = i
            return clear(field(i))
        case .type(let i, let key):
            sessions[index].view.field = i
            startValueEntry(field(i), typed: key)
        }
        return []
    }

    // MARK: - To-dos

    mutating func jumpTodo(forward: Bool) {
        let index = route.current
        let keys = sessions[index].allKeys
        guard !keys.isEmpty else { return }
        let start = keys.firstIndex(of: sessions[index].view.selected) ?? 0
        for step in 1...keys.count {
            let i = (start + (forward ? step : keys.count - step)) % keys.count
            if sessions[index].needsWork(keys[i]) {
                sessions[index].select(keys[i])
                sessions[index].view.focus = .panel
                return
            }
        }
        say(lang.pick("所有指标与门槛条件均已评定", "Every indicator and gate has been scored"), .good)
    }
}
