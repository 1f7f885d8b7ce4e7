import PanelistUI

/// The control sequences the frame encoder writes, as bytes: taken from the terminal's terminfo
/// entry at start-up (so any terminal ncurses knows is driven with its own codes), or given
/// directly by tests.
struct TerminalCodes: Sendable {
    /// The reset to normal attributes and colours.
    var reset: [UInt8]
    /// Each style's own attributes and colours after a reset (indexed by `ScreenGrid.Style.rawValue`).
    var styles: [[UInt8]]
    /// Erases from the cursor to the end of the line in the normal style (empty: not available).
    var clearToEnd: [UInt8]
    /// Whether writing the last column of the last row scrolls the screen (automatic margins
    /// without the "eat newline" glitch); then that one cell is never written.
    var lastCellScrolls: Bool
    /// The bytes that move the cursor to (row, column), both from 0.
    var move: @Sendable (_ row: Int, _ column: Int, _ out: inout [UInt8]) -> Void

    /// The codes of an ANSI (xterm-like) terminal with the given style strings.
    static func ansi(reset: [UInt8], styles: [[UInt8]], lastCellScrolls: Bool = false) -> TerminalCodes {
        TerminalCodes(reset: reset, styles: styles, clearToEnd: Array("\u{1B}[K".utf8), lastCellScrolls: lastCellScrolls, move: ansiMove)
    }

    /// Appends what changes the style in force from `old` to `new`: the reset (unless `old` is
    /// normal, which is what a reset leaves), then the new style's own codes; so a run never
    /// inherits an attribute of the one before it.
    func switchStyle(from old: ScreenGrid.Style, to new: ScreenGrid.Style, _ out: inout [UInt8]) {
        if old != .normal { out.append(contentsOf: reset) }
        out.append(contentsOf: styles[Int(new.rawValue)])
    }

    /// `ESC [ row+1 ; column+1 H`, the ANSI cursor position (terminfo's `\E[%i%p1%d;%p2%dH`).
    static let ansiMove: @Sendable (Int, Int, inout [UInt8]) -> Void = { row, column, out in
        out.append(0x1B)
        out.append(0x5B)
        appendDecimal(row + 1, to: &out)
        out.append(0x3B)
        appendDecimal(column + 1, to: &out)
        out.append(0x48)
    }

    /// Appends a non-negative number in decimal ASCII.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &out) }
        out.append(UInt8(0x30 + value % 10))
    }
}
