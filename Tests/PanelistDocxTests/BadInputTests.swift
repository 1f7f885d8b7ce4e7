import Foundation
import PanelistCore
@testable import PanelistDocx
import Testing

/// Files that are not a readable .docx are refused with a message saying what they are and what to do, within bounded
/// time and memory (DocxLimits: 200 MiB file, 5,000 parts, 64 MiB per part and 96 MiB in all decompressed, ratio 200:1
/// above 1 MiB, 50,000 paragraphs, 100,000 cells).
@Suite("Import: bad input")
struct BadInputTests {
    func refusal(_ bytes: Data, limits: DocxLimits = .standard) throws -> DocxError {
        let rubric = try DocxFixture.rubric("zhuzhou-benchmark")
        do {
            _ = try DocxImporter.run(.init(bytes: bytes, name: "x.docx", output: "x.yaml", id: "x", rubric: rubric, template: nil, limits: limits))
        } catch let error as DocxError {
            return error
        }
        throw DocxFixture.Failure(description: "accepted")
    }

    static func ole(_ streams: [String]) -> Data {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 504)
        for name in streams { data += Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 64) }
        return data
    }

    @Test func anOldWordFileIsNamed() throws {
        let error = try refusal(Self.ole(["Root Entry", "WordDocument", "1Table"]))
        #expect(error.kind == .legacyWord)
        #expect(error.zh.contains("另存为 .docx"))
    }

    @Test func aPasswordProtectedDocumentIsNamed() throws {
        let error = try refusal(Self.ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))
        #expect(error.kind == .encrypted)
        #expect(error.en.contains("password-protected"))
    }

    @Test func aPDFIsNamed() throws {
        #expect(try refusal(Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)).kind == .pdf)
    }

    @Test func zipsThatAreNotWordDocuments() throws {
        let plain = try refusal(try DocxFixture.docx([("readme.txt", "hello")]))
        #expect(plain.kind == .notWord && plain.en.contains("a plain zip archive"))
        let workbook = try refusal(try DocxFixture.docx([("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("xl/workbook.xml", "<workbook/>")]))
        #expect(workbook.kind == .notWord && workbook.en.contains("Excel"))
        #expect(try refusal(Data("just some text, renamed .docx".utf8)).kind == .notZip)
        let real = try Data(contentsOf: DocxFixture.root.appendingPathComponent("Fixtures/docx/zj-lanchi-no-template.docx"))
        #expect(try refusal(real.prefix(200)).kind == .notZip)                   // a truncated download
    }

    @Test func aZipBombStopsAtTheLimit() throws {
        // 3 MiB of one character compresses to a few KiB: over the ratio and over a 1 MiB part limit.
        let body = String(repeating: " ", count: 3 << 20)
        let bomb = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", DocxFixture.document("<w:p><w:r><w:t>\(body)</w:t></w:r></w:p>"))])
        #expect(bomb.count < 64 << 10)
        var limits = DocxLimits.standard
        limits.partBytes = 1 << 20
        #expect(try refusal(bomb, limits: limits).kind == .tooLarge)
        #expect(try refusal(bomb).kind == .tooLarge)                             // the ratio alone: 3 MiB from a few KiB
    }

    @Test func aZipBombThatLiesAboutItsSizeStopsWhileDecompressing() throws {
        let body = String(repeating: "a", count: 2 << 20)
        var bomb = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", DocxFixture.document(body))])
        // Rewrite the declared uncompressed size of every entry (local header offset 22, central header offset 24) to 1 KiB.
        let bytes = [UInt8](bomb)
        for i in 0..<(bytes.count - 4) {
            let signature = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            let offset = signature == 0x0403_4B50 ? 22 : (signature == 0x0201_4B50 ? 24 : -1)
            if offset > 0, i + offset + 4 <= bytes.count { bomb.replaceSubrange((i + offset)..<(i + offset + 4), with: [0x00, 0x04, 0x00, 0x00]) }
        }
        var limits = DocxLimits.standard
        limits.partBytes = 1 << 20
        let error = try refusal(bomb, limits: limits)
        #expect(error.kind == .tooLarge || error.kind == .notZip)               // stopped either by the counter or by the damaged zip
    }

    @Test func thousandsOfPagesAreRefused() throws {
        let body = String(repeating: "<w:p/>", count: 50_001)
        let doc = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", DocxFixture.document(body))])
        let error = try refusal(doc)
        #expect(error.kind == .tooLarge)
        #expect(error.en.contains("50000 paragraphs"))
        // The cell bound, counted the same way, at a smaller limit to keep the test quick.
        let cells = String(repeating: "<w:tbl><w:tr>" + String(repeating: "<w:tc><w:p/></w:tc>", count: 1000) + "</w:tr></w:tbl>", count: 3)
        var limits = DocxLimits.standard
        limits.paragraphs = 1_000_000
        limits.cells = 2_000
        let wide = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", DocxFixture.document(cells))])
        #expect(try refusal(wide, limits: limits).en.contains("2000 table cells"))
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + DocxFixture.document("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>").replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", with: "")
        let doc = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", xml)])
        #expect(try refusal(doc).kind == .badXML)
        let broken = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes), ("word/document.xml", "<w:document><w:body><w:p>")])
        #expect(try refusal(broken).kind == .badXML)
    }

    @Test func aMinimalDocumentImports() throws {
        let doc = try DocxFixture.docx([("[Content_Types].xml", DocxFixture.contentTypes),
                                        ("word/document.xml", DocxFixture.document("<w:p><w:r><w:b/><w:t>一、概况</w:t></w:r></w:p><w:p><w:r><w:t>正文。</w:t></w:r></w:p>"))])
        let rubric = try DocxFixture.rubric("zhuzhou-benchmark")
        let result = try DocxImporter.run(.init(bytes: doc, name: "m.docx", output: "m.yaml", id: "m", rubric: rubric, template: nil))
        #expect(result.yaml.contains("title: 一、概况"))
        #expect(result.yaml.contains("正文。"))
    }
}
