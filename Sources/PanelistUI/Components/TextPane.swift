import PanelistCore

/// The application text for the selected row: the rubric's wording, the stated figures, the
/// linked sections rendered from Markdown, and the evidence the applicant lists.
struct TextPane: Reusable {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The laid-out lines.
    var lines: [StyledLine]
    /// The header's title.
    var title: String
    /// What the lines were laid out from, to reuse them when nothing changed.
    var source: Source

    var lineCount: Int { lines.count }

    /// What the text's layout depends on.
    struct Source: Hashable {
        var session: Int
        var key: TreeKey
        var width: Int
        var lang: Lang
        var ascii: Bool
    }

    /// Lays out the text for a session's selected row.
    init(session: ReviewSession, index: Int, rect: Layout.Rect, lang: Lang, glyphs: Glyphs) {
        self.rect = rect
        self.title = lang.pick("申报书", "Application") + " " + glyphs.separator + " " + session.dossier.name
        self.source = Source(session: index, key: session.view.selected, width: rect.width, lang: lang, ascii: glyphs == .ascii)
        self.lines = Self.lines(session: session, lang: lang, glyphs: glyphs, width: max(10, rect.width - 1))
    }


    /// The first line containing `query`, if any.
    func line(containing query: String) -> Int? {
        guard !query.isEmpty else { return nil }
        return lines.firstIndex { $0.text.contains(query) }
    }

    /// Draws the lines from the stored scroll, search matches highlighted.
    func render(scroll: Int, focused: Bool, highlight: String, into grid: inout ScreenGrid) {
        drawHeader(title, focused: focused, right: position(scroll: scroll), into: &grid)
        for i in 0..<visibleRows {
            guard lines.indices.contains(scroll + i) else { break }
            lines[scroll + i].draw(into: &grid, row: rect.row + 1 + i, column: rect.column + 1, limit: rect.width - 1, highlight: highlight)
        }
    }

    /// The text pane's lines for a session's selected row, wrapped at `width`.
    static func lines(session: ReviewSession, lang: Lang, glyphs: Glyphs, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal) {
            out += StyledLine.wrap([StyledLine.Run(text, style)], width: width)
        }
        let variant = session.profile.variant
        let dossier = session.dossier
        var evidenceTarget: String?
        switch session.view.selected {
        case .gate(let id):
            evidenceTarget = id
            if let gate = session.rubric.gates.first(where: { $0.id == id }) {
                add("\(gate.id) " + gate.title.text(lang, variant: variant), .heading)
                if let text = gate.text { add(text.text(lang, variant: variant), .dim) }
                if case .fact(let factID, _)? = gate.check, let stated = dossier.stated[factID] {
                    add(lang.pick("申报书所述：", "Application states: ") + stated, .bold)
                }
            }
        case .node(let id):
            evidenceTarget = id
            guard let node = session.rubric.node(id) else { break }
            add("\(node.id) " + node.title.text(lang, variant: variant), .heading)
            if let text = node.text { add(text.text(lang, variant: variant), .dim) }
            for field in node.numbers {
                if let fact = field.fact, let stated = dossier.stated[fact] {
                    add(lang.pick("申报书所述 ", "Application states ") + field.title.text(lang, variant: variant) + lang.pick("：", ": ") + stated, .bold)
                }
            }
            let sections = dossier.sections(for: Set(subtree(node)))
            if sections.isEmpty && node.children.isEmpty {
                add(lang.pick("申报书未关联本项的章节。", "No application section is linked to this indicator."), .warning)
            }
            for section in sections {
                out.append(StyledLine(""))
                add(lang.pick("【\(section.title)】", "[\(section.title)]"), .bold)
                out += Markdown.layout(section.text, width: width, glyphs: glyphs)
            }
        case .gatesGroup, .overall:
            add(dossier.name + lang.pick("（\(dossier.id)）", " (\(dossier.id))"), .heading)
            for section in dossier.sections { add("- " + section.title) }
        }
        let evidence = dossier.evidence.filter { $0.target == evidenceTarget }
        if !evidence.isEmpty {
            out.append(StyledLine(""))
            add(lang.pick("申报书所附佐证：", "Evidence listed by the applicant:"), .bold)
            for item in evidence {
                let page = item.page.isEmpty ? "" : lang.pick("（第\(item.page)页）", " (p. \(item.page))")
                out += StyledLine.wrap([StyledLine.Run("\(item.file)\(page) \(item.description)")], width: width, indent: "  ", first: "- ")
            }
        }
        return out
    }

    static func subtree(_ node: RubricNode) -> [String] {
        [node.id] + node.children.flatMap(subtree)
    }
}
