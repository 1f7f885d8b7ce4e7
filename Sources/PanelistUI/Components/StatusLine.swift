import PanelistCore

/// The bottom row: a state summary on the left, the context's key hints on the right.
enum StatusLine {
    /// Draws the row; hints take what the summary leaves (at least the help hint).
    static func render(_ summary: String, context: InputContext, lang: Lang, row: Int, width: Int, into grid: inout ScreenGrid) {
        render(summary, hints: Hints.pieces(context, lang: lang), row: row, width: width, into: &grid)
    }

    /// Draws the row with hint pieces already generated for the context.
    static func render(_ summary: String, hints pieces: [String], row: Int, width: Int, into grid: inout ScreenGrid) {
        grid.fill(row: row, column: 0, width: width, height: 1, style: .status)
        let left = Fit.truncate(summary, to: max(0, width * 3 / 5))
        let hints = Hints.line(pieces, width: max(0, width - DisplayWidth.of(left) - 2))
        grid.write(left, row: row, column: 0, style: .status)
        grid.write(hints, row: row, column: max(0, width - DisplayWidth.of(hints) - 1), style: .status)
    }

    /// The most rows a message takes: a long one (a failed save and what to do) is wrapped upwards
    /// over the panes' last rows rather than cut, so the advice at its end is never lost.
    static let messageRows = 6

    /// Whether a message fits on one row of this width.
    static func fitsOneRow(_ message: Message, width: Int) -> Bool { DisplayWidth.of(" " + message.text) <= width }

    /// Draws a message ending on `row`: one row when it fits, else wrapped upwards over at most
    /// `messageRows` rows (never above `top`), the last one cut if it still does not fit.
    static func message(_ message: Message?, row: Int, width: Int, top: Int = 0, into grid: inout ScreenGrid) {
        guard let message, width > 1 else { return }
        let text = " " + message.text
        let rows = min(messageRows, max(1, row - top + 1))
        guard DisplayWidth.of(text) > width, rows > 1 else {
            grid.write(Fit.truncate(text, to: width), row: row, column: 0, style: message.style)
            return
        }
        var lines = TextLayout.wrap(message.text, width: width - 1)
        if lines.count > rows {
            lines = Array(lines.prefix(rows))
            lines[rows - 1] = Fit.truncate(lines[rows - 1] + Fit.ellipsis, to: width - 1)
        }
        let first = row - lines.count + 1
        for (i, line) in lines.enumerated() {
            grid.fill(row: first + i, column: 0, width: width, height: 1, style: message.style)
            grid.write(" " + line, row: first + i, column: 0, style: message.style)
        }
    }
}
