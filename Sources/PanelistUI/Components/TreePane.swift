import PanelistCore

/// The rubric tree: gates, categories and indicators, and the overall opinion.
struct TreePane: Reusable {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The visible rows (expanded nodes open).
    var rows: [TreeRow]
    /// The header's title.
    var title: String
    /// Each row's label (padded) and right-hand points and mark, as drawn.
    var drawn: [(left: String, right: String)]
    /// What the rows were laid out from, to reuse them when nothing changed.
    var source: Source

    var lineCount: Int { rows.count }

    /// What the tree's rows depend on: the entries (through the last record), the expanded rows,
    /// the language, the drawing style and the width.
    struct Source: Hashable {
        var session: Int
        var seq: Int
        var expanded: Set<TreeKey>
        var lang: Lang
        var ascii: Bool
        var width: Int
    }

    /// Lays out a session's tree rows at the pane's width.
    init(session: ReviewSession, index: Int, rect: Layout.Rect, lang: Lang, glyphs: Glyphs) {
        self.rect = rect
        self.source = Self.source(session: session, index: index, rect: rect, lang: lang, glyphs: glyphs)
        self.rows = session.treeRows(lang: lang)
        let (done, total) = session.review.progress
        self.title = lang.pick("评分细则 \(done)/\(total)", "Rubric \(done)/\(total)")
        self.drawn = rows.map { row in
            let expander = row.hasChildren ? (row.expanded ? glyphs.expanded : glyphs.collapsed) : glyphs.leaf
            let indent = String(repeating: " ", count: min(8, row.depth * 2))
            let right = Fit.padLeft(row.points, to: 7) + " " + Self.mark(row.mark, glyphs)
            let labelWidth = max(1, rect.width - DisplayWidth.of(right) - 1)
            return (Fit.pad(indent + expander + " " + row.label, to: labelWidth), right)
        }
    }

    /// The source a session's tree would be laid out from now.
    static func source(session: ReviewSession, index: Int, rect: Layout.Rect, lang: Lang, glyphs: Glyphs) -> Source {
        Source(session: index, seq: session.state.lastSeq, expanded: session.view.expanded, lang: lang, ascii: glyphs == .ascii, width: rect.width)
    }


    /// The row index of a key, if it is visible.
    func index(of key: TreeKey) -> Int? { rows.firstIndex { $0.key == key } }

    /// What a tree command asks the model to do.
    enum Outcome: Equatable {
        case none
        case select(TreeKey)
        case expand(TreeKey)
        case collapse(TreeKey)
        /// Select the parent of the selected row.
        case parent
        /// Leave the tree for the scoring panel of the selected indicator.
        case enterPanel
    }

    /// Handles a command meant for the tree, from the selection and stored scroll.
    func handle(_ invocation: Invocation, view: ReviewView) -> Outcome {
        guard !rows.isEmpty else { return .none }
        let index = self.index(of: view.selected) ?? 0
        let row = rows[index]
        if let line = moved(invocation, from: index) { return .select(rows[line].key) }
        switch invocation.command {
        case .expand:
            if row.hasChildren, !row.expanded { return .expand(row.key) }
            return row.hasChildren && index + 1 < rows.count ? .select(rows[index + 1].key) : .none
        case .collapse:
            return row.hasChildren && row.expanded ? .collapse(row.key) : .parent
        case .activate:
            if row.hasChildren { return row.expanded ? .collapse(row.key) : .expand(row.key) }
            return .enterPanel
        case .click:
            guard let cell = invocation.cell, let line = hitTest(row: cell.row, column: cell.column, scroll: view.treeScroll) else { return .none }
            let target = rows[line]
            guard target.key == view.selected else { return .select(target.key) }
            // A second click is Enter: open or close a group, or go to the indicator's scoring.
            if target.hasChildren { return target.expanded ? .collapse(target.key) : .expand(target.key) }
            return .enterPanel
        default:
            return .none
        }
    }

    /// Draws the rows from the stored scroll, the selected row highlighted.
    func render(view: ReviewView, focused: Bool, into grid: inout ScreenGrid) {
        drawHeader(title, focused: focused, into: &grid)
        let selected = index(of: view.selected)
        for i in 0..<visibleRows {
            let index = view.treeScroll + i
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let (left, right) = drawn[index]
            let r = rect.row + 1 + i
            let isSelected = index == selected
            let style: ScreenGrid.Style = isSelected ? (focused ? .selected : .bold) : (row.mark == .notApplicable ? .dim : .normal)
            if isSelected { grid.fill(row: r, column: rect.column, width: rect.width, height: 1, style: style) }
            let rightWidth = DisplayWidth.of(right)
            grid.write(left, row: r, column: rect.column, style: style)
            let markStyle: ScreenGrid.Style = isSelected ? style : row.mark == .failed ? .bad : row.mark == .done ? .good : row.mark == .partial ? .warning : style
            grid.write(right, row: r, column: rect.column + rect.width - rightWidth, style: markStyle)
        }
    }

    static func mark(_ mark: TreeRow.Mark, _ glyphs: Glyphs) -> String {
        switch mark {
        case .untouched: return glyphs.untouched
        case .partial: return glyphs.partial
        case .done: return glyphs.done
        case .failed: return glyphs.failed
        case .notApplicable: return glyphs.notApplicable
        }
    }
}
