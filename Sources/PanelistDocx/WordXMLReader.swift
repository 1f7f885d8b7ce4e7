import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `word/document.xml` (and `styles.xml`) into a `WordDocument` with Foundation's XML parser,
/// counting paragraphs and cells against the limits as it goes.
final class WordXMLReader: NSObject, XMLParserDelegate {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Parses the document part; `relationships` resolve picture and object targets.
    static func read(_ parts: DocxParts, limits: DocxLimits) throws -> WordDocument {
        let styles = try parts.styles.map { try readStyles($0) } ?? [:]
        try XMLSafety.refuseDTD(parts.document, part: parts.documentPath)
        let reader = WordXMLReader(relationships: parts.relationships, limits: limits)
        let parser = XMLParser(data: parts.document)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        if let refusal = reader.refusal { throw refusal }
        guard ok, parser.parserError == nil else { throw XMLSafety.malformed(parts.documentPath, parser.parserError) }
        return WordDocument(blocks: reader.blocks, styles: styles, paragraphCount: reader.paragraphCount)
    }

    /// Paragraph styles of `styles.xml` by id.
    static func readStyles(_ data: Data) throws -> [String: WordStyle] {
        let list = try XMLElementList.parse(data, part: "word/styles.xml")
        var out: [String: WordStyle] = [:]
        var current: String?
        for element in list.elements {
            switch element.name {
            case "style":
                current = element.attributes["styleId"]
                if let id = current { out[id] = WordStyle(name: "", outlineLevel: nil, basedOn: nil, bold: false) }
            case "name": if let id = current { out[id]?.name = element.attributes["val"] ?? "" }
            case "basedOn": if let id = current { out[id]?.basedOn = element.attributes["val"] }
            case "outlineLvl": if let id = current { out[id]?.outlineLevel = element.attributes["val"].flatMap { Int($0) } }
            case "b": if let id = current { out[id]?.bold = !["0", "false", "off"].contains(element.attributes["val"] ?? "1") }
            default: break
            }
        }
        return out
    }

    let relationships: [String: String]
    let limits: DocxLimits
    var refusal: DocxError?

    var blocks: [WordBlock] = []
    var paragraphCount = 0
    var cellCount = 0
    var bodyParagraphs = 0
    var topTables = 0

    var paragraphs: [WordParagraph] = []
    var tables: [WordTable] = []
    var cells: [WordCell] = []
    var inPPr = false
    var inRPr = false
    var bold = false
    var marked = false
    var inText = false
    var text = ""
    var skipDepth = 0
    var suppressText = 0
    var sdtStack: [(checkbox: Bool, checked: Bool)] = []
    var legacyBox: (checked: Bool?, standard: Bool?)?
    var drawing: (name: String, description: String, target: String)?
    var objectDepth = 0
    var object: (progID: String, target: String)?

    init(relationships: [String: String], limits: DocxLimits) {
        self.relationships = relationships
        self.limits = limits
    }

    func value(_ attributes: [String: String], _ name: String) -> String? {
        for (key, value) in attributes where key == name || key.hasSuffix(":" + name) { return value }
        return nil
    }

    func isOn(_ attributes: [String: String]) -> Bool {
        !["0", "false", "off"].contains(value(attributes, "val") ?? "true")
    }

    func stop(_ parser: XMLParser, _ error: DocxError) {
        refusal = error
        parser.abortParsing()
    }

    func flushText() {
        guard !text.isEmpty, !paragraphs.isEmpty else { text = ""; return }
        if suppressText == 0 { paragraphs[paragraphs.count - 1].inlines.append(.text(text, bold: bold, marked: marked)) }
        text = ""
    }

