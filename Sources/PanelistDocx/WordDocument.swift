/// A Word document as the importer sees it: body paragraphs and tables in order, with where each came from.
struct WordDocument {
    /// The body, in document order.
    var blocks: [WordBlock]
    /// Paragraph styles by id.
    var styles: [String: WordStyle]
    /// Paragraphs read, in the body and in tables.
    var paragraphCount: Int

    /// The top-level tables, in order.
    var tables: [WordTable] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
}

/// A body block: a paragraph or a table.
enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// A paragraph style: its display name and outline level (headings).
struct WordStyle {
    var name: String
    var outlineLevel: Int?
    var basedOn: String?
    var bold: Bool
}

/// A piece of a paragraph.
enum WordInline {
    /// Text with the run's bold and highlight (highlight or shading) flags.
    case text(String, bold: Bool, marked: Bool)
    /// A check box: a content control (w14:checkbox), a legacy FORMCHECKBOX field, or a box glyph from a symbol font.
    case box(checked: Bool)
    /// A picture.
    case image(WordImage)
    /// An embedded object (OLE: a spreadsheet, a drawing …).
    case object(WordImage)
}

/// A picture or embedded object: its name and description as Word stores them and the part it points to.
struct WordImage {
    var name: String
    var description: String
    var target: String
}

/// One paragraph.
struct WordParagraph {
    var inlines: [WordInline] = []
    var style: String?
    var outlineLevel: Int?
    var numbered = false
    var location: DocLocation = .document

    /// The text, with boxes as □ and ☑.
    var text: String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let s, _, _): return s
            case .box(let checked): return checked ? "☑" : "□"
            case .image, .object: return ""
            }
        }.joined()
    }

    /// Every non-blank character is bold.
    var allBold: Bool {
        var any = false
        for case .text(let s, let bold, _) in inlines where !s.allSatisfy(\.isWhitespace) {
            if !bold { return false }
            any = true
        }
        return any
    }

    /// The pictures and objects in it.
    var images: [(image: WordImage, object: Bool)] {
        inlines.compactMap { inline in
            switch inline {
            case .image(let i): return (i, false)
            case .object(let i): return (i, true)
            default: return nil
            }
        }
    }
}

/// A table cell: its paragraphs, how many grid columns it spans and whether it continues a vertical merge.
struct WordCell {
    var paragraphs: [WordParagraph] = []
    var span = 1
    var merge: Merge = .none
    var location: DocLocation = .document

    enum Merge { case none, restart, continued }

    /// The cell's text, paragraphs joined by newlines.
    var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}

/// A table row.
struct WordRow {
    var cells: [WordCell] = []
}

/// A table of the body.
struct WordTable {
    var rows: [WordRow] = []
    var number = 0
}
