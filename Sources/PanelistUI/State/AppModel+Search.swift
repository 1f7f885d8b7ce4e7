import PanelistCore

extension AppModel {
    /// Selects the next (or previous) tree row whose id, title or linked application text
    /// contains `query`; the text pane then opens at the first match, highlighted.
    mutating func find(_ query: String, forward: Bool) {
        guard !query.isEmpty, let session else { return }
        let keys = session.allKeys
        guard !keys.isEmpty else { return }
        let start = keys.firstIndex(of: session.view.selected) ?? (forward ? keys.count - 1 : 0)
        for step in 1...keys.count {
            let key = keys[(start + (forward ? step : keys.count - step) + keys.count) % keys.count]
            guard matches(key, query: query, in: session) else { continue }
            let index = route.current
            sessions[index].select(key)
            sessions[index].view.focus = .tree
            let lines = TextPane.lines(session: sessions[index], lang: lang, glyphs: glyphs, width: max(10, panes.layout.text.width - 1))
            sessions[index].view.textScroll = max(0, (lines.firstIndex { $0.text.contains(query) } ?? 0) - 1)
            let next = Keymap.map(.tree).bindings.first { $0.command == .searchNext }?.trigger.label(lang) ?? "]"
            let previous = Keymap.map(.tree).bindings.first { $0.command == .searchPrevious }?.trigger.label(lang) ?? "["
            say(lang.pick("找到：\(Self.name(key, in: session, lang: lang))（\(next) 下一个，\(previous) 上一个）",
                          "Found: \(Self.name(key, in: session, lang: lang)) (\(next) next, \(previous) previous)"), .good)
            return
        }
        say(lang.pick("未找到「\(query)」", "No match for '\(query)'"), .warning)
    }

    /// A tree row's id as shown.
    static func name(_ key: TreeKey, in session: ReviewSession, lang: Lang) -> String {
        switch key {
        case .gate(let id), .node(let id): return id
        case .gatesGroup: return lang.pick("门槛条件", "Gates")
        case .overall: return lang.pick("总体意见", "Overall opinion")
        }
    }

    func matches(_ key: TreeKey, query: String, in session: ReviewSession) -> Bool {
        let variant = session.profile.variant
        switch key {
        case .gate(let id):
            let gate = session.rubric.gates.first { $0.id == id }
            return id.contains(query) || (gate?.title.text(lang, variant: variant).contains(query) ?? false)
                || (gate?.text?.text(lang, variant: variant).contains(query) ?? false)
        case .node(let id):
            guard let node = session.rubric.node(id) else { return false }
            if id == query || node.title.text(lang, variant: variant).contains(query) || node.title.text(.zh, variant: variant).contains(query) { return true }
            if node.children.isEmpty {
                return session.dossier.sections(for: [id]).contains { $0.text.contains(query) || $0.title.contains(query) }
            }
            return false
        case .gatesGroup, .overall:
            return false
        }
    }
}
