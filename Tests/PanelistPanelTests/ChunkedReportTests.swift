import Foundation
import PanelistCore
import Testing

/// The panel report's large files are written in pieces (one application of JSON at a time, CSV
/// by the megabyte) so that a 30 × 200 panel never holds a whole file in memory: the pieces must
/// make exactly the text the whole renderings made. Quoting and escaping look at bytes.
@Suite("Report files rendered in pieces")
struct ChunkedReportTests {
    /// The JSON written in pieces is byte for byte the pretty-printed tree of the whole report.
    @Test func jsonInPiecesIsTheWholeTree() throws {
        let f = try PanelFixture()
        let report = f.merge(try f.standardBatch())
        #expect(report.applications.count == 3)
        var pieces: [[UInt8]] = []
        PanelJSON.write(report, rubric: f.rubric) { pieces.append($0) }
        #expect(pieces.count == report.applications.count + 1, "one piece per application and the closing one")
        let whole = PanelJSON.value(report, rubric: f.rubric).pretty
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
        #expect(PanelJSON.render(report, rubric: f.rubric) == whole)
        // No application: the empty array as the tree writes it.
        let empty = f.merge([])
        var none: [UInt8] = []
        PanelJSON.write(empty, rubric: f.rubric) { none += $0 }
        #expect(String(decoding: none, as: UTF8.self) == PanelJSON.value(empty, rubric: f.rubric).pretty)
    }

    /// The CSV, the way it was made whole: BOM, preamble, header, rows, CRLF after each line.
    static func reference(_ table: PanelTable) -> String {
        var lines = table.preamble.map { PanelCSV.field(PanelCSV.guarded($0)) }
        lines.append(table.heads.map { PanelCSV.field(PanelCSV.guarded($0)) }.joined(separator: ","))
        for row in table.rows {
            lines.append(row.map { cell in
                if case let .text(s) = cell { return PanelCSV.field(PanelCSV.guarded(s)) }
                return cell.shown
            }.joined(separator: ","))
        }
        return PanelCSV.bom + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A table of 3 MB in pieces of about 1 MB is the same text as the whole rendering.
    @Test func csvInPiecesIsTheWholeTable() {
        let texts = ["智能工厂, 第一条", "他说\"好\"", "=SUM(A1)", "多行\n文本", "plain", "", "e\u{301}", "-5"]
        let rows: [[PanelTable.Cell]] = (0..<100_000).map { i in
            [.text(texts[i % texts.count]), .number(Decimal(i) / 4, places: i % 3 == 0 ? 2 : nil), .text("专家\(i % 30)，" + texts[(i / 3) % texts.count])]
        }
        let table = PanelTable(name: "评分", preamble: ["缺少 2 份评分"], heads: ["申报", "分数", "说明"], rows: rows)
        var pieces: [[UInt8]] = []
        PanelCSV.write(table) { pieces.append($0) }
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1 << 20 })
        let text = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(text == Self.reference(table))
        #expect(PanelCSV.render(table) == text)
    }

    /// Random strings of commas, quotes, line breaks, combining marks, CJK and emoji: a field is quoted
    /// exactly when it holds one of `," CR LF` as a byte (a comma a combining mark follows is still a
    /// comma to a CSV reader), and unquoting gives the text back; HTML escaping leaves no markup byte.
    @Test func quotingAndEscapingLookAtBytes() {
        let pool: [String] = [",", "\"", "\n", "\r", "\u{301}", "<", ">", "&", "'", "a", "智", "👍🏻", "🇨🇳", " ", "|"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var s = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(seed >> 60) { s += pool[Int((seed >> UInt64(k * 4 % 56)) % UInt64(pool.count))] }
            let special = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            let field = PanelCSV.field(s)
            if special {
                #expect(field.utf8.first == 0x22 && field.utf8.last == 0x22)
                let inner = String(decoding: field.utf8.dropFirst().dropLast(), as: UTF8.self)
                #expect(Array(unquote(inner).utf8) == Array(s.utf8))
            } else {
                #expect(field == s)
            }
            let html = HTMLText.escape(s)
            #expect(!html.utf8.contains { $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
            #expect(Array(unescape(html).utf8) == Array(s.utf8))
        }
    }

    /// A comma or `<` that a combining mark follows is one Character with it, so a Character-by-Character
    /// scan missed both: the CSV row gained a column, and the HTML kept a raw `<`.
    @Test func aMarkAfterACommaOrBracketIsStillQuotedAndEscaped() {
        #expect(PanelCSV.field("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(PanelCSV.field("说\"\u{301}") == "\"说\"\"\u{301}\"")
        #expect(HTMLText.escape("<\u{301}script>") == "&lt;\u{301}script&gt;")
        // Markdown table cells: the `|` escaped, CR LF (one Character) made spaces, so the row stays one row of two cells.
        let doc = PanelDocument(title: "t", blocks: [.table(heads: ["a", "b"], rows: [["x|\u{301}y", "第一行\r\n第二行"]], numeric: [])])
        let lines = PanelMarkdown.render(doc).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("| x\\|\u{301}y | 第一行  第二行 |"))
        #expect(!PanelMarkdown.render(doc).contains("\r"))
    }

    func unquote(_ s: String) -> String {
        var out: [UInt8] = []
        var iterator = Array(s.utf8).makeIterator()
        while let b = iterator.next() {
            out.append(b)
            if b == 0x22 { _ = iterator.next() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func unescape(_ s: String) -> String {
        var bytes = Array(s.utf8)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            bytes = replace(bytes, Array(entity.utf8), Array(char.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func replace(_ bytes: [UInt8], _ what: [UInt8], _ with: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if i + what.count <= bytes.count, Array(bytes[i..<(i + what.count)]) == what {
                out += with
                i += what.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}

/// The terminal's intake lines: one per file, the same words for more than three files said once.
@Suite("Intake lines on the terminal")
struct IntakeLinesTests {
    func entry(_ file: String, _ fingerprint: String, _ kind: IntakeIssueKind = .unknownKey) -> IntakeEntry {
        IntakeEntry(file: file, contentSHA256: file, reviewer: JournalReviewer(name: "专家", id: fingerprint, publicKey: "", fingerprint: fingerprint),
                    applicationID: "A", applicationSHA256: nil, rubricSHA256: nil, decision: .includedByFlag,
                    issues: [IntakeIssue(kind, "key \(fingerprint)")])
    }

    @Test func theSameWordsForManyFilesAreSaidOnce() throws {
        let f = PanelFormat(rubric: try PanelFixture().rubric, lang: .en)
        var entries = (0..<200).map { entry("A\($0)-R1.jsonl", "k1") }
        entries += (0..<3).map { entry("A\($0)-R2.jsonl", "k2") }
        entries.append(IntakeEntry(file: "clean.jsonl", contentSHA256: "c", reviewer: nil, applicationID: nil, applicationSHA256: nil,
                                   rubricSHA256: nil, decision: .included, issues: []))
        let lines = f.intakeLines(entries)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0].hasPrefix("200 journals (A0-R1.jsonl … A199-R1.jsonl): "))
        #expect(lines[0].contains("key k1"))
        #expect(lines[1...].allSatisfy { $0.contains("-R2.jsonl: ") && $0.contains("key k2") }, "three files are each named")
        let zh = PanelFormat(rubric: try PanelFixture().rubric, lang: .zh).intakeLines(entries)
        #expect(zh[0].hasPrefix("200 份日志（A0-R1.jsonl … A199-R1.jsonl）："))
    }
}
