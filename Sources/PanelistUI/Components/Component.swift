import PanelistCore

/// A pane of a screen: lines laid out for its rectangle (a header row, then content rows).
///
/// Each pane has its lines, handles the commands meant for it, draws at the scroll stored
/// in the view, and says which line a screen cell shows (`hitTest`). The model normalises the
/// stored scroll after every event with `normalized`; drawing never computes another.
protocol Component {
    /// Where the pane is drawn.
    var rect: Layout.Rect { get }
    /// How many content lines it has.
    var lineCount: Int { get }
}

extension Component {
    /// Content rows that fit: the rectangle less its header row.
    var visibleRows: Int { max(0, rect.height - 1) }

    /// The largest scroll that still fills the pane.
    var maxScroll: Int { max(0, lineCount - visibleRows) }

    /// A page: the visible rows less one for context.
    var page: Int { max(1, visibleRows - 1) }

    /// A stored scroll clamped to the content and, when `lines` is given, moved only as far as
    /// needed to show those lines (their first line wins when they do not all fit).
    func normalized(_ scroll: Int, showing lines: ClosedRange<Int>? = nil) -> Int {
        var s = min(max(0, scroll), maxScroll)
        if let lines, visibleRows > 0 {
            if lines.upperBound >= s + visibleRows { s = lines.upperBound - visibleRows + 1 }
            if lines.lowerBound < s { s = lines.lowerBound }
        }
        return min(max(0, s), maxScroll)
    }

    /// The content line shown at a screen cell with the stored scroll, if the cell shows one.
    func hitTest(row: Int, column: Int, scroll: Int) -> Int? {
        guard rect.contains(row: row, column: column), row > rect.row else { return nil }
        let line = scroll + row - rect.row - 1
        return line >= 0 && line < lineCount ? line : nil
    }

    /// Draws the header row: the title, highlighted when the pane has the keyboard.
    func drawHeader(_ title: String, focused: Bool, right: String = "", into grid: inout ScreenGrid) {
        let style: ScreenGrid.Style = focused ? .selected : .heading
        grid.fill(row: rect.row, column: rect.column, width: rect.width, height: 1, style: style)
        let rightWidth = right.isEmpty ? 0 : DisplayWidth.of(right) + 1
        grid.write(" " + title, row: rect.row, column: rect.column, style: style, limit: max(0, rect.width - rightWidth))
        if !right.isEmpty {
            grid.write(right, row: rect.row, column: rect.column + rect.width - rightWidth, style: style)
        }
    }

    /// The scroll a scrolling command gives, from the stored one (normalised later); other
    /// commands leave it.
    func scrolled(_ invocation: Invocation, from scroll: Int) -> Int {
        switch invocation.command {
        case .up: return scroll - 1
        case .down: return scroll + 1
        case .pageUp: return scroll - page
        case .pageDown: return scroll + page
        case .first: return 0
        case .last: return maxScroll
        case .wheelUp: return scroll - 3
        case .wheelDown: return scroll + 3
        default: return scroll
        }
    }

    /// The line a moving command selects, from the selected one (clamped to the lines); nil
    /// for other commands.
    func moved(_ invocation: Invocation, from index: Int) -> Int? {
        let target: Int
        switch invocation.command {
        case .up: target = index - 1
        case .down: target = index + 1
        case .pageUp: target = index - page
        case .pageDown: target = index + page
        case .first: target = 0
        case .last: target = lineCount - 1
        case .wheelUp: target = index - 3
        case .wheelDown: target = index + 3
        default: return nil
        }
        return min(max(0, lineCount - 1), max(0, target))
    }

    /// `3-20/57` when the content does not fit, for the header's right end.
    func position(scroll: Int) -> String {
        guard lineCount > visibleRows else { return "" }
        return "\(scroll + 1)-\(min(lineCount, scroll + visibleRows))/\(lineCount)"
    }
}

/// A component laid out from a source it remembers, reused while the source is unchanged.
protocol Reusable: Component {
    /// What the lines depend on.
    associatedtype Source: Hashable
    /// What the lines were laid out from.
    var source: Source { get }
    /// Where the pane is drawn.
    var rect: Layout.Rect { get set }
}

extension Reusable {
    /// The same pane in a new rectangle, when it was laid out from the same source.
    func reused(for source: Source, rect: Layout.Rect) -> Self? {
        guard source == self.source else { return nil }
        var copy = self
        copy.rect = rect
        return copy
    }
}
