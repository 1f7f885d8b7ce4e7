import PanelistCore

/// Where something is in a Word document, as a person finds it: a body paragraph, or a table's row and cell.
public enum DocLocation: Sendable, Equatable, Hashable, Comparable {
    /// The n-th paragraph outside tables (1-based, counting empty ones as Word does).
    case paragraph(Int)
    /// A cell: the n-th table of the body, its row and its cell in that row (all 1-based, as seen in Word).
    case cell(table: Int, row: Int, cell: Int)
    /// A whole table.
    case table(Int)
    /// The document as a whole (something it lacks).
    case document

    /// `第12段` / `paragraph 12`, `表1 第4行 第2格` / `table 1, row 4, cell 2`.
    public func text(_ lang: Lang) -> String {
        switch self {
        case .paragraph(let n): return lang.pick("第\(n)段", "paragraph \(n)")
        case .cell(let t, let r, let c): return lang.pick("表\(t) 第\(r)行 第\(c)格", "table \(t), row \(r), cell \(c)")
        case .table(let t): return lang.pick("表\(t)", "table \(t)")
        case .document: return lang.pick("全文", "whole document")
        }
    }

    /// Document order: paragraphs and tables interleave by their position, which callers track; this orders by kind then number.
    public static func < (a: DocLocation, b: DocLocation) -> Bool {
        func key(_ l: DocLocation) -> [Int] {
            switch l {
            case .document: return [0]
            case .paragraph(let n): return [1, n]
            case .table(let t): return [2, t]
            case .cell(let t, let r, let c): return [2, t, r, c]
            }
        }
        return key(a).lexicographicallyPrecedes(key(b))
    }
}
