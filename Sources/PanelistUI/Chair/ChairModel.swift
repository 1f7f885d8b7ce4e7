import Foundation
import PanelistCore

/// The chair's screen: divergent indicators for discussion, each reviewer's points and
/// comment, and the agreed value with its reason, recorded in the chair's own journal.
///
/// The agreed value is shown beside the computed panel value; it never replaces it. Keys go
/// through the chair's keymap (and the prompt's and help's), like the reviewer's screen.
public struct ChairModel: Sendable {
    /// The flagged indicators to discuss.
    public internal(set) var agenda: ChairAgenda
    /// The rubric that supplies titles.
    public let rubric: Rubric
    /// Index of the selected agenda item.
    public internal(set) var cursor = 0
    /// First agenda row shown.
    var listScroll = 0
    /// First line shown in the detail pane.
    public internal(set) var detailScroll = 0
    /// The value prompt, the reason prompt or help, above the agenda.
    public internal(set) var overlay: Overlay?
    /// The feedback line shown, if any.
    public internal(set) var message: Message?
    /// Language and drawing style.
    public internal(set) var settings: UISettings
    /// Resolutions sent to the runner and not yet reported, by id.
    var pending: [AppendID: ChairResolution] = [:]
    var nextAppend = 1
    var reportedUnknownKey = false
    /// The components as laid out after the last event.
    var panes: ChairPanes

    /// The chair screen's laid-out components.
    struct ChairPanes: Sendable {
        var layout: Layout
        var agenda: AgendaPane?
        var detail: DetailPane?
        var help: HelpPane?
    }

    /// Creates the chair's screen for an agenda, on its first item.
    public init(agenda: ChairAgenda, rubric: Rubric, lang: Lang, ascii: Bool = false, width: Int = 80, height: Int = 24) {
        self.agenda = agenda
        self.rubric = rubric
        self.settings = UISettings(lang: lang, ascii: ascii)
        self.panes = ChairPanes(layout: Layout(width: max(1, width), height: max(1, height)))
        refresh()
    }

    /// The language of the screen.
    public var lang: Lang { settings.lang }

    /// The selected agenda item.
    var item: ChairAgendaItem? { agenda.items.indices.contains(cursor) ? agenda.items[cursor] : nil }

    /// Where the keyboard is now.
    public var context: InputContext {
        guard Layout.fits(width: panes.layout.width, height: panes.layout.height) else { return .tooSmall }
        return overlay?.context ?? .chair
    }

    /// Sets the terminal size.
    public mutating func resize(width: Int, height: Int) { _ = handle(.resize(width: width, height: height)) }

    /// Handles a key as the terminal reads it.
    public mutating func handle(_ key: Key) -> [ChairEffect] {
        guard let event = Event(key) else { return [] }
        return handle(event)
    }

    /// Handles one event through the active context's keymap; returns the effects for the runner.
    public mutating func handle(_ event: Event) -> [ChairEffect] {
        var effects: [ChairEffect] = []
        switch event {
        case .resize(let width, let height):
            panes.layout = Layout(width: max(1, width), height: max(1, height))
        case .idle:
            break
        case .key, .mouse:
            let context = self.context
            if let invocation = Keymap.resolve(event, in: context) {
                reportedUnknownKey = false
                if invocation.command != .edit { message = nil }
                effects = run(invocation, in: context)
            } else if case .key(let key) = event, context != .tooSmall, !reportedUnknownKey {
                reportedUnknownKey = true
                message = Message(lang.pick("「\(key.label)」在\(context.title(lang))中没有作用；按 ? 查看本处可用的键",
                                            "\(key.label) does nothing in the \(context.title(lang).lowercased()); ? shows the keys that work here"), style: .dim)
            }
        }
        refresh()
        return effects
    }

    mutating func run(_ invocation: Invocation, in context: InputContext) -> [ChairEffect] {
        switch context {
        case .tooSmall:
            return invocation.command == .quit ? [.quit] : []
        case .help:
            guard case .help(let of, let scroll)? = overlay, let pane = panes.help else { return [] }
            switch invocation.command {
            case .back: overlay = nil
            case .interrupt: interrupt()
            default: overlay = .help(of: of, scroll: pane.scrolled(invocation, from: scroll))
            }
            return []
        case .prompt:
            return runPrompt(invocation)
        default:
            return runAgenda(invocation)
        }
    }

    mutating func interrupt() {
        let quit = Keymap.map(.chair).bindings.first { $0.command == .quit }?.trigger.label(lang) ?? "q"
        if overlay == nil {
            message = Message(lang.pick("Ctrl-C 不会退出：按 \(quit) 退出", "Ctrl-C does not quit: press \(quit) to quit"), style: .warning)
        } else {
            message = Message(lang.pick("Ctrl-C 不会退出：先按 Esc 离开，再按 \(quit) 退出", "Ctrl-C does not quit: press Esc to leave, then \(quit) to quit"), style: .warning)
        }
    }

