import Foundation

/// The panel report as one self-contained, print-ready HTML file: A4, Chinese fonts for Windows,
/// macOS and Linux, a running header (programme; application) and page numbers, each application
/// on its own pages, no row or entry split across pages. No scripts, no external resources.
public enum PanelHTML {
    /// Escapes text for HTML.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }

    /// Renders the report.
    public static func render(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelDocument.report(report, rubric: rubric, lang: lang, zone: zone), header: report.programmeTitle(lang), lang: lang)
    }

    /// Renders a document; `header` is the running header's left part.
    public static func render(_ doc: PanelDocument, header: String, lang: Lang) -> String {
        let e = escape
        var sections: [String] = []
        var body: [String] = []
        for block in doc.blocks {
            switch block {
            case let .heading(level, text): body.append("<h\(level)>\(e(text))</h\(level)>")
            case let .status(lines): body.append("<div class=\"status\">" + lines.map(e).joined(separator: "<br>") + "</div>")
            case let .bullets(items): body.append("<ul>" + items.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
            case let .paragraph(text): body.append("<p class=\"small\">\(e(text))</p>")
            case let .table(heads, rows, numeric):
                body.append("<table><thead><tr>" + heads.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
                for row in rows {
                    body.append("<tr>" + row.enumerated().map { i, c in numeric.contains(i) ? "<td class=\"n\">\(e(c))</td>" : "<td>\(e(c))</td>" }.joined() + "</tr>")
                }
                body.append("</tbody></table>")
            case let .entries(list):
                body.append("<ul class=\"small\">" + list.map { entry in
                    "<li class=\"entry\"><b>\(e(entry.title))</b><ul>" + entry.lines.map { "<li>\(e($0))</li>" }.joined() + "</ul></li>"
                }.joined() + "</ul>")
            case let .section(title):
                sections.append(title)
                body.append("<section class=\"app\" style=\"page: s\(sections.count)\">")
            case .endSection:
                body.append("</section>")
            }
        }
        var o: [String] = ["<!DOCTYPE html>", "<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\">",
                           "<title>\(e(doc.title))</title>", "<style>"]
        o.append(PrintStyle.page(left: header, right: doc.title, lang: lang))
        for (i, title) in sections.enumerated() { o.append(PrintStyle.namedPage("s\(i + 1)", right: title)) }
        o.append(PrintStyle.body)
        o.append("section.app { break-before: page; }")
        o.append("</style></head><body>")
        o += body
        o.append("</body></html>")
        return o.joined(separator: "\n") + "\n"
    }
}
