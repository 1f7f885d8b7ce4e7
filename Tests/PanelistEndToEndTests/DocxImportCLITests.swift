import Foundation
import Testing

/// `panelist app import` through the real binary: the written file passes `app check`; bad input writes nothing.
@Suite("app import (real binary)")
struct DocxImportCLITests {
    func fixture(_ name: String) -> String { TmuxDriver.root.appendingPathComponent("Fixtures/docx/\(name)").path }

    @Test func importedFilesPassAppCheck() throws {
        let cli = try PanelistCLI()
        for (document, rubric) in [("zz-hengchi-workshop.docx", "zhuzhou-benchmark"), ("zz-ciyun-sme-untidy.docx", "zhuzhou-benchmark"),
                                   ("auto-qingyu-outline.docx", "auto-superfactory")] {
            let out = cli.path(document.replacingOccurrences(of: ".docx", with: ".yaml"))
            let imported = try cli.run(["app", "import", fixture(document), "--rubric", rubric, "--out", out])
            #expect(imported.status == 0, "\(document): \(imported.output)")
            #expect(imported.stdout.contains("导入报告：\(document) → \(out)"))
            #expect(imported.stdout.contains("已读取"))
            let checked = try cli.run(["app", "check", out])
            #expect(checked.status == 0, "\(document): \(checked.output)")
            #expect(checked.stdout.contains("通过"))
        }
    }

    @Test func aDraftThatStillNeedsFillingIsWrittenAndSaysSo() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let out = cli.path("lanti.yaml")
        let report = cli.path("lanti-report.txt")
        let result = try cli.run(["app", "import", fixture("sx-lanti-factory.docx"), "--rubric", "shaoxing-smart-factory", "--out", out, "--report", report])
        #expect(result.status == 1)
        #expect(result.stdout.contains("To fill (required; absent from the document or not usable) (3)"))
        #expect(result.stdout.contains("digital_workshop_share"))
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("设备联网率 → kpis"))
        let again = try cli.run(["app", "import", fixture("sx-lanti-factory.docx"), "--rubric", "shaoxing-smart-factory", "--out", out])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))                       // never replaced without --force
        let checked = try cli.run(["app", "check", out])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("missing fact 'maturity_level'"))
    }

    @Test func badInputIsRefusedAndNothingIsWritten() throws {
        let cli = try PanelistCLI()
        let cases: [(String, Data, String)] = [
            ("application.pdf.docx", Data("%PDF-1.4\n1 0 obj".utf8), "是 PDF"),
            ("old.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 600), "旧版 Word 文件"),
            ("notes.docx", Data("plain text".utf8), "不是 Word 文档"),
        ]
        for (name, bytes, message) in cases {
            let path = cli.path(name)
            try bytes.write(to: URL(fileURLWithPath: path))
            let out = cli.path(name + ".yaml")
            let result = try cli.run(["app", "import", path, "--rubric", "zhuzhou-benchmark", "--out", out])
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.contains(message), "\(name): \(result.stderr)")
            #expect(result.stderr.contains("未写入任何文件"))
            #expect(!FileManager.default.fileExists(atPath: out), "\(name)")
        }
    }
}
