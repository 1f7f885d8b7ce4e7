import Foundation
import Testing
@testable import PanelistCore

/// Sheets are read as bytes: CRLF accepted; bad UTF-8 and NUL refused with line and column; short excerpts.
@Suite("Offline sheets from bytes")
struct SheetBytesTests {
    func blank() throws -> (Rubric, [JournalRecord], String) {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let profile = SheetFixture.profiles(rubric)[0]
        let header = SheetFixture.header(rubric, profile: profile)
        let records = [JournalRecord(seq: 0, time: Date(timeIntervalSince1970: 1_740_000_000), prev: JournalHash.zero, entry: .header(header))]
        return (rubric, records, Sheet.export(rubric: rubric, header: header, records: records, lang: .en))
    }

    @Test func crlfSheetsImportLikeLFSheets() throws {
        let (rubric, records, text) = try blank()
        let filled = text.replacingOccurrences(of: "comment:", with: "comment: 现场核验", options: [], range: text.range(of: "comment:"))
        let lf = try Sheet.plan(bytes: Array(filled.utf8), rubric: rubric, records: records, lang: .en)
        let crlf = try Sheet.plan(bytes: Array(filled.replacingOccurrences(of: "\n", with: "\r\n").utf8), rubric: rubric, records: records, lang: .en)
        #expect(lf == crlf)
        #expect(!crlf.actions.isEmpty)
    }

    @Test func badBytesAreRefusedWithLineAndColumn() throws {
        let (rubric, records, text) = try blank()
        var bytes = Array(text.utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes.insert(contentsOf: [0xE6, 0x97], at: lineStarts[3] + 2)  // a cut-off character on line 4, column 3
        bytes.insert(0x00, at: lineStarts[1] + 1)                       // a NUL on line 2, column 2
        do {
            _ = try Sheet.plan(bytes: bytes, rubric: rubric, records: records, lang: .en)
            Issue.record("accepted")
        } catch {
            let found = error.problems.map { "\($0.line):\($0.column ?? 0)" }
            #expect(found == ["2:2", "4:3"], "\(error.problems)")
            #expect(error.problems[1].message.contains("UTF-8"))
            #expect(error.problems[0].message.contains("NUL"))
        }
    }

    @Test func aHugeBadValueIsQuotedShort() throws {
        let (rubric, records, text) = try blank()
        let huge = String(repeating: "x", count: 1_000_000)
        let bad = text.replacingOccurrences(of: "== 1.1", with: "== \(huge)")
        do {
            _ = try Sheet.plan(bytes: Array(bad.utf8), rubric: rubric, records: records, lang: .en)
            Issue.record("accepted")
        } catch {
            #expect(error.problems.allSatisfy { $0.message.count < 300 }, "\(error.problems.map(\.message.count))")
        }
    }

    @Test func aValueWithMoreDigitsThanCanBeKeptIsRefusedNotRounded() throws {
        let (rubric, records, text) = try blank()
        guard let range = text.range(of: #"points \([^)]*\):"#, options: .regularExpression) else { return }
        let bad = text.replacingCharacters(in: range, with: String(text[range]) + " 1.0000000000000000000000000000000000000001")
        do {
            _ = try Sheet.plan(bytes: Array(bad.utf8), rubric: rubric, records: records, lang: .en)
            Issue.record("accepted")
        } catch {
            #expect(error.problems.contains { $0.message.contains("kept exactly") }, "\(error.problems)")
        }
    }

    @Test("a sheet whose journal line names a negative record is read as exported from nothing (found by the sheet fuzzer)")
    func negativeJournalHead() throws {
        let (rubric, records, text) = try blank()
        let bad = text.replacingOccurrences(of: #"(?m)^journal: .*$"#, with: "journal: -02 b54b188d01613506febab8220629c257dcb351067495065d0e14433c0432a3b",
                                            options: .regularExpression)
        #expect(bad != text)
        do {
            _ = try Sheet.plan(bytes: Array(bad.utf8), rubric: rubric, records: records, lang: .en)
        } catch {
            Issue.record("\(error.problems)")
        }
    }
}
