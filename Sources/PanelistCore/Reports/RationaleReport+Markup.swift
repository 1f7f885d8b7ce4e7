/// The rationale as Markdown and as A4 print-ready HTML.
extension RationaleReport {
    static func markdown(_ doc: Document, _ lang: Lang) -> String {
        var out: [String] = ["# \(md(doc.title))", ""]
        for f in doc.intro { out.append("- **\(md(f.label))**" + lang.pick("：", ": ") + md(f.value)) }
        if let notice = doc.notice { out += ["", "> " + md(notice)] }
        if !doc.gates.isEmpty {
            out += ["", "## \(md(doc.gatesTitle))", ""]
            for g in doc.gates { out += mdEntry(g, level: "###", lang: lang) }
        }
        out += ["", "## \(md(doc.indicatorsTitle))", ""]
        for e in doc.indicators { out += mdEntry(e, level: e.depth == 0 ? "###" : "####", lang: lang) }
        out += ["", "## \(md(doc.totalsTitle))", ""]
        for f in doc.totals { out.append("- **\(md(f.label))**" + lang.pick("：", ": ") + md(f.value)) }
        if let overall = doc.overall {
            out += ["", "## " + lang.pick("总体意见", "Overall opinion"), "", md(overall).replacingOccurrences(of: "\n", with: "  \n")]
        }
        out += ["", "## \(md(doc.signTitle))", ""]
        for f in doc.sign { out.append("- **\(md(f.label))**" + lang.pick("：", ": ") + md(f.value)) }
        out += ["", "", md(doc.signatureLine), ""]
        return out.joined(separator: "\n")
    }

    static func mdEntry(_ e: Entry, level: String, lang: Lang) -> [String] {
        var out = ["\(level) \(md(e.id)) \(md(e.title)) — \(md(e.score))", ""]
        for f in e.fields { out.append("- **\(md(f.label))**" + lang.pick("：", ": ") + md(f.value).replacingOccurrences(of: "\n", with: "  \n  ")) }
        if !e.fields.isEmpty { out.append("") }
        return out
    }

    /// Escapes Markdown's special characters.
    static func md(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_{}[]<>#|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func html(_ doc: Document, _ lang: Lang) -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(lang == .zh ? "zh-CN" : "en")\"><head><meta charset=\"utf-8\"><title>\(h(doc.title))</title>")
        out.append("<style>")
        // A4 with the running header (programme; rationale, application, reviewer) and page numbers, as every printout.
        out.append(PrintStyle.page(left: doc.running.left, right: doc.running.right, lang: lang, margins: "20mm 16mm 18mm 16mm"))
        out.append(PrintStyle.body)
        out.append("""
        h1 { text-align: center; margin: 0 0 8pt; }
        h3, h4 { font-size: 10.5pt; margin: 8pt 0 2pt; break-after: avoid; page-break-after: avoid; }
        .score { float: right; font-weight: bold; margin-left: 1em; }
        dl { margin: 0 0 0 2em; display: grid; grid-template-columns: max-content 1fr; column-gap: .8em; row-gap: 1pt; }
        dt { font-weight: bold; grid-column: 1; } dd { grid-column: 2; margin: 0; white-space: pre-wrap; }
        .sign { break-inside: avoid; page-break-inside: avoid; margin-top: 24pt; }
        </style></head><body>
        """)
        out.append("<h1>\(h(doc.title))</h1>")
        out.append(dl(doc.intro))
        if let notice = doc.notice { out.append("<p class=\"notice\">\(h(notice))</p>") }
        if !doc.gates.isEmpty {
            out.append("<h2>\(h(doc.gatesTitle))</h2>")
            for g in doc.gates { out.append(entry(g, tag: "h3")) }
        }
        out.append("<h2>\(h(doc.indicatorsTitle))</h2>")
        for e in doc.indicators { out.append(entry(e, tag: e.depth == 0 ? "h3" : "h4")) }
        out.append("<h2>\(h(doc.totalsTitle))</h2>")
        out.append(dl(doc.totals))
        if let overall = doc.overall {
            out.append("<h2>\(h(lang.pick("总体意见", "Overall opinion")))</h2><p style=\"white-space: pre-wrap\">\(h(overall))</p>")
        }
        out.append("<div class=\"sign\"><h2>\(h(doc.signTitle))</h2>")
        out.append(dl(doc.sign))
        out.append("<p style=\"margin-top: 28pt\">\(h(doc.signatureLine))</p></div>")
        out.append("</body></html>")
        return out.joined(separator: "\n") + "\n"
    }

    static func entry(_ e: Entry, tag: String) -> String {
        "<div class=\"entry\"><\(tag)><span class=\"score\">\(h(e.score))</span>\(h(e.id)) \(h(e.title))</\(tag)>" + (e.fields.isEmpty ? "" : dl(e.fields)) + "</div>"
    }

    static func dl(_ fields: [Field]) -> String {
        "<dl>" + fields.map { f in
            let cls = f.value.count == 64 && f.value.allSatisfy(\.isHexDigit) ? " class=\"hash\"" : ""
            return "<dt>\(h(f.label))</dt><dd\(cls)>\(h(f.value))</dd>"
        }.joined() + "</dl>"
    }

    /// Escapes text for HTML.
    static func h(_ s: String) -> String { HTMLText.escape(s) }
}
