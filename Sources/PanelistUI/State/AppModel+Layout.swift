import PanelistCore

extension AppModel {
    /// Where the reviewer was before an event: the panel shows a newly focused field.
    struct Mark: Equatable {
        var session: Int
        var selected: TreeKey?
        var field: Int?
    }

    var mark: Mark { Mark(session: route.current, selected: session?.view.selected, field: session?.view.field) }

    /// Lays out the components for the state and normalises every stored scroll to them.
    /// Runs after every event; drawing then reads what is stored.
    mutating func refresh(from before: Mark? = nil) {
        let layout = Layout(width: panes.layout.width, height: panes.layout.height)
        var next = Panes(layout: layout)
        defer {
            next.hints = Hints.pieces(context, lang: settings.lang)
            panes = next
        }
        guard fits else { return }
        let lang = settings.lang
        let glyphs = settings.glyphs
        if route.screen == .review, let session {
            let index = route.current
            var view = session.view
            // Each pane is laid out again only when what it shows changed.
            let ascii = glyphs == .ascii
            let treeSource = TreePane.source(session: session, index: index, rect: layout.tree, lang: lang, glyphs: glyphs)
            let tree = panes.tree?.reused(for: treeSource, rect: layout.tree)
                ?? TreePane(session: session, index: index, rect: layout.tree, lang: lang, glyphs: glyphs)
            let source = TextPane.Source(session: index, key: view.selected, width: layout.text.width, lang: lang, ascii: ascii)
            let text = panes.texts[source]?.reused(for: source, rect: layout.text)
                ?? TextPane(session: session, index: index, rect: layout.text, lang: lang, glyphs: glyphs)
            next.texts = panes.texts.count < 64 ? panes.texts : [:]
            panes.texts = [:]   // handed over, so that adding to it below does not copy it
            next.texts[source] = text
            let panelSource = ScoringPane.Source(session: index, seq: session.state.lastSeq, selected: view.selected, lang: lang, ascii: ascii, width: layout.panel.width)
            let panel = panes.panels[panelSource]?.reused(for: panelSource, rect: layout.panel) ?? {
                var title = lang.pick("评分", "Scoring")
                if session.state.isSignedOff { title += lang.pick("（已签字，只读）", " (signed off, read-only)") }
                if session.state.recusal != nil { title += lang.pick("（已回避）", " (recused)") }
                return ScoringPane(fields: session.panelFields(lang: lang, glyphs: glyphs, timeZone: settings.timeZone), rect: layout.panel, title: title, source: panelSource)
            }()

            let row = tree.index(of: view.selected)
            view.treeScroll = tree.normalized(view.treeScroll, showing: row.map { $0...$0 })
            view.textScroll = text.normalized(view.textScroll)
            view.field = panel.focusable(near: view.field) ?? 0
            // The panel shows a field newly focused (by keys or a new selection); the wheel alone only scrolls.
            let moved = before.map { $0 != mark } ?? false
            view.panelScroll = panel.normalized(view.panelScroll, showing: moved ? panel.lines(of: view.field) : nil)
            sessions[index].view = view
            next.tree = tree
            next.text = text
            next.panel = panel
            next.panels = panes.panels.count < 64 ? panes.panels : [:]
            panes.panels = [:]
            next.panels[panelSource] = panel
            let right = Layout.Rect(row: layout.text.row, column: layout.text.column, width: layout.text.width,
                                    height: layout.text.height + layout.panel.height)
            switch route.overlay {
            case .scenarios(var picker)?:
                let pane = PickerPane(rubric: session.rubric, dossier: session.dossier, rect: layout.panel, lang: lang)
                picker.cursor = min(max(0, picker.cursor), pane.lineCount - 1)
                picker.scroll = pane.normalized(picker.scroll, showing: picker.cursor...picker.cursor)
                route.overlay = .scenarios(picker)
                next.picker = pane
            case .comment(let edit)?:
                next.comment = CommentPane(edit: edit, rect: layout.panel)
            case .signOff(let scroll)?:
                let pane = SignOffPane(session: session, rect: right, lang: lang)
                route.overlay = .signOff(scroll: pane.normalized(scroll))
                next.signOff = pane
            default:
                break
            }
        } else {
            let header = listHeaderShown.count + (listHeaderShown.isEmpty ? 0 : 1)   // a blank row after the header
            let pane = ListPane(sessions: sessions, sort: list.sort,
                                rect: Layout.Rect(row: 1 + header, column: 0, width: layout.width, height: max(1, layout.height - 3 - header)), lang: lang)
            if !sessions.isEmpty { list.selected = min(max(0, list.selected), sessions.count - 1) }
            list.scroll = pane.normalized(list.scroll, showing: pane.row(of: list.selected).map { $0...$0 })
            next.list = pane
        }
        if case .help(let context, let scroll)? = route.overlay {
            let pane = HelpPane(context: context, width: layout.width, height: layout.height, lang: lang)
            route.overlay = .help(of: context, scroll: pane.normalized(scroll))
            next.help = pane
        }
    }
}
