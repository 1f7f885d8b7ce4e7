import PanelistCore

/// The scoring panel: the selected row's parts, fields, evidence and comment, wrapped.
struct ScoringPane: Reusable {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The fields of the selected row.
    var fields: [PanelField]
    /// The wrapped lines, each with the field it belongs to.
    var lines: [Line]
    /// The header's title.
    var title: String
    /// What the fields were laid out from, to reuse them when nothing changed.
    var source: Source

    var lineCount: Int { lines.count }

    /// What the panel's fields depend on: the entries (through the last record), the selected
    /// row, the language, the drawing style and the width.
    struct Source: Hashable {
        var session: Int
        var seq: Int
        var selected: TreeKey
        var lang: Lang
        var ascii: Bool
        var width: Int
    }


    /// One wrapped line of a field.
    struct Line: Equatable {
        var text: String
        var trailer: String
        var field: Int
        var style: ScreenGrid.Style
    }

    /// Lays out fields at the pane's width.
    init(fields: [PanelField], rect: Layout.Rect, title: String, source: Source) {
        self.rect = rect
        self.source = source
        self.fields = fields
        self.title = title
        let width = max(10, rect.width - 1)
        var out: [Line] = []
        for (index, field) in fields.enumerated() {
            let prefix = field.prefix.isEmpty ? "" : field.prefix + " "
            let trailerWidth = field.trailer.isEmpty ? 0 : DisplayWidth.of(field.trailer) + 1
            let available = max(8, width - DisplayWidth.of(prefix) - trailerWidth)
            let wrapped = TextLayout.wrap(field.label, width: available)
            let limit = field.focusable ? 3 : 6
            for (n, piece) in wrapped.prefix(limit).enumerated() {
                let cut = n == limit - 1 && wrapped.count > limit
                let text = (n == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix)))
                    + (cut ? Fit.truncate(piece + Fit.ellipsis, to: available) : piece)
                out.append(Line(text: text, trailer: n == 0 ? field.trailer : "", field: index, style: field.style))
            }
        }
        self.lines = out
    }

    /// The lines of a field.
    func lines(of field: Int) -> ClosedRange<Int>? {
        guard let first = lines.firstIndex(where: { $0.field == field }), let last = lines.lastIndex(where: { $0.field == field }) else { return nil }
        return first...last
    }

    /// The focusable field nearest `index` (itself when focusable), or nil when none is.
    func focusable(near index: Int) -> Int? {
        if fields.indices.contains(index), fields[index].focusable { return index }
        let after = fields.indices.filter { $0 > index && fields[$0].focusable }.first
        let before = fields.indices.filter { $0 < index && fields[$0].focusable }.last
        return after ?? before
    }

    /// The first focusable field.
    var firstFocusable: Int? { fields.firstIndex { $0.focusable } }

    /// What a panel command asks the model to do.
    enum Outcome: Equatable {
        case none
        /// Focus a field.
        case focus(Int)
        /// Act on a field (tick, choose, open its editor).
        case activate(Int)
        /// Change a count by a step.
        case step(Int, by: Int)
        /// Clear a field's entry.
        case clear(Int)
        /// Start entering a figure with a typed digit.
        case type(Int, Key)
        /// Scroll without moving the focus.
        case scroll(Int)
    }

    /// Handles a command meant for the panel, from the focused field and stored scroll.
    func handle(_ invocation: Invocation, view: ReviewView) -> Outcome {
        guard let index = focusable(near: view.field) else {
            if case .wheelUp = invocation.command { return .scroll(-3) }
            if case .wheelDown = invocation.command { return .scroll(3) }
            return .none
        }
        func move(_ delta: Int, times: Int = 1) -> Outcome {
            var i = index
            for _ in 0..<times {
                var j = i + delta
                while fields.indices.contains(j), !fields[j].focusable { j += delta }
                if fields.indices.contains(j) { i = j } else { break }
            }
            return .focus(i)
        }
        switch invocation.command {
        case .up: return move(-1)
        case .down: return move(1)
        case .pageUp: return move(-1, times: max(1, visibleRows / 2))
        case .pageDown: return move(1, times: max(1, visibleRows / 2))
        case .first: return .focus(firstFocusable ?? index)
        case .last: return .focus(fields.lastIndex { $0.focusable } ?? index)
        case .activate: return .activate(index)
        case .increment: return .step(index, by: 1)
        case .decrement: return .step(index, by: -1)
        case .clear: return .clear(index)
        case .typeValue: return invocation.key.map { .type(index, $0) } ?? .none
        case .wheelUp: return .scroll(-3)
        case .wheelDown: return .scroll(3)
        case .click:
            guard let cell = invocation.cell, let line = hitTest(row: cell.row, column: cell.column, scroll: view.panelScroll) else { return .none }
            let field = lines[line].field
            guard fields[field].focusable else { return .none }
            return field == view.field ? .activate(field) : .focus(field)
        default:
            return .none
        }
    }

    /// Draws the lines from the stored scroll, the focused field highlighted.
    func render(view: ReviewView, focused: Bool, showFocus: Bool, into grid: inout ScreenGrid) {
        drawHeader(title, focused: focused, into: &grid)
        for i in 0..<visibleRows {
            guard lines.indices.contains(view.panelScroll + i) else { break }
            let line = lines[view.panelScroll + i]
            let r = rect.row + 1 + i
            let isFocused = showFocus && line.field == view.field
            let style: ScreenGrid.Style = isFocused ? (focused ? .selected : .bold) : line.style
            if isFocused { grid.fill(row: r, column: rect.column + 1, width: rect.width - 1, height: 1, style: style) }
            grid.write(line.text, row: r, column: rect.column + 1, style: style, limit: rect.width - 1)
            if !line.trailer.isEmpty {
                let w = DisplayWidth.of(line.trailer)
                grid.write(line.trailer, row: r, column: rect.column + rect.width - w, style: style)
            }
        }
    }
}
