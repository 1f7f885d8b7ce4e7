import PanelistCore

/// A line of text drawn in runs of styles (a heading, a bold phrase inside a paragraph).
public struct StyledLine: Sendable, Equatable {
    /// One run of text in one style.
    public struct Run: Sendable, Equatable {
        /// The text.
        public var text: String
        /// How it is drawn.
        public var style: ScreenGrid.Style
        /// Creates a run.
        public init(_ text: String, _ style: ScreenGrid.Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    /// The runs, left to right.
    public var runs: [Run]

    /// A line of runs.
    public init(runs: [Run]) { self.runs = runs }

    /// A line in one style.
    public init(_ text: String, _ style: ScreenGrid.Style = .normal) { self.runs = text.isEmpty ? [] : [Run(text, style)] }

    /// The line's text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// Draws the line from (row, column), clipped to `limit` cells; `highlight` marks every
    /// occurrence of a text (search matches) in the given style.
    func draw(into grid: inout ScreenGrid, row: Int, column: Int, limit: Int, highlight: String = "", style highlightStyle: ScreenGrid.Style = .warning) {
        var col = column
        let end = column + limit
        for run in runs where col < end {
            col = grid.write(run.text, row: row, column: col, style: run.style, limit: end - col)
        }
        guard !highlight.isEmpty else { return }
        let plain = text
        var searchStart = plain.startIndex
        while let range = plain.range(of: highlight, range: searchStart..<plain.endIndex) {
            let offset = DisplayWidth.of(plain[plain.startIndex..<range.lowerBound])
            if offset < limit {
                grid.write(String(plain[range]), row: row, column: column + offset, style: highlightStyle, limit: limit - offset)
            }
            searchStart = range.upperBound
        }
    }

    /// Wraps styled text into lines of at most `width` cells, by the layout's rules (CJK breaks
    /// anywhere, Latin words at spaces), keeping each character's style; `indent` starts every
    /// line, `first` replaces it on the first (a list bullet).
    static func wrap(_ runs: [Run], width: Int, indent: String = "", first: String? = nil) -> [StyledLine] {
        let lead = first ?? indent
        let available = max(4, width - max(DisplayWidth.of(lead), DisplayWidth.of(indent)))
        if let style = runs.first?.style, runs.allSatisfy({ $0.style == style }) {
            // One style (most lines): the wrapped pieces as they are.
            let text = runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
            return TextLayout.wrap(text, width: available).enumerated().map { n, piece in
                let head = n == 0 ? lead : indent
                return StyledLine(runs: (head.isEmpty ? [] : [Run(head)]) + (piece.isEmpty ? [] : [Run(piece, style)]))
            }
        }
        var chars: [(Character, ScreenGrid.Style)] = []
        for run in runs { for ch in run.text { chars.append((ch, run.style)) } }
        let plain = String(chars.map(\.0))
        var out: [StyledLine] = []
        var index = 0
        for (n, piece) in TextLayout.wrap(plain, width: available).enumerated() {
            var line: [Run] = [Run(n == 0 ? lead : indent)]
            for ch in piece {
                // The wrapped line is the source in order, less spaces at the breaks.
                while index < chars.count, chars[index].0 != ch { index += 1 }
                let style = index < chars.count ? chars[index].1 : .normal
                if let last = line.last, last.style == style { line[line.count - 1].text.append(ch) } else { line.append(Run(String(ch), style)) }
                index += 1
            }
            out.append(StyledLine(runs: line.filter { !$0.text.isEmpty }))
        }
        return out
    }
}
