import CNcursesw
import Foundation
import PanelistCore
import PanelistUI

/// The ncurses layer: presents a `ScreenGrid` and reads keys. Nothing else imports ncurses.
public final class Terminal {
    /// Whether colours are used (off with NO_COLOR or on a terminal without colours).
    public private(set) var colors: Bool
    private var started = false

    /// Creates the layer; the terminal is untouched until `start(noColor:)`.
    public init() {
        colors = false
    }

    /// Sets a UTF-8 locale (falling back to C.UTF-8), starts curses, keypad, mouse and colours.
    public func start(noColor: Bool) {
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
        set_escdelay(25)
        _ = mousemask(panelist_all_mouse_events(), nil)
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
        _ = clearok(panelist_stdscr(), true)
    }

    /// Draws the grid and shows it.
    public func present(_ grid: ScreenGrid) {
        let screen = panelist_stdscr()
        for row in 0..<grid.height {
            var col = 0
            while col < grid.width {
                let cell = grid[row, col]
                if cell.continuation { col += 1; continue }
                _ = wattrset(screen, Int32(bitPattern: attributes(cell.style)))
                var text = String(cell.character)
                // A one-cell character the C library measures differently would shift the row: show "?".
                if !cell.character.isASCII, DisplayWidth.of(cell.character) == 1,
                   wcwidth(wchar_t(cell.character.unicodeScalars.first?.value ?? 32)) != 1 {
                    text = "?"
                }
                _ = mvwaddstr(screen, Int32(row), Int32(col), text)
                col += 1
            }
        }
        _ = wattrset(screen, Int32(bitPattern: panelist_a_normal()))
        _ = wrefresh(screen)
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
