import CNcursesw
import Foundation
import PanelistCore
import PanelistUI

/// The ncurses layer: presents a `ScreenGrid` and reads keys. Nothing else imports ncurses.
public final class Terminal {
    /// Whether colours are used (off with NO_COLOR or on a terminal without colours).
    public private(set) var colors: Bool
    private var started = false
    /// The grid the terminal shows now (nil: the screen is to be cleared and drawn whole).
    private var shown: ScreenGrid?
    /// Whether the terminal's cursor is visible.
    private var cursorVisible = false
    /// The terminal's codes, read from terminfo at start.
    private var encoder = FrameEncoder(codes: .ansi(reset: Array("\u{1B}[m".utf8), styles: ScreenGrid.Style.allCases.map { _ in [] }))
    /// Reused buffer for one frame's bytes.
    private var frame: [UInt8] = []

    /// Creates the layer; the terminal is untouched until `start(noColor:mouse:)`.
    public init() {
        colors = false
    }

    /// Sets a UTF-8 locale (falling back to C.UTF-8), starts curses, keypad, colours and, when
    /// `mouse` is true, clicks and the wheel (never motion or drag, so Shift-drag still selects text).
    ///
    /// ncurses sets the terminal up, clears it once and reads keys; frames are written by
    /// `present` itself (see there), so ncurses' own window stays blank and untouched.
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
            colors = true
        }
        encoder = FrameEncoder(codes: TerminalCodes.fromTerminfo(colors: colors))
        shown = nil
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

    /// Forgets what is on the screen so the next `present` clears it and draws every cell (after a resize).
    public func invalidate() {
        shown = nil
    }

    /// Shows the grid in one `write`: only the cells that changed since the last frame, each run
    /// after one cursor move (`FrameEncoder`). The real cursor is shown at the grid's cursor
    /// position, or hidden.
    ///
    /// ncurses is not asked to draw: its `doupdate` flushes its output at every cursor move
    /// (ncurses 6.4, `TINFO_MVCUR`), so a frame of 40 changed runs cost 40 `write`s and as many
    /// wake-ups of the terminal, and it diffs again what is already known to differ. Its
    /// window is kept blank and clean so `wget_wch` never refreshes over the frame; when the
    /// screen must be redrawn whole, ncurses clears it first (it knows how on this terminal).
    public func present(_ grid: ScreenGrid) {
        let screen = panelist_stdscr()
        frame.removeAll(keepingCapacity: true)
        let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil {
            _ = clearok(screen, true)
            _ = wrefresh(screen)
        }
        encoder.encode(grid, over: previous, into: &frame)
        Terminal.writeAll(frame)
        shown = grid
        if grid.cursor != nil, !cursorVisible {
            _ = curs_set(1)
            cursorVisible = true
        } else if grid.cursor == nil, cursorVisible {
            _ = curs_set(0)
            cursorVisible = false
        }
    }

    /// Writes bytes to the terminal, retrying after a signal or a partial write; gives up when
    /// the terminal is gone (the loop notices the hangup).
    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = write(STDOUT_FILENO, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                left -= written
                pointer += written
            }
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