    mutating func runAgenda(_ invocation: Invocation) -> [ChairEffect] {
        let count = agenda.items.count
        func select(_ index: Int) {
            guard count > 0 else { return }
            let next = min(count - 1, max(0, index))
            if next != cursor { detailScroll = 0 }
            cursor = next
        }
        let page = panes.agenda?.page ?? 10
        switch invocation.command {
        case .up: select(cursor - 1)
        case .down: select(cursor + 1)
        case .first: select(0)
        case .last: select(count - 1)
        case .pageUp: detailScroll -= max(1, panes.detail?.page ?? page)
        case .pageDown: detailScroll += max(1, panes.detail?.page ?? page)
        case .nextUnresolved:
            for step in 1...max(1, count) {
                let i = (cursor + step) % max(1, count)
                if agenda.items.indices.contains(i), !agenda.items[i].isResolved { select(i); return [] }
            }
            message = Message(lang.pick("所有待议指标均已裁定", "Every flagged indicator is resolved"), style: .good)
        case .resolve:
            guard let item else { return [] }
            let start = item.indicator.resolution?.value ?? item.indicator.value ?? 0
            overlay = .prompt(Prompt(.agreedValue, title: lang.pick("议定分值（0 至 \(item.indicator.cap.plain)）：", "Agreed value (0 to \(item.indicator.cap.plain)): "), text: start.plain))
        case .click, .wheelUp, .wheelDown:
            guard let cell = invocation.cell, let agendaPane = panes.agenda else { return [] }
            if agendaPane.rect.contains(row: cell.row, column: cell.column) {
                if invocation.command == .click {
                    if let line = agendaPane.hitTest(row: cell.row, column: cell.column, scroll: listScroll) {
                        // A second click is Enter.
                        if line == cursor { return runAgenda(Invocation(.resolve)) }
                        select(line)
                    }
                } else {
                    select(cursor + (invocation.command == .wheelUp ? -3 : 3))
                }
            } else if invocation.command != .click {
                detailScroll += invocation.command == .wheelUp ? -3 : 3
            }
        case .back:
            message = Message(lang.pick("已在最外层；q 退出", "Already at the outermost level; q quits"), style: .dim)
        case .help:
            overlay = .help(of: .chair, scroll: 0)
        case .quit:
            return [.quit]
        case .interrupt:
            interrupt()
        default:
            break
        }
        return []
    }

    mutating func runPrompt(_ invocation: Invocation) -> [ChairEffect] {
        guard case .prompt(var prompt)? = overlay else { return [] }
        switch invocation.command {
        case .edit:
            if let key = invocation.key { prompt.edit(key) }
            overlay = .prompt(prompt)
        case .cancel:
            overlay = nil
            message = Message(lang.pick("已取消", "Cancelled"), style: .dim)
        case .interrupt:
            interrupt()
        case .submit:
            guard let item else { overlay = nil; return [] }
            switch prompt.purpose {
            case .agreedValue:
                guard case .success(let value) = UIText.parseNumber(prompt.text, unit: "分", lang: lang), value >= 0, value <= item.indicator.cap else {
                    // The prompt stays, with what was typed; the reason shows on the status row.
                    prompt.selected = false
                    overlay = .prompt(prompt)
                    message = Message(lang.pick("分值须在 0 至 \(item.indicator.cap.plain) 之间；未记录", "The value must be 0 to \(item.indicator.cap.plain); nothing recorded"), style: .bad)
                    return []
                }
                overlay = .prompt(Prompt(.agreedReason(value), title: lang.pick("议定 \(value.plain)，理由：", "Agreed \(value.plain), reason: "),
                                         text: item.indicator.resolution?.reason ?? ""))
            case .agreedReason(let value):
                let reason = prompt.text.trimmingCharacters(in: .whitespaces)
                guard !reason.isEmpty else {
                    overlay = .prompt(prompt)
                    message = Message(lang.pick("须写明裁定理由；未记录", "A reason is required; nothing recorded"), style: .bad)
                    return []
                }
                overlay = nil
                let id = AppendID(nextAppend)
                nextAppend += 1
                pending[id] = ChairResolution(application: item.application, indicator: item.indicator.id, value: value, reason: reason, time: Date(), seq: 0)
                return [.resolve(id, application: item.application, indicator: item.indicator.id, value: value, reason: reason)]
            default:
                overlay = nil
            }
        default:
            break
        }
        return []
    }

    /// The runner recorded the resolution `id` durably in the chair's journal.
    public mutating func confirmed(_ id: AppendID, record: JournalRecord) {
        defer { refresh() }
        guard let r = pending.removeValue(forKey: id) else { return }
        for i in agenda.items.indices where agenda.items[i].application == r.application && agenda.items[i].indicator.id == r.indicator {
            agenda.items[i].indicator.resolution = ChairResolution(application: r.application, indicator: r.indicator, value: r.value, reason: r.reason,
                                                                   time: record.time, seq: record.seq)
        }
        message = Message(lang.pick("已记入组长日志：\(r.application) \(r.indicator) = \(r.value.plain)", "Recorded in the chair journal: \(r.application) \(r.indicator) = \(r.value.plain)"), style: .good)
    }

    /// The runner could not record the resolution `id`: the reason prompt comes back with the text.
    public mutating func failed(_ id: AppendID, reason: String) {
        defer { refresh() }
        if let r = pending.removeValue(forKey: id) {
            overlay = .prompt(Prompt(.agreedReason(r.value), title: lang.pick("议定 \(r.value.plain)，理由：", "Agreed \(r.value.plain), reason: "), text: r.reason, selected: false))
        }
        message = Message(lang.pick("未记录：\(reason)；理由仍在输入行：Enter 重试，Esc 放弃", "Not recorded: \(reason); the reason is still on the line: Enter retries, Esc drops it"), style: .bad)
    }
}
