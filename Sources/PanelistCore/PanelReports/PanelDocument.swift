/// The panel report's content as blocks, independent of format: `PanelMarkdown` and `PanelHTML` render it.
public struct PanelDocument: Sendable, Equatable {
    /// One block of the report.
    public enum Block: Sendable, Equatable {
        /// A heading, level 1–3.
        case heading(Int, String)
        /// A warning box (the completeness status): shown first and in bold.
        case status([String])
        /// A bulleted list.
        case bullets([String])
        /// A paragraph.
        case paragraph(String)
        /// A table: header cells, rows, and which columns are numbers.
        case table(heads: [String], rows: [[String]], numeric: Set<Int>)
        /// A list of entries, each a title and its lines, kept together on a page.
        case entries([(title: String, lines: [String])])
        /// An application's section starts (new page in print; the running header names it).
        case section(String)
        /// The current section ends.
        case endSection

        public static func == (a: Block, b: Block) -> Bool {
            switch (a, b) {
            case let (.heading(l1, t1), .heading(l2, t2)): return l1 == l2 && t1 == t2
            case let (.status(x), .status(y)), let (.bullets(x), .bullets(y)): return x == y
            case let (.paragraph(x), .paragraph(y)), let (.section(x), .section(y)): return x == y
            case let (.table(h1, r1, n1), .table(h2, r2, n2)): return h1 == h2 && r1 == r2 && n1 == n2
            case let (.entries(x), .entries(y)): return x.map(\.title) == y.map(\.title) && x.map(\.lines) == y.map(\.lines)
            case (.endSection, .endSection): return true
            default: return false
            }
        }
    }

    /// The document's title (also the running header's left part).
    public var title: String
    /// The blocks in order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
