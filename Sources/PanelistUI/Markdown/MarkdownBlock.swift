/// A block of an application's Markdown text, as the text pane lays it out.
enum MarkdownBlock: Sendable, Equatable {
    /// `#` … `######` heading.
    case heading(level: Int, text: String)
    /// A paragraph line (lines are kept as written: Chinese forms break lines on purpose).
    case paragraph(String)
    /// A list item: its marker (`-` or `1.`), nesting depth and text.
    case item(marker: String, depth: Int, text: String)
    /// A `>` quotation.
    case quote(String)
    /// A table: its header cells and rows of cells.
    case table(header: [String], rows: [[String]])
    /// A blank line between blocks.
    case blank
}
