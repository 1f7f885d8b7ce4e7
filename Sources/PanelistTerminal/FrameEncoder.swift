import CNcursesw
import PanelistUI

/// Turns the change from one frame to the next into the bytes a terminal needs, in one buffer
/// (the terminal gets one `write` a frame).
///
/// Only cells that differ from the frame on screen are sent, each changed run after one cursor
/// move; two runs closer than `gap` cells are sent as one (re-sending a few cells costs less than
/// a move); a run that ends in blanks to the row's end ends in "erase to end of line". Each
/// cluster is sent as `TerminalCluster` draws it, so the terminal advances exactly the cells the
/// grid gives it. The frame ends in the normal style, with the cursor at the grid's cursor when
/// it has one.
struct FrameEncoder {
    /// The terminal's codes.
    var codes: TerminalCodes
    /// Runs of at most this many unchanged cells between changed ones are sent again rather than skipped.
    static let gap = 6
    /// Trailing blanks are erased with "erase to end of line" when there are at least this many.
    static let minimumErase = 4

    /// Appends to `out` what turns a screen showing `previous` into `grid`. `previous` must be
    /// the same size; nil means a blank screen in the normal style (just cleared).
    func encode(_ grid: ScreenGrid, over previous: ScreenGrid?, into out: inout [UInt8]) {
        var state = State()
        let width = grid.width
        let shown = previous ?? ScreenGrid(width: width, height: grid.height)
        var wide: [wchar_t] = []
        for row in 0..<grid.height {
            let base = row * width
            var start = -1
            var end = -1
            var from = 0
            while from < width, let col = grid.firstDifference(row: row, from: from, comparedWith: shown) {
                // A changed right half redraws its cluster; a changed wide cluster takes its right half along.
                var first = col
                while first > 0, grid.isContinuation(base + first) { first -= 1 }
                var last = col
                if last + 1 < width, grid.isContinuation(base + last + 1) { last += 1 }
                if start >= 0, first - end - 1 <= FrameEncoder.gap {
                    end = max(end, last)
                } else {
                    if start >= 0 { send(row: row, from: start, to: end, grid, &state, &wide, &out) }
                    start = first
                    end = last
                }
                from = last + 1
            }
            if start >= 0 { send(row: row, from: start, to: end, grid, &state, &wide, &out) }
        }
        if state.style != .normal { codes.switchStyle(from: state.style, to: .normal, &out) }
        if let cursor = grid.cursor { codes.move(cursor.row, cursor.column, &out) }
    }

    /// Where the terminal's cursor is and which style is in force while a frame is encoded.
    struct State {
        var row = -1
        var column = -1
        var style = ScreenGrid.Style.normal
    }

    /// Sends columns `from...to` of a row (whole clusters).
    func send(row: Int, from: Int, to: Int, _ grid: ScreenGrid, _ state: inout State, _ wide: inout [wchar_t], _ out: inout [UInt8]) {
        let width = grid.width
        let base = row * width
        var end = to
        if codes.lastCellScrolls, row == grid.height - 1, end == width - 1 {
            end -= grid.isContinuation(base + width - 1) ? 2 : 1
        }
        guard end >= from else { return }
        // Blanks to the row's end are erased rather than sent.
        var drawnEnd = end
        var erase = false
        if !codes.clearToEnd.isEmpty {
            var tail = width
            while tail > from, grid.isNormalBlank(base + tail - 1) { tail -= 1 }
            // Blanks to the row's end from within the run: erasing them all is shorter than sending them.
            if tail <= end, width - tail >= FrameEncoder.minimumErase {
                erase = true
                drawnEnd = tail - 1
            }
        }
        if state.row != row || state.column != from { codes.move(row, from, &out) }
        var col = from
        while col <= drawnEnd {
            let index = base + col
            let cells = col + 1 < width && grid.isContinuation(index + 1) ? 2 : 1
            let style = grid.style(at: index)
            if style != state.style {
                codes.switchStyle(from: state.style, to: style, &out)
                state.style = style
            }
            wide.removeAll(keepingCapacity: true)
            if let scalar = grid.scalar(at: index) {
                if scalar < 0x80, cells == 1 {
                    out.append(UInt8(scalar))
                    col += 1
                    continue
                }
                TerminalCluster.append(scalar: scalar, cells: cells, to: &wide)
            } else {
                TerminalCluster.append(grid.cell(at: index).character, cells: cells, to: &wide)
            }
            for value in wide { FrameEncoder.appendUTF8(UInt32(bitPattern: value), to: &out) }
            col += cells
        }
        if erase {
            if state.style != .normal {
                codes.switchStyle(from: state.style, to: .normal, &out)
                state.style = .normal
            }
            out.append(contentsOf: codes.clearToEnd)
        }
        state.row = row
        // After the last column the cursor waits to wrap: its position is not to be relied on.
        state.column = col < width ? col : -1
        if erase { state.column = drawnEnd + 1 }
    }

    /// Appends a scalar's UTF-8 bytes (a value that is no scalar becomes U+FFFD).
    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0xD800, 0xE000..<0x1_0000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x1_0000..<0x11_0000:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
    }
}
