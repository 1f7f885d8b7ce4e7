import Foundation
import PanelistCore

/// The whole UI state: the applications under review, the screen shown, and the keyboard mode.
///
/// `handle(_:now:)` turns a key into state changes and effects; journal appends are effects,
/// and the state reflects an action only after the runner reports it durably written.
public struct AppModel: Sendable {
    /// One review session per application opened.
    public var sessions: [ReviewSession]
    /// Index of the session on screen.
    public var current: Int
    /// Which screen is shown: the application list or the review.
    public var screen: Screen
    /// What the keyboard is doing.
    public var mode: UIMode = .normal
    /// The feedback line shown, if any.
    public var message: Message?
    /// The language of the screens.
    public var lang: Lang
    /// The characters the screens draw with.
    public var glyphs: Glyphs
    /// The key bindings in force.
    public var keys: KeyTable = .standard
    /// Index of the selected row on the application list.
    public var listCursor = 0
    /// Terminal width, in cells.
    public var width = 80
    /// Terminal height, in rows.
    public var height = 24
    /// The last search text, repeated by n and p.
    public var lastSearch = ""
    /// The time zone times are shown in (the reviewer's).
    public var timeZone: TimeZone = .current
    /// Seconds of no typing after which a comment being edited is saved.
    public var commentPause: TimeInterval = 1.5

    /// Which screen is shown.
    public enum Screen: Sendable, Equatable {
        case list
        case review
    }

    /// Creates the model; it opens on the list unless there is exactly one session.
    public init(sessions: [ReviewSession], lang: Lang, ascii: Bool, startInList: Bool? = nil) {
        self.sessions = sessions
        self.current = 0
        self.lang = lang
        self.glyphs = ascii ? .ascii : .unicode
        self.screen = (startInList ?? (sessions.count != 1)) ? .list : .review
    }

    /// The session on screen.
    public var session: ReviewSession? { sessions.indices.contains(current) ? sessions[current] : nil }

    var layout: Layout { Layout(width: width, height: height) }

    // MARK: - Runner callbacks

    /// The runner wrote `action` durably to session `index`'s journal at `time` as record `seq`.
    public mutating func appended(_ action: JournalAction, session index: Int, time: Date, seq: Int, undoable: Bool) {
        guard sessions.indices.contains(index) else { return }
        sessions[index].applied(action, time: time, seq: seq, undoable: undoable)
        message = Message(lang.pick("已保存 ", "Saved ") + UIText.clock(time, in: timeZone) + " \(glyphs.dot) " + describe(action), style: .good)
    }

    /// The runner could not do an effect; nothing changed.
    public mutating func failed(_ text: String) {
        message = Message(text, style: .bad)
    }

    /// Called when no key came for a while: saves a comment after a pause in typing.
    public mutating func idle(now: Date) -> [Effect] {
        guard case .comment(let edit) = mode, edit.dirty, now.timeIntervalSince(edit.lastKey) >= commentPause else { return [] }
        var copy = edit
        copy.saved = edit.editor.text
        mode = .comment(copy)
        return appendIfValid(.comment(target: edit.target, text: edit.editor.text))
    }

    /// Everything to save before leaving abruptly: a comment being typed, and every view.
    public mutating func flush() -> [Effect] {
        var effects: [Effect] = []
        if case .comment(let edit) = mode, edit.dirty {
            effects += appendIfValid(.comment(target: edit.target, text: edit.editor.text))
            mode = .normal
        }
        return effects + sessions.indices.map { Effect.saveView(session: $0) }
    }

    /// A one-line account of an action for the message row.
    func describe(_ action: JournalAction) -> String {
        switch action {
        case .tick(let i, _, let item, let on):
            return "\(i) \(item) " + (on ? glyphs.unchecked + glyphs.arrow + glyphs.checked : glyphs.checked + glyphs.arrow + glyphs.unchecked)
        case .choose(let i, _, let o): return "\(i) \(glyphs.arrow) \(o ?? glyphs.none)"
        case .number(let i, let n, let v): return "\(i) \(n) = \(v?.plain ?? glyphs.none)"
        case .count(let i, _, let line, let c): return "\(i) \(line) = \(c)"
        case .points(let i, _, let p): return "\(i) = \(p?.plain ?? glyphs.none)"
        case .scenarios(let ids, let other): return lang.pick("场景 \(ids.count + other) 个", "\(ids.count + other) scenarios")
        case .gate(let g, let v, _): return "\(g) \(v.rawValue)"
        case .evidence(let t, let item, let m, _): return "\(t) \(item) \(m?.rawValue ?? glyphs.none)"
        case .comment(let t, _): return lang.pick("评语 \(t.isEmpty ? "总体" : t)", "comment \(t.isEmpty ? "overall" : t)")
        case .recuse: return lang.pick("已声明回避", "recused")
        case .signoff: return lang.pick("已签字", "signed off")
        case .reopen: return lang.pick("已重新打开", "reopened")
        case .resolve(_, let indicator, let value, _): return lang.pick("组长裁定 \(indicator) = \(value.plain)", "chair resolved \(indicator) = \(value.plain)")
        }
    }

    /// Validates an action against the rubric and state; returns the append effect or shows why not.
    mutating func appendIfValid(_ action: JournalAction, undoable: Bool = true) -> [Effect] {
        guard let session else { return [] }
        let validator = ActionValidator(rubric: session.rubric, profile: session.profile, lang: lang)
        if let problem = validator.problem(with: action, state: session.state) {
            message = Message(problem, style: .bad)
            return []
        }
        return [.append(session: current, action: action, undoable: undoable)]
    }
}
