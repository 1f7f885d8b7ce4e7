import Foundation
import Testing

/// The outputs opened as people open them: the workbook by LibreOffice, the printouts by Chromium
/// (page count, page numbers, running header, Chinese fonts). Each test says why when its tool is absent.
@Suite("Panel printouts and workbook opened by real tools")
struct PanelPrintoutTests {
    static func tool(_ name: String) -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name }
        return nil
    }

    static func merged() throws -> (PanelPipeline, String) {
        let (p, journals, _) = try PanelIntakeOutcomeTests.panel()
        let out = p.path("out")
        let r = try p.merge(journals, out: out, ["--application", PanelIntakeOutcomeTests.app])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        return (p, out)
    }

    @Test("LibreOffice reads the xlsx back to the same cells as the CSV files (ids stay text)")
    func workbookRoundTrip() throws {
        guard let soffice = Self.tool("soffice") else {
            print("SKIPPED workbookRoundTrip: soffice (LibreOffice) is not installed; .ci/run installs libreoffice-calc-nogui")
            return
        }
        let (p, out) = try Self.merged()
        let lo = p.path("lo")
        let profile = "file://" + p.path("lo-profile")
        try FileManager.default.createDirectory(atPath: p.path("lo-home"), withIntermediateDirectories: true)
        // One CSV per sheet (token 12 = -1), UTF-8, cells as shown.
        let r = try Spawn.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", lo, out + "/panel-report.xlsx"],
                              environment: ["PATH": "/usr/bin:/bin", "HOME": p.path("lo-home"), "LANG": "C.UTF-8"], directory: p.dir, stdin: [])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        print("soffice: \(r.stdout)\(r.stderr)")
        let sheets = [("排名", "panel-applications.csv"), ("指标", "panel-indicators.csv"), ("评分", "panel-scores.csv"), ("佐证", "panel-evidence.csv")]
        for (sheet, csv) in sheets {
            let back = try String(contentsOfFile: lo + "/panel-report-\(sheet).csv", encoding: .utf8)
            let ours = CSVCells.parse(try p.read(out, csv)).map { $0.map { $0.hasPrefix("'") ? String($0.dropFirst()) : $0 } }
            let theirs = CSVCells.parse(back).map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
            let trimmed = ours.map { row in Array(row.reversed().drop { $0.isEmpty }.reversed()) }
            #expect(theirs == trimmed, "sheet \(sheet): \(zip(theirs, trimmed).first { $0 != $1 }.map { "\($0.0) vs \($0.1)" } ?? "row count \(theirs.count) vs \(trimmed.count)")")
        }
        let indicators = try String(contentsOfFile: lo + "/panel-report-指标.csv", encoding: .utf8)
        #expect(indicators.contains(",1.1,") && indicators.contains(",2.1,"))
    }

    @Test("Chromium prints the forms on one page each and the report with page numbers and a running header")
    func printouts() throws {
        guard let chromium = Self.tool("chromium") ?? Self.tool("chromium-browser"), let pdfinfo = Self.tool("pdfinfo"), let pdftotext = Self.tool("pdftotext") else {
            print("SKIPPED printouts: chromium or poppler-utils (pdfinfo, pdftotext) is not installed")
            return
        }
        let (p, out) = try Self.merged()
        try FileManager.default.createDirectory(atPath: p.path("chrome-home"), withIntermediateDirectories: true)
        let form = try #require(try FileManager.default.contentsOfDirectory(atPath: out + "/forms").first { $0.hasSuffix(".html") })
        for (html, onePage) in [("summary-form.html", true), ("forms/" + form, true), ("panel-report.html", false)] {
            let pdf = p.path(html.replacingOccurrences(of: "/", with: "-") + ".pdf")
            let r = try Spawn.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + p.path("chrome"),
                                   "--print-to-pdf=" + pdf, "file://" + out + "/" + html],
                                  environment: ["PATH": "/usr/bin:/bin", "HOME": p.path("chrome-home")], directory: p.dir, stdin: [])
            #expect(FileManager.default.fileExists(atPath: pdf), "\(html): \(r.stderr)")
            let info = try Spawn.run([pdfinfo, pdf], environment: ["PATH": "/usr/bin:/bin"], directory: p.dir, stdin: []).stdout
            let pages = Int(info.components(separatedBy: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
            // pdftotext drops the spaces between CJK characters: compare without spaces.
            let text = try Spawn.run([pdftotext, "-layout", pdf, "-"], environment: ["PATH": "/usr/bin:/bin"], directory: p.dir, stdin: []).stdout
                .replacingOccurrences(of: " ", with: "")
            if onePage {
                #expect(pages == 1, "\(html) prints on \(pages) pages")
            } else {
                #expect(pages >= 2, "\(html) prints on \(pages) pages")
                #expect(text.contains("第\(pages)页/共\(pages)页"))
                #expect(text.contains("株洲恒驰轨道传动科技有限公司"))  // the running header names the application
            }
            #expect(text.contains("第1页/共\(pages)页"), "\(html): page numbers")
            #expect(text.contains("株洲市智能制造标杆认定标准"), "\(html): running header")
        }
        let html = try p.read(out, "panel-report.html")
        for font in ["SimSun", "Microsoft YaHei", "Songti SC", "PingFang SC", "Noto Serif CJK SC", "Noto Sans CJK SC"] { #expect(html.contains(font)) }
    }
}
