import CNcursesw
import Glibc
import PanelistUI

extension TerminalCodes {
    /// The codes of the terminal ncurses has set up (call after `initscr`): its own terminfo
    /// strings for attributes, colours, cursor moves and erasing.
    static func fromTerminfo(colors: Bool) -> TerminalCodes {
        let reset = capability("sgr0")
        let bold = capability("bold")
        let dim = capability("dim")
        let reverse = capability("rev")
        let underline = capability("smul")
        func foreground(_ color: Int32) -> [UInt8] { parameterized("setaf", color) }
        func background(_ color: Int32) -> [UInt8] { parameterized("setab", color) }
        let styles = ScreenGrid.Style.allCases.map { style -> [UInt8] in
            let own: [UInt8]
            if colors {
                switch style {
                case .normal: own = []
                case .bold: own = bold
                case .dim: own = dim
                case .selected: own = reverse
                case .heading: own = foreground(COLOR_CYAN) + bold
                case .good: own = foreground(COLOR_GREEN)
                case .warning: own = foreground(COLOR_YELLOW)
                case .bad: own = foreground(COLOR_RED) + bold
                case .status: own = foreground(COLOR_BLACK) + background(COLOR_CYAN)
                }
            } else {
                switch style {
                case .normal, .good: own = []
                case .bold, .heading, .bad: own = bold
                case .dim: own = dim
                case .selected, .status: own = reverse
                case .warning: own = underline
                }
            }
            return own
        }
        let move: @Sendable (Int, Int, inout [UInt8]) -> Void
        let cup = capability("cup")
        if cup == Array("\u{1B}[%i%p1%d;%p2%dH".utf8) || cup.isEmpty {
            move = TerminalCodes.ansiMove
        } else {
            let format = cup.map { CChar(bitPattern: $0) } + [0]
            move = { row, column, out in
                guard let moved = panelist_tiparm2(format, Int32(row), Int32(column)) else { return }
                out.append(contentsOf: UnsafeRawBufferPointer(start: moved, count: strlen(moved)))
            }
        }
        let lastCellScrolls = tigetflag("am") == 1 && tigetflag("xenl") != 1
        return TerminalCodes(reset: reset.isEmpty ? Array("\u{1B}[m".utf8) : reset, styles: styles, clearToEnd: capability("el"), lastCellScrolls: lastCellScrolls, move: move)
    }

    /// A string capability's bytes, empty when the terminal lacks it.
    static func capability(_ name: String) -> [UInt8] {
        guard let value = panelist_tigetstr(name) else { return [] }
        return Array(UnsafeRawBufferPointer(start: value, count: strlen(value)))
    }

    /// A capability with one parameter, expanded; empty when the terminal lacks it.
    static func parameterized(_ name: String, _ value: Int32) -> [UInt8] {
        guard let format = panelist_tigetstr(name), let expanded = panelist_tiparm1(format, value) else { return [] }
        return Array(UnsafeRawBufferPointer(start: expanded, count: strlen(expanded)))
    }
}
