import Foundation
import PanelistCore

/// The reviewer's screen as state: routing, settings, the message, and the laid-out panes,
/// beside the sessions (each a Core `Review` with its view and undo stacks).
///
/// `handle(_:now:)` turns an event into a command through the active context's keymap, runs
/// it, then normalises every scroll from the layout and stores it; `render()` only reads.
/// Journal appends are effects: a session changes only when the runner confirms the append.
public struct AppModel: Sendable {
    /// One review session per application opened.
    public internal(set) var sessions: [ReviewSession]
    /// The screen shown, the open session and the overlay.
    public internal(set) var route: Route
    /// Language, drawing style, time zone, comment pause.
    public internal(set) var settings: UISettings
    /// The feedback line shown, if any.
    public internal(set) var message: Message?
    /// The components as laid out after the last event.
    public internal(set) var panes: Panes
    /// The application list's selection and order.
    var list = ListState()
    /// The last search.
    var search = SearchState()
    /// Appends sent to the runner and not yet reported, by id.
    var pending: [AppendID: PendingAppend] = [:]
    /// The next append id.
    var nextAppend = 1
    /// Whether an unbound key was already reported (it says so once, until a command runs).
    var reportedUnknownKey = false
    /// Lines shown above the application list (the installed review packages: panel, progress, deadline).
    public internal(set) var listHeader: [String] = []

    /// Creates the model at a terminal size; it opens on the list unless there is exactly one session.
    public init(sessions: [ReviewSession], settings: UISettings, width: Int = 80, height: Int = 24, startInList: Bool? = nil) {
        self.sessions = sessions
        self.settings = settings
        self.route = Route(screen: (startInList ?? (sessions.count != 1)) ? .list : .review, current: 0, overlay: nil)
        self.panes = Panes(layout: Layout(width: max(1, width), height: max(1, height)))
        refresh()
    }

    /// Creates the model with default settings for a language and drawing style.
    public init(sessions: [ReviewSession], lang: Lang, ascii: Bool, width: Int = 80, height: Int = 24, startInList: Bool? = nil) {
        self.init(sessions: sessions, settings: UISettings(lang: lang, ascii: ascii), width: width, height: height, startInList: startInList)
    }

    /// The language of the screens.
    public var lang: Lang { settings.lang }
    /// The characters the screens draw with.
    public var glyphs: Glyphs { settings.glyphs }
    /// The layout for the terminal size.
    public var layout: Layout { panes.layout }
    /// What takes the keyboard above the screen, if anything.
    public var overlay: Overlay? { route.overlay }
    /// The session on the review screen.
    public var session: ReviewSession? { sessions.indices.contains(route.current) ? sessions[route.current] : nil }
    /// Whether the terminal is big enough to draw the screens.
    public var fits: Bool { Layout.fits(width: layout.width, height: layout.height) }

    /// Where the keyboard is now.
    public var context: InputContext {
        guard fits else { return .tooSmall }
        if let overlay = route.overlay { return overlay.context }
        guard route.screen == .review, let session else { return .list }
        return session.view.focus.context
    }

    /// What commands' disabled reasons are decided from, now.
    public var commandState: CommandState {
        var state = CommandState()
        state.hasSearch = !search.query.isEmpty
        state.canStepBack = route.overlay != nil
        guard route.screen == .review, let session else { return state }
        state.hasReview = true
        state.signedOff = session.state.isSignedOff
        state.recused = session.state.recusal != nil
        let busy = pending.values.contains { $0.session == route.current && ($0.purpose == .undo || $0.purpose == .redo) }
        state.canUndo = !session.undoStack.isEmpty && !busy
        state.canRedo = !session.redoStack.isEmpty && !busy
        if let field = focusedField, case .evidence = field.target { state.evidenceFocused = true }
        state.commentable = ReviewSession.commentTarget(session.view.selected) != nil
        state.canStepBack = state.canStepBack || session.view.focus != .tree || sessions.count > 1
        return state
    }

    /// The focused field of the scoring panel, when the panel has the keyboard.
    var focusedField: PanelField? {
        guard let session, session.view.focus == .panel, let panel = panes.panel, panel.fields.indices.contains(session.view.field) else { return nil }
        return panel.fields[session.view.field]
    }

    /// Sets the message row.
    mutating func say(_ text: String, _ style: ScreenGrid.Style) {
        message = Message(text, style: style)
    }
}

extension AppModel {
    /// Shows a message from the runner (a printout written, a file not written).
    public mutating func report(_ message: Message) {
        self.message = message
    }
}
