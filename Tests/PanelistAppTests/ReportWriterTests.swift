import Foundation
@testable import PanelistApp
import PanelistCore
import PanelistStore
import Synchronization
import Testing

/// The panel report set is rendered on every core and written file by file into a temporary folder,
/// then renamed into place: all the files or none, whichever render or write fails.
@Suite("Report sets written as one")
struct ReportWriterTests {
    struct Boom: Error {}

    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "report-writer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func files(_ base: String) -> [String: String] {
        var out: [String: String] = [:]
        for name in (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? [] {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isDir), !isDir.boolValue {
                out[name] = String(decoding: FileManager.default.contents(atPath: base + "/" + name) ?? Data(), as: UTF8.self)
            }
        }
        return out
    }

    @Test func everyKindOfContentLandsWhole() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/report"
        var list: [ReportFile] = [
            .text("a.md") { "# 报告\n" },
            ReportFile("b.xlsx") { .bytes([0x50, 0x4B, 3, 4]) },
            ReportFile("c.csv") { .chunks { emit in for i in 0..<5 { try emit(Array("行\(i)\r\n".utf8)) } } },
        ]
        for i in 0..<200 { list.append(.text("forms/F\(i).txt") { "表 \(i)" }) }
        try ReportWriter.write(list, to: out, replaceable: ["forms/"], lang: .zh)
        let written = files(out)
        #expect(written.count == 203)
        #expect(written["a.md"] == "# 报告\n")
        #expect(written["c.csv"] == "行0\r\n行1\r\n行2\r\n行3\r\n行4\r\n")
        #expect(written["forms/F199.txt"] == "表 199")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report"], "no temporary folder is left")
    }

    /// A render that fails (here the 150th form, or a chunk half-way) leaves the previous set exactly as it was.
    @Test func aFailureLeavesTheOldSet() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/report"
        try ReportWriter.write([.text("a.md") { "old" }, .text("forms/F0.txt") { "old form" }], to: out, replaceable: ["forms/"], lang: .en)
        let before = files(out)
        var failing: [ReportFile] = [.text("a.md") { "new" }]
        for i in 0..<200 {
            failing.append(ReportFile("forms/F\(i).txt") {
                if i == 150 { throw AppError("render failed") }
                return .text("new form \(i)")
            })
        }
        #expect(throws: AppError.self) { try ReportWriter.write(failing, to: out, replaceable: ["forms/"], lang: .en) }
        #expect(files(out) == before)
        let chunkFailing: [ReportFile] = [ReportFile("a.md") { .chunks { emit in try emit(Array("half".utf8)); throw Boom() } }]
        #expect(throws: AppError.self) { try ReportWriter.write(chunkFailing, to: out, replaceable: ["forms/"], lang: .en) }
        #expect(files(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report"], "no temporary folder is left")
    }

    /// A folder holding someone else's file is refused before anything is rendered, in the user's language.
    @Test func aStrangersFolderIsRefusedInTheUsersLanguage() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/notes.docx", contents: Data("mine".utf8))
        let rendered = Rendered()
        do {
            try ReportWriter.write([ReportFile("a.md") { rendered.mark(); return .text("x") }], to: dir, replaceable: [], lang: .zh)
            Issue.record("the folder was replaced")
        } catch {
            #expect(error.description.contains("notes.docx"))
            #expect(error.description.contains("--out"))
            #expect(error.description.contains("不属于本报告"))
        }
        #expect(!rendered.happened)
        #expect(FileManager.default.contents(atPath: dir + "/notes.docx") == Data("mine".utf8))
    }

    /// The workbook's XML escaping: the byte scan that skips it agrees with the scalar-by-scalar rule on random text.
    @Test func workbookEscapingFastPathAgrees() {
        let pool: [String] = ["a", "智", "&", "<", ">", "\"", "\t", "\n", "\u{1}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "忿", "👍🏻", "'"]
        var seed: UInt64 = 12345
        for _ in 0..<3_000 {
            var s = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(seed >> 61) + 1 { s += pool[Int((seed >> UInt64(k * 5 % 50)) % UInt64(pool.count))] }
            var reference = ""
            for u in s.unicodeScalars {
                switch u {
                case "&": reference += "&amp;"
                case "<": reference += "&lt;"
                case ">": reference += "&gt;"
                case "\"": reference += "&quot;"
                default:
                    if u.value < 0x20, u != "\t", u != "\n", u != "\r" { continue }
                    if (0xFFFE...0xFFFF).contains(u.value) { continue }
                    reference.unicodeScalars.append(u)
                }
            }
            #expect(PanelWorkbook.xml(s) == reference, "\(Array(s.unicodeScalars))")
        }
    }
}

/// Whether a render ran (shared with a @Sendable closure).
final class Rendered: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func mark() { lock.withLock { value = true } }
    var happened: Bool { lock.withLock { value } }
}

/// A value shared by two report files is made once, whichever asks first, from any thread.
@Suite("Values shared by report files")
struct SharedOnceTests {
    @Test func madeOnceForAllItsUses() {
        let made = Mutex(0)
        let shared = (0..<500).map { i in SharedOnce(uses: 2) { made.withLock { $0 += 1 }; return i * 2 } }
        let results = Mutex([Int](repeating: 0, count: 1000))
        DispatchQueue.concurrentPerform(iterations: 1000) { k in
            let v = shared[k / 2].take()
            results.withLock { $0[k] = v }
        }
        #expect(made.withLock { $0 } == 500)
        #expect(results.withLock { $0 } == (0..<1000).map { ($0 / 2) * 2 })
    }
}
