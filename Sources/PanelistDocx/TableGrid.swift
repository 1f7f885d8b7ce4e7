/// A table laid on its grid: each cell's first grid column, and vertical merges resolved to the cell that starts them.
struct TableGrid {
    /// A cell with its place on the grid.
    struct Placed {
        var row: Int
        var index: Int
        var column: Int
        var span: Int
        var cell: WordCell
        /// The row of the cell that starts the vertical merge this one continues (itself when not merged).
        var mergeOrigin: Int
    }

    let table: WordTable
    var rows: [[Placed]] = []

    init(_ table: WordTable) {
        self.table = table
        for (r, row) in table.rows.enumerated() {
            var column = 0
            var placed: [Placed] = []
            for (i, cell) in row.cells.enumerated() {
                var origin = r
                if cell.merge == .continued, r > 0, let above = rows[r - 1].first(where: { $0.column == column }) {
                    origin = above.mergeOrigin
                }
                placed.append(Placed(row: r, index: i, column: column, span: cell.span, cell: cell, mergeOrigin: origin))
                column += cell.span
            }
            rows.append(placed)
        }
    }

    /// Number of grid columns (the widest row).
    var width: Int { rows.map { ($0.last.map { $0.column + $0.span }) ?? 0 }.max() ?? 0 }

    /// The cell covering a grid column in a row.
    func cell(row: Int, column: Int) -> Placed? {
        guard rows.indices.contains(row) else { return nil }
        return rows[row].first { $0.column <= column && column < $0.column + $0.span }
    }

    /// The cell to the right of one.
    func right(of p: Placed) -> Placed? { cell(row: p.row, column: p.column + p.span) }

    /// The first cell below one in the same column, skipping rows with nothing written in them.
    func below(_ p: Placed) -> Placed? {
        var r = p.row + 1
        while rows.indices.contains(r) {
            if let c = cell(row: r, column: p.column), c.cell.merge != .continued {
                if !TableGrid.isBlankRow(rows[r]) { return c }
            }
            r += 1
        }
        return nil
    }

    /// The rows a row heading covers: its own and those continuing its vertical merge.
    func rowsCovered(by p: Placed) -> ClosedRange<Int> {
        var last = p.row
        while let next = cell(row: last + 1, column: p.column), next.cell.merge == .continued, next.mergeOrigin == p.row { last += 1 }
        return p.row...last
    }

    /// The text a cell shows: its own, or for a continued merge the text of the cell starting it.
    func text(_ p: Placed) -> String {
        if p.cell.merge == .continued, p.mergeOrigin != p.row, let origin = cell(row: p.mergeOrigin, column: p.column) { return origin.cell.text }
        return p.cell.text
    }

    /// Every cell that is not the continuation of a vertical merge, row by row.
    var starts: [Placed] { rows.flatMap { $0.filter { $0.cell.merge != .continued } } }

    /// A row whose cells hold nothing but whitespace.
    static func isBlankRow(_ row: [Placed]) -> Bool {
        row.allSatisfy { $0.cell.merge == .continued || $0.cell.text.allSatisfy(\.isWhitespace) }
    }
}