    func append(_ inline: WordInline) {
        flushText()
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].inlines.append(inline)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI ns: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if skipDepth > 0 { skipDepth += 1; return }
        if ns == Self.mc, name == "Fallback" { skipDepth = 1; return }
        if ns == Self.w14 {
            if name == "checkbox", !sdtStack.isEmpty { sdtStack[sdtStack.count - 1].checkbox = true }
            if name == "checked", sdtStack.last?.checkbox == true {
                sdtStack[sdtStack.count - 1].checked = value(attributes, "val").map { $0 == "1" || $0 == "true" } ?? false
            }
            return
        }
        switch name {
        case "p" where ns == Self.w:
            paragraphCount += 1
            if paragraphCount > limits.paragraphs {
                stop(parser, DocxError(.tooLarge, zh: "文档超过 \(limits.paragraphs) 个段落（约上千页），不像一份申报书；请把附件材料另行提交，只导入申报书正文",
                                       en: "the document has more than \(limits.paragraphs) paragraphs (about a thousand pages or more), far beyond an application form; submit the attachments separately and import the form itself"))
                return
            }
            flushText()
            var paragraph = WordParagraph()
            if let cell = cells.last {
                paragraph.location = cell.location
            } else if tables.isEmpty, paragraphs.isEmpty {
                bodyParagraphs += 1
                paragraph.location = .paragraph(bodyParagraphs)
            } else {
                paragraph.location = paragraphs.last?.location ?? .document
            }
            paragraphs.append(paragraph)
        case "pPr": inPPr = true
        case "rPr": inRPr = true
        case "pStyle" where inPPr && !paragraphs.isEmpty: paragraphs[paragraphs.count - 1].style = value(attributes, "val")
        case "outlineLvl" where inPPr && !paragraphs.isEmpty: paragraphs[paragraphs.count - 1].outlineLevel = value(attributes, "val").flatMap { Int($0) }
        case "numPr" where inPPr && !paragraphs.isEmpty: paragraphs[paragraphs.count - 1].numbered = true
        case "r" where ns == Self.w:
            flushText()
            bold = false
            marked = false
        case "b" where inRPr && !inPPr: bold = isOn(attributes)
        case "rStyle" where inRPr && !inPPr: if (value(attributes, "val") ?? "").lowercased().contains("strong") { bold = true }
        case "highlight" where inRPr && !inPPr: marked = (value(attributes, "val") ?? "none") != "none"
        case "shd" where inRPr && !inPPr:
            let fill = (value(attributes, "fill") ?? "auto").lowercased()
            marked = !["auto", "ffffff", ""].contains(fill)
        case "t" where ns == Self.w: inText = true
        case "tab" where ns == Self.w && !inPPr: text += "\t"
        case "br" where ns == Self.w, "cr" where ns == Self.w: text += "\n"
        case "noBreakHyphen": text += "-"
        case "sym":
            if let glyph = Self.symbol(font: value(attributes, "font") ?? "", char: value(attributes, "char") ?? "") {
                if let checked = glyph.box { append(.box(checked: checked)) } else { text += glyph.text }
            }
        case "sdt": sdtStack.append((false, false))
        case "sdtContent":
            // a check box content control: one box, and its glyph (☒ or ☐) is not read as text
            if let frame = sdtStack.last, frame.checkbox {
                append(.box(checked: frame.checked))
                suppressText += 1
            }
        case "checkBox": legacyBox = (nil, nil)
        case "checked" where legacyBox != nil: legacyBox?.checked = isOn(attributes)
        case "default" where legacyBox != nil: legacyBox?.standard = isOn(attributes)
        case "drawing": drawing = ("", "", "")
        case "docPr":
            drawing?.name = value(attributes, "name") ?? ""
            drawing?.description = [value(attributes, "descr"), value(attributes, "title")].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case "blip": if let id = value(attributes, "embed") { drawing?.target = relationships[id] ?? id }
        case "imagedata" where objectDepth == 0:
            let id = value(attributes, "id") ?? ""
            append(.image(WordImage(name: value(attributes, "title") ?? "", description: "", target: relationships[id] ?? id)))
        case "object" where ns == Self.w:
            objectDepth += 1
            object = ("", "")
        case "OLEObject":
            object?.progID = value(attributes, "ProgID") ?? ""
            if let id = value(attributes, "id") { object?.target = relationships[id] ?? id }
        case "tbl" where ns == Self.w:
            flushText()
            tables.append(WordTable())
            if tables.count == 1 {
                topTables += 1
                tables[0].number = topTables
            }
        case "tr" where ns == Self.w: if !tables.isEmpty { tables[tables.count - 1].rows.append(WordRow()) }
        case "tc" where ns == Self.w:
            cellCount += 1
            if cellCount > limits.cells {
                stop(parser, DocxError(.tooLarge, zh: "文档超过 \(limits.cells) 个表格单元格，不像一份申报书；请把附件材料另行提交，只导入申报书正文",
                                       en: "the document has more than \(limits.cells) table cells, far beyond an application form; submit the attachments separately and import the form itself"))
                return
            }
            var cell = WordCell()
            if tables.count == 1, let table = tables.first {
                cell.location = .cell(table: table.number, row: table.rows.count, cell: (table.rows.last?.cells.count ?? 0) + 1)
            } else {
                cell.location = cells.last?.location ?? .document
            }
            cells.append(cell)
        case "gridSpan" where !cells.isEmpty: cells[cells.count - 1].span = max(1, value(attributes, "val").flatMap { Int($0) } ?? 1)
        case "vMerge" where !cells.isEmpty: cells[cells.count - 1].merge = value(attributes, "val") == "restart" ? .restart : .continued
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI ns: String?, qualifiedName: String?) {
        if skipDepth > 0 { skipDepth -= 1; return }
        if ns == Self.w14 { return }
        switch name {
        case "t" where ns == Self.w: inText = false
        case "pPr": inPPr = false
        case "rPr": inRPr = false
        case "r" where ns == Self.w: flushText()
        case "sdtContent": if sdtStack.last?.checkbox == true { suppressText = max(0, suppressText - 1) }
        case "sdt": if !sdtStack.isEmpty { sdtStack.removeLast() }
        case "checkBox":
            if let box = legacyBox { append(.box(checked: box.checked ?? box.standard ?? false)) }
            legacyBox = nil
        case "drawing":
            if let d = drawing, objectDepth == 0 { append(.image(WordImage(name: d.name, description: d.description, target: d.target))) }
            drawing = nil
        case "object" where ns == Self.w:
            objectDepth = max(0, objectDepth - 1)
            if let o = object { append(.object(WordImage(name: o.progID, description: "", target: o.target))) }
            object = nil
        case "p" where ns == Self.w:
            flushText()
            guard let paragraph = paragraphs.popLast() else { return }
            if !paragraphs.isEmpty {
                // a paragraph inside a text box: its text joins the paragraph holding the box
                paragraphs[paragraphs.count - 1].inlines.append(.text("\n", bold: false, marked: false))
                paragraphs[paragraphs.count - 1].inlines += paragraph.inlines
            } else if !cells.isEmpty {
                cells[cells.count - 1].paragraphs.append(paragraph)
            } else if tables.isEmpty {
                blocks.append(.paragraph(paragraph))
            }
        case "tc" where ns == Self.w:
            guard let cell = cells.popLast() else { return }
            if !tables.isEmpty, !(tables[tables.count - 1].rows.isEmpty) {
                let t = tables.count - 1
                tables[t].rows[tables[t].rows.count - 1].cells.append(cell)
            }
        case "tbl" where ns == Self.w:
            guard let table = tables.popLast() else { return }
            if tables.isEmpty {
                blocks.append(.table(table))
            } else if !cells.isEmpty {
                // a table inside a cell: its paragraphs join the cell
                cells[cells.count - 1].paragraphs += table.rows.flatMap { $0.cells.flatMap(\.paragraphs) }
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == 0 { text += string }
    }

    /// Word's symbol-font check boxes and ticks (Wingdings, Wingdings 2), as a box state or text.
    static func symbol(font: String, char: String) -> (box: Bool?, text: String)? {
        let code = char.uppercased().suffix(2)
        switch (font.lowercased(), code) {
        case ("wingdings", "FE"), ("wingdings", "FD"), ("wingdings 2", "52"), ("wingdings 2", "54"), ("wingdings 2", "53"): return (true, "")
        case ("wingdings", "A8"), ("wingdings", "6F"), ("wingdings", "71"), ("wingdings 2", "A3"), ("wingdings 2", "2A"), ("wingdings 2", "A1"): return (false, "")
        case ("wingdings", "FC"), ("wingdings 2", "50"): return (nil, "✓")
        case ("wingdings", "FB"), ("wingdings 2", "4F"): return (nil, "✗")
        default: return nil
        }
    }
}
