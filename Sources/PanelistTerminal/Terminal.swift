import CNcursesw
import Foundation
import PanelistCore
import PanelistUI

/// The ncurses layer: presents a `ScreenGrid` and reads keys. Nothing else imports ncurses.
public final class Terminal {
    /// Whether colours are used (off with NO_COLOR or on a terminal without colours).
    public private(set) var colors: Bool
    private var started = false
    /// The grid as ncurses' screen holds it now (nil: unknown, repaint everything).
    private var shown: ScreenGrid?
    /// Whether the terminal's cursor is visible.
    private var cursorVisible = false
    /// Reused buffer for one run of cells.
    private var run: [wchar_t] = []

    /// Creates the layer; the terminal is untouched until `start(noColor:mouse:)`.
    public init() {
        colors = false
    }

    /// Sets a UTF-8 locale (falling back to C.UTF-8), starts curses, keypad, colours and, when
    /// `mouse` is true, clicks and the wheel (never motion or drag, so Shift-drag still selects text).
    public func start(noColor: Bool, mouse: Bool = true) {
        Terminal.setUTF8Locale()
        // A parent may have left SIGWINCH blocked; without it the screen never follows a resize.
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        _ = sigprocmask(SIG_UNBLOCK, &winch, nil)
        _ = initscr()
        started = true
        _ = raw()
        _ = noecho()
        _ = keypad(panelist_stdscr(), true)
        _ = curs_set(0)
        _ = leaveok(panelist_stdscr(), true)
        cursorVisible = false
        set_escdelay(25)
        if mouse {
            // Report presses at once: no waiting to tell a click from a press and release.
            _ = mouseinterval(0)
            _ = mousemask(panelist_clicks_and_wheel(), nil)
        }
        if !noColor, has_colors() {
            _ = start_color()
            _ = use_default_colors()
            _ = init_pair(1, Int16(COLOR_CYAN), -1)
            _ = init_pair(2, Int16(COLOR_GREEN), -1)
            _ = init_pair(3, Int16(COLOR_YELLOW), -1)
            _ = init_pair(4, Int16(COLOR_RED), -1)
            _ = init_pair(5, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
            colors = true
        }
    }

    /// Restores the terminal.
    public func stop() {
        if started { _ = endwin() }
        started = false
    }

    /// Uses the environment's locale; when its codeset is not UTF-8, switches to C.UTF-8.
    public static func setUTF8Locale() {
        _ = setlocale(panelist_lc_all(), "")
        let codeset = String(cString: panelist_codeset())
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            _ = setlocale(panelist_lc_all(), "C.UTF-8")
        }
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        var y: Int32 = 0
        var x: Int32 = 0
        panelist_getmaxyx(panelist_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    /// Forgets what is on the screen so the next `present` repaints every cell (after a resize).
    public func invalidate() {
        shown = nil
        _ = clearok(panelist_stdscr(), true)
    }

    /// Shows the grid: only the cells that changed since the last frame go to ncurses, each run
    /// of one style in one call, and ncurses sends the terminal only what differs from what it
    /// shows. The real cursor is shown at the grid's cursor position, or hidden.
    public func present(_ grid: ScreenGrid) {
        let screen = panelist_stdscr()
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        for row in 0..<grid.height {
            guard let span = Terminal.changedSpan(row: row, grid, previous) else { continue }
            draw(row: row, from: span.lowerBound, to: span.upperBound, grid, on: screen)
        }
        shown = grid
        _ = wattrset(screen, Int32(bitPattern: panelist_a_normal()))
        if let cursor = grid.cursor {
            _ = leaveok(screen, false)
            _ = wmove(screen, Int32(cursor.row), Int32(cursor.column))
            if !cursorVisible { _ = curs_set(1) }
            cursorVisible = true
        } else if cursorVisible {
            _ = curs_set(0)
            _ = leaveok(screen, true)
            cursorVisible = false
        }
        _ = wrefresh(screen)
    }

    /// The first and last columns of a row that differ from the previous frame (all of it when
    /// there is none), widened to whole clusters; nil when the row is unchanged.
    static func changedSpan(row: Int, _ grid: ScreenGrid, _ previous: ScreenGrid?) -> ClosedRange<Int>? {
        let width = grid.width
        guard width > 0 else { return nil }
        let base = row * width
        guard let previous else { return 0...(width - 1) }
        var first = 0
        while first < width, grid.sameCell(base + first, as: previous) { first += 1 }
        guard first < width else { return nil }
        var last = width - 1
        while last > first, grid.sameCell(base + last, as: previous) { last -= 1 }
        // A changed continuation cell means its cluster is redrawn; a wide cluster takes its right half along.
        while first > 0, grid.cell(at: base + first).continuation { first -= 1 }
        if last + 1 < width, grid.cell(at: base + last + 1).continuation { last += 1 }
        return first...last
    }

    /// Writes columns `from...to` of a row, one ncurses call per run of one style.
    func draw(row: Int, from: Int, to: Int, _ grid: ScreenGrid, on screen: UnsafeMutablePointer<WINDOW>?) {
        var col = from
        while col <= to {
            let style = grid[row, col].style
            let start = col
            run.removeAll(keepingCapacity: true)
            while col <= to {
                let cell = grid[row, col]
                if cell.continuation {
                    col += 1
                    continue
                }
                if cell.style != style { break }
                let cells = col + 1 < grid.width && grid[row, col + 1].continuation ? 2 : 1
                TerminalCluster.append(cell.character, cells: cells, to: &run)
                col += cells
            }
            _ = wattrset(screen, Int32(bitPattern: attributes(style)))
            _ = wmove(screen, Int32(row), Int32(start))
            _ = run.withUnsafeBufferPointer { waddnwstr(screen, $0.baseAddress, Int32($0.count)) }
        }
    }

    func attributes(_ style: ScreenGrid.Style) -> UInt32 {
        if colors {
            switch style {
            case .normal: return panelist_a_normal()
            case .bold: return panelist_a_bold()
            case .dim: return panelist_a_dim()
            case .selected: return panelist_a_reverse()
            case .heading: return panelist_color_pair(1) | panelist_a_bold()
            case .good: return panelist_color_pair(2)
            case .warning: return panelist_color_pair(3)
            case .bad: return panelist_color_pair(4) | panelist_a_bold()
            case .status: return panelist_color_pair(5)
            }
        }
        switch style {
        case .normal, .good: return panelist_a_normal()
        case .bold, .heading, .bad: return panelist_a_bold()
        case .dim: return panelist_a_dim()
        case .selected, .status: return panelist_a_reverse()
        case .warning: return panelist_a_underline()
        }
    }

    /// Waits up to `timeoutMs` (negative: forever) for a key; returns the raw code, or nil on timeout.
    public func readKey(timeoutMs: Int32) -> RawKey? {
        wtimeout(panelist_stdscr(), timeoutMs)
        var ch: wint_t = 0
        let result = wget_wch(panelist_stdscr(), &ch)
        if result == panelist_err() { return nil }
        if result == KEY_CODE_YES {
            if Int32(ch) == panelist_key_mouse() {
                var event = MEVENT()
                if getmouse(&event) == panelist_ok() {
                    return .mouse(x: Int(event.x), y: Int(event.y), buttons: UInt(event.bstate))
                }
                return nil
            }
            if Int32(ch) == panelist_key_resize() { return .resize }
            return .function(Int32(ch))
        }
        guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
        return .character(Character(scalar))
    }

    /// A key as ncurses reports it, before the key table maps it to an action.
    public enum RawKey: Sendable, Equatable {
        case character(Character)
        case function(Int32)
        case mouse(x: Int, y: Int, buttons: UInt)
        case resize
    }
}
