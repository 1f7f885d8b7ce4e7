import Foundation

/// One table of the panel's spreadsheets (CSV and the `.xlsx` workbook): a name, a header row and typed cells.
public struct PanelTable: Sendable, Equatable {
    /// A cell: text (ids stay text: `1.1` is never a number) or an exact number with its decimal places.
    public enum Cell: Sendable, Equatable {
        /// Text, written as it is.
        case text(String)
        /// A number; `places` fixes the decimals shown (panel values), `nil` shows it exactly.
        case number(Decimal, places: Int?)

        /// The cell as shown, e.g. `7.50`.
        public var shown: String {
            switch self {
            case let .text(s): return s
            case let .number(d, places):
                guard let places else { return d.plain }
                return RoundingRule(places: places).format(d)
            }
        }
    }

    /// The sheet's name (Chinese or English).
    public var name: String
    /// Lines above the header row (the completeness status), each one cell.
    public var preamble: [String]
    /// The header row.
    public var heads: [String]
    /// The rows.
    public var rows: [[Cell]]
    /// Column widths in characters, for the workbook: as given, else from the longest cell of each
    /// column (worked out when asked, since only the workbook needs them).
    public var widths: [Int] {
        get { given ?? Self.widths(heads: heads, rows: rows) }
        set { given = newValue }
    }
    /// Column widths from the longest cell of each column (6 to 60 characters, 2 of margin).
    public static func widths(heads: [String], rows: [[Cell]]) -> [Int] {
        heads.indices.map { i in
            var widest = DisplayWidth.of(heads[i])
            for row in rows where i < row.count { widest = max(widest, DisplayWidth.of(row[i].shown)) }
            return min(60, max(6, widest) + 2)
        }
    }

    /// The widths given to `init`, if any.
    private var given: [Int]?

    /// Creates a table; widths default from the longest cell of each column.
    public init(name: String, preamble: [String] = [], heads: [String], rows: [[Cell]], widths: [Int]? = nil) {
        self.name = name
        self.preamble = preamble
        self.heads = heads
        self.rows = rows
        self.given = widths
    }

    /// Every row as shown, header first (preamble excluded).
    public var shownRows: [[String]] { [heads] + rows.map { $0.map(\.shown) } }
}
