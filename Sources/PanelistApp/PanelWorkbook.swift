import Foundation
import PanelistCore
import ZIPFoundation

/// The panel's tables as one `.xlsx` workbook (SpreadsheetML: a zip of XML parts, built in memory
/// with ZIPFoundation): one sheet per table, a bold header row frozen in place, column widths from
/// the content, ids and texts stored as text (so `1.1` stays `1.1`), points and panel values as
/// numbers with the rubric's decimals. A pure function of the tables: the same tables give the same bytes.
public enum PanelWorkbook {
    /// The workbook's bytes.
    public static func xlsx(_ tables: [PanelTable]) throws -> [UInt8] {
        let placesUsed = Set(tables.flatMap { $0.rows.flatMap { $0.compactMap { cell -> Int? in if case let .number(_, p) = cell { return p }; return nil } } })
            .sorted()
        return try xlsx(tables.map { PanelSheet($0) }, places: placesUsed, widths: tables.map(\.widths))
    }

    /// The workbook of sheets made a part at a time: only one part's rows and one sheet's XML are in memory at once.
    ///
    /// - Parameters:
    ///   - places: the fixed decimal places number cells use, for their styles (a number with others gets one added);
    ///   - widths: each sheet's column widths; by default from the header and the first part's rows.
    public static func xlsx(_ sheets: [PanelSheet], places: [Int], widths: [[Int]]? = nil) throws -> [UInt8] {
        let archive: Archive
        do { archive = try Archive(data: Data(), accessMode: .create) } catch { throw AppError("cannot create the workbook in memory: \(error)") }
        let stamp = Date(timeIntervalSince1970: 946_684_800)  // fixed, so the bytes depend on the tables only
        func add(_ path: String, _ bytes: [UInt8]) throws(AppError) {
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                     compressionMethod: .deflate, provider: { position, size in
                                         Data(bytes[Int(position)..<min(bytes.count, Int(position) + size)])
                                     })
            } catch {
                throw AppError("cannot add \(path) to the workbook: \(error)")
            }
        }
        try add("[Content_Types].xml", Array(contentTypes(sheets.count).utf8))
        try add("_rels/.rels", Array(rootRels.utf8))
        try add("xl/workbook.xml", Array(workbook(sheets.map(\.name)).utf8))
        try add("xl/_rels/workbook.xml.rels", Array(workbookRels(sheets.count).utf8))
        // A sheet's XML is made when it is added and dropped after: one sheet in memory at a time.
        var strings = WorkbookStrings()
        var styles = places
        for (i, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(i + 1).xml", self.sheet(sheet, widths: widths?[i], places: &styles, strings: &strings))
        }
        try add("xl/styles.xml", Array(self.styles(styles).utf8))
        try add("xl/sharedStrings.xml", strings.xml())
        guard let bytes = archive.data else { throw AppError("the workbook archive has no data") }
        return Array(bytes)
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(_ sheets: Int) -> String {
        header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + (1...max(1, sheets)).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined()
            + "</Types>"
    }

    static let rootRels = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbook(_ names: [String]) -> String {
        var used: Set<String> = []
        let sheets = names.enumerated().map { i, name -> String in
            var n = sheetName(name)
            if used.contains(n) { n = String(n.prefix(28)) + "(\(i + 1))" }
            used.insert(n)
            return "<sheet name=\"\(xml(n))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relNS)\"><bookViews><workbookView/></bookViews><sheets>" + sheets.joined() + "</sheets></workbook>"
    }

    static func workbookRels(_ sheets: Int) -> String {
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (1...max(1, sheets)).map { "<Relationship Id=\"rId\($0)\" Type=\"\(relNS)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined()
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relNS)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(relNS)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    /// Styles: 0 default, 1 bold header (text), 2 text, 3 number as entered, 4… numbers with fixed decimals.
    static func styles(_ places: [Int]) -> String {
        let formats = places.filter { $0 > 0 }.enumerated().map { i, p in
            "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"0.\(String(repeating: "0", count: p))\"/>"
        }
        let fixed = places.map { p -> String in
            let id = p > 0 ? 164 + (places.filter { $0 > 0 }.firstIndex(of: p) ?? 0) : 1
            return "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return header + "<styleSheet xmlns=\"\(main)\">"
            + (formats.isEmpty ? "" : "<numFmts count=\"\(formats.count)\">" + formats.joined() + "</numFmts>")
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><charset val=\"134\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(4 + fixed.count)\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + fixed.joined() + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    }

    /// One worksheet's XML, made a part at a time; its texts go to the shared-string table, and a
    /// number's decimal places not yet in `places` get a style.
    static func sheet(_ sheet: PanelSheet, widths given: [Int]?, places: inout [Int], strings: inout WorkbookStrings) -> [UInt8] {
        let frozen = sheet.preamble.count + 1
        var o: [UInt8] = []
        func put(_ s: String) { o.append(contentsOf: s.utf8) }
        put(header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relNS)\">")
        put("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozen)\" topLeftCell=\"A\(frozen + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        put("<selection pane=\"bottomLeft\" activeCell=\"A\(frozen + 1)\" sqref=\"A\(frozen + 1)\"/></sheetView></sheetViews>")
        put("<sheetFormatPr defaultRowHeight=\"15\"/>")
        var first = sheet.parts > 0 ? sheet.rows(0) : []
        let widths = given ?? PanelTable.widths(heads: sheet.heads, rows: first)
        if !widths.isEmpty {
            put("<cols>" + widths.enumerated().map { i, w in "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }.joined() + "</cols>")
        }
        put("<sheetData>")
        var columns = (0..<sheet.heads.count).map(column)
        var r = 0
        func cellRef(_ col: Int) -> String {
            while columns.count <= col { columns.append(column(columns.count)) }
            return columns[col]
        }
        func text(_ col: Int, _ s: String, style: Int) {
            put("<c r=\"\(cellRef(col))\(r)\" t=\"s\" s=\"\(style)\"><v>\(strings.id(s))</v></c>")
        }
        for line in sheet.preamble {
            r += 1
            put("<row r=\"\(r)\">")
            text(0, line, style: 1)
            put("</row>")
        }
        r += 1
        put("<row r=\"\(r)\">")
        for (i, head) in sheet.heads.enumerated() { text(i, head, style: 1) }
        put("</row>")
        for part in 0..<sheet.parts {
            let rows = part == 0 ? first : sheet.rows(part)
            if part == 0 { first = [] }
            for row in rows {
                r += 1
                put("<row r=\"\(r)\">")
                for (i, cell) in row.enumerated() {
                    switch cell {
                    case let .text(s):
                        if !s.isEmpty { text(i, s, style: 2) }
                    case let .number(d, p):
                        var style = 3
                        if let p {
                            if !places.contains(p) { places.append(p) }
                            style = 4 + (places.firstIndex(of: p) ?? 0)
                        }
                        put("<c r=\"\(cellRef(i))\(r)\" s=\"\(style)\"><v>\(d.plain)</v></c>")
                    }
                }
                put("</row>")
            }
        }
        put("</sheetData></worksheet>")
        return o
    }

    /// `A`, `B`, … `Z`, `AA` … for a 0-based column.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// A valid sheet name: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        return cleaned.isEmpty ? "Sheet" : String(cleaned.prefix(31))
    }

    /// XML text: escapes markup and drops characters XML 1.0 cannot carry.
    static func xml(_ s: String) -> String {
        var out: [UInt8] = []
        appendXML(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a text holds a byte XML text must escape or drop (markup, a control character, U+FFFE or U+FFFF).
    static func needsEscaping(_ s: String) -> Bool {
        var iterator = s.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let b = iterator.next() {
            if b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") { return true }
            if (b == 0xBE || b == 0xBF) && previous == (0xEF, 0xBF) { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// Appends XML text: `&`, `<`, `>` and `"` escaped; control characters other than tab and line
    /// breaks, U+FFFE and U+FFFF (which XML 1.0 cannot carry) dropped.
    static func appendXML(_ s: String, to out: inout [UInt8]) {
        // Nothing to change (the usual case): the bytes as they are. U+FFFE/U+FFFF are EF BF BE/BF in UTF-8.
        if !needsEscaping(s) {
            out.append(contentsOf: s.utf8)
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            default:
                if u.value < 0x20, u != "\t", u != "\n", u != "\r" { continue }
                if (0xFFFE...0xFFFF).contains(u.value) { continue }
                out.append(contentsOf: String(u).utf8)
            }
        }
    }
}
