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

    /// Draws a message on a row.
    static func message(_ message: Message?, row: Int, width: Int, into grid: inout ScreenGrid) {
        guard let message else { return }
        grid.write(Fit.truncate(" " + message.text, to: width), row: row, column: 0, style: message.style)
    }
}
