import Foundation
import PanelistCore

extension AppModel {
    /// Handles one event and returns the effects the runner must carry out. A key or mouse
    /// event becomes a command through the active context's keymap (then the global one); a
    /// command that cannot run says why. Afterwards every scroll is normalised and stored.
    public mutating func handle(_ event: Event, now: Date = Date()) -> [Effect] {
        let before = mark
        var effects: [Effect] = []
        switch event {
        case .resize(let width, let height):
            panes.layout = Layout(width: max(1, width), height: max(1, height))
        case .idle(let time):
            effects = idle(now: time)
        case .key, .mouse:
            effects = dispatch(event, now: now)
        }
        refresh(from: before)
        return effects
    }

    /// Handles a key as the terminal reads it (mouse keys become mouse events).
    public mutating func handle(_ key: Key, now: Date = Date()) -> [Effect] {
        guard let event = Event(key) else { return [] }
        return handle(event, now: now)
    }

    /// Sets the terminal size (on start and on every resize).
    public mutating func resize(width: Int, height: Int) {
        _ = handle(.resize(width: width, height: height))
    }

    mutating func dispatch(_ event: Event, now: Date) -> [Effect] {
        let context = self.context
        guard let invocation = Keymap.resolve(event, in: context) else {
            if case .key(let key) = event { unbound(key, in: context) }
            return []
        }
        reportedUnknownKey = false
        if invocation.command != .edit { message = nil }
        if let reason = Command[invocation.command].disabledReason(commandState, lang: lang) {
            say(reason, .warning)
            return []
        }
        return run(invocation, in: context, now: now)
    }

    /// A key bound nowhere here: says so once (until a command runs); on the too-small screen, nothing.
    mutating func unbound(_ key: Key, in context: InputContext) {
        guard context != .tooSmall, !reportedUnknownKey else { return }
        reportedUnknownKey = true
        let help = Keymap.effective(context).first { $0.command == .help }.map { lang.pick("；按 \($0.trigger.label(lang)) 查看本处可用的键", "; \($0.trigger.label(lang)) shows the keys that work here") } ?? ""
        say(lang.pick("「\(key.label)」在\(context.title(lang))中没有作用", "\(key.label) does nothing in the \(context.title(lang).lowercased())") + help, .dim)
    }

    /// Runs a command in the context it was resolved in.
    mutating func run(_ invocation: Invocation, in context: InputContext, now: Date) -> [Effect] {
        switch context {
        case .tooSmall: return invocation.command == .quit ? saveAllViews() + [.quit] : []
        case .help: return runHelp(invocation)
        case .prompt: return runPrompt(invocation)
        case .comment: return runComment(invocation, now: now)
        case .scenarios: return runPicker(invocation)
        case .confirm: return runConfirm(invocation)
        case .list: return runGlobal(invocation) ?? runList(invocation)
        case .tree, .panel, .text: return runGlobal(invocation) ?? runReview(invocation, now: now)
        case .chair: return []
        }
    }

    /// The global commands (help, quit, the command line, Ctrl-C); nil for others.
    mutating func runGlobal(_ invocation: Invocation) -> [Effect]? {
        switch invocation.command {
        case .help:
            route.overlay = .help(of: context, scroll: 0)
        case .quit:
            return saveAllViews() + [.quit]
        case .commandLine:
            route.overlay = .prompt(Prompt(.command, title: ":"))
        case .interrupt:
            interrupt()
        default:
            return nil
        }
        return []
    }

    /// Ctrl-C does not quit: it says how to, from the keymaps in force.
    mutating func interrupt() {
        let quit = Keymap.global.bindings.first { $0.command == .quit }?.trigger.label(lang) ?? "q"
        if context.inheritsGlobal {
            say(lang.pick("Ctrl-C 不会退出：按 \(quit) 退出（所有操作已保存）", "Ctrl-C does not quit: press \(quit) to quit (everything is saved)"), .warning)
        } else {
            let leave = Keymap.map(context).bindings.first { [.back, .cancel, .saveComment].contains($0.command) }?.trigger.label(lang) ?? "Esc"
            say(lang.pick("Ctrl-C 不会退出：先按 \(leave) 离开，再按 \(quit) 退出", "Ctrl-C does not quit: press \(leave) to leave, then \(quit) to quit"), .warning)
        }
    }

    // MARK: - Help

    mutating func runHelp(_ invocation: Invocation) -> [Effect] {
        guard case .help(let of, let scroll)? = route.overlay, let pane = panes.help else { return [] }
        switch invocation.command {
        case .back: route.overlay = nil
        case .interrupt: interrupt()
        default: route.overlay = .help(of: of, scroll: pane.scrolled(invocation, from: scroll))
        }
        return []
    }

    // MARK: - The list

    mutating func runList(_ invocation: Invocation) -> [Effect] {
        switch invocation.command {
        case .sort:
            list.sort = ListSort.parse(invocation.text) ?? list.sort.next
            say(list.sort.title(lang), .dim)
            return []
        default:
            guard let pane = panes.list else { return [] }
            switch pane.handle(invocation, selected: list.selected, scroll: list.scroll) {
            case .none: break
            case .select(let index): list.selected = index
            case .open(let index): open(index)
            }
            return []
        }
    }

    /// Opens a session on the review screen.
    mutating func open(_ index: Int) {
        guard sessions.indices.contains(index) else { return }
        route.current = index
        route.screen = .review
        list.selected = index
    }

    /// Back to the list, on the row last opened; the view is saved.
    mutating func goToList() -> [Effect] {
        let index = route.current
        route.screen = .list
        route.overlay = nil
        list.selected = index
        return sessions.indices.contains(index) ? [.saveView(session: index)] : []
    }
}
