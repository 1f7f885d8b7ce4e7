import Foundation
import Testing

/// Bad packages through the real binary: each is refused with the file and the reason, exit status 1, and nothing installed.
@Suite("Package refusals")
struct PackageRefusalTests {
    /// The office's packages for the fixture panel, made in a private home (no keys pinned).
    static func packages() throws -> PanelistCLI {
        let office = try PanelistCLI(lang: "en_US.UTF-8")
        let made = try office.run(["package", "create", "Fixtures/panels/zz-2024-panel.yaml", "--out", office.path("out")])
        #expect(made.status == 0, "\(made.output)")
        return office
    }

    /// Opens `file` as a new reviewer; expects a refusal naming the file and every fragment, and nothing installed.
    static func expectRefused(_ file: String, _ fragments: [String]) throws {
        let reviewer = try PanelistCLI(lang: "en_US.UTF-8")
        let result = try reviewer.run(["open", file, "--no-screen"])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains(file), "\(result.stderr)")
        for fragment in fragments { #expect(result.stderr.contains(fragment), "\(result.stderr)") }
        #expect(PackageSupport.installed(reviewer.home).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: reviewer.home + "/state/panelist/packages"))
    }

    @Test func escapingAbsoluteAndSymlinkEntries() throws {
        let office = try Self.packages()
        let good = office.path("out/zz-2024-panel-a-r1.zip")
        let escape = office.path("escape.zip")
        try PackageSupport.adding(to: good, out: escape, path: "../../../escaped.txt", type: .file, bytes: Array("pwned".utf8))
        try Self.expectRefused(escape, ["'../../../escaped.txt'", "escaping the install folder", "nothing was installed"])
        let absolute = office.path("absolute.zip")
        try PackageSupport.adding(to: good, out: absolute, path: "/tmp/panelist-absolute.txt", type: .file, bytes: Array("pwned".utf8))
        try Self.expectRefused(absolute, ["absolute path"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/panelist-absolute.txt"))
        let link = office.path("link.zip")
        try PackageSupport.adding(to: good, out: link, path: "applications/passwd", type: .symlink, bytes: Array("/etc/passwd".utf8))
        try Self.expectRefused(link, ["'applications/passwd'", "symbolic link"])
    }

    @Test func alteredTruncatedOversizedAndNotAZip() throws {
        let office = try Self.packages()
        let good = office.path("out/zz-2024-panel-a-r1.zip")
        let altered = office.path("altered.zip")
        try PackageSupport.altering(good, out: altered, path: "applications/zz-2024-w-hengchi.yaml") { bytes in
            Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "1860", with: "3860").utf8)
        }
        try Self.expectRefused(altered, ["applications/zz-2024-w-hengchi.yaml", "SHA-256", "does not match the manifest"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
        let truncated = office.path("truncated.zip")
        try bytes.prefix(bytes.count - 100).write(to: URL(fileURLWithPath: truncated))
        try Self.expectRefused(truncated, ["truncated"])
        // 600 MiB, sparse: over the 512 MiB limit, refused before anything is read.
        let huge = office.path("huge.zip")
        try bytes.write(to: URL(fileURLWithPath: huge))
        #expect(truncate(huge, 600 << 20) == 0)
        try Self.expectRefused(huge, ["too large", "512 MiB"])
        let text = office.path("letter.zip")
        try "Dear expert".write(toFile: text, atomically: true, encoding: .utf8)
        try Self.expectRefused(text, ["not a zip file"])
    }

    @Test func aRubricThatDiffersFromTheInstalledOneIsReportedAndUsed() throws {
        let office = try PanelistCLI(lang: "en_US.UTF-8")
        let rubrics = office.path("office-rubrics")
        try FileManager.default.createDirectory(atPath: rubrics, withIntermediateDirectories: true)
        let original = try String(contentsOfFile: TmuxDriver.root.path + "/Rubrics/zhuzhou-benchmark.yaml", encoding: .utf8)
        try (original + "# office copy\n").write(toFile: rubrics + "/zhuzhou-benchmark.yaml", atomically: true, encoding: .utf8)
        let made = try office.run(["package", "create", "Fixtures/panels/zz-2024-panel.yaml", "--rubrics", rubrics, "--out", office.path("out")])
        #expect(made.status == 0, "\(made.output)")
        let reviewer = try PanelistCLI(lang: "en_US.UTF-8")
        let open = try reviewer.run(["open", office.path("out/zz-2024-panel-a-r1.zip"), "--no-screen"])
        #expect(open.status == 0, "\(open.output)")
        #expect(open.stdout.contains("the rubric zhuzhou-benchmark in package zz-2024-panel-a-r1 differs from the installed one (bundled); this package uses its own"))
        #expect(open.stdout.contains("package '# office copy'"))
        // Its journals are scored with the package's rubric: a sheet exports without a rubric mismatch.
        let review = try #require(PackageSupport.reviews(in: open.stdout).first)
        let export = try reviewer.run(["sheet", "export", review.application, "--journal", review.journal])
        #expect(export.status == 0, "\(export.output)")
    }

    @Test func returnFilesThatAreNotTheirsOrDamagedAreRefusedAtMerge() throws {
        let office = try Self.packages()
        let reviewer = try PanelistCLI(lang: "en_US.UTF-8")
        let open = try reviewer.run(["open", office.path("out/zz-2024-panel-a-r3.zip"), "--no-screen"])
        for review in PackageSupport.reviews(in: open.stdout) { #expect(try reviewer.run(["signoff", review.journal, "--yes"]).status == 0) }
        let ret = try reviewer.run(["package", "return", "--out", office.path("r3.return.zip")])
        #expect(ret.status == 0, "\(ret.output)")
        let damaged = office.path("damaged.return.zip")
        try PackageSupport.altering(office.path("r3.return.zip"), out: damaged, path: "journals/zz-2024-w-hengchi.jsonl") { $0 + Array("\n".utf8) }
        let merge = try office.run(["merge", damaged, "--rubric", "zhuzhou-benchmark", "--out", office.path("report")])
        #expect(merge.status == 1)
        #expect(merge.stdout.contains("damaged.return.zip: refused") && merge.stdout.contains("journals/zz-2024-w-hengchi.jsonl"))
    }
}
