import Foundation
@testable import PanelistApp
import PanelistCore
import PanelistStore
import Testing
import ZIPFoundation

/// `panelist open`: a package is checked completely before anything is installed.
@Suite("Package open")
struct PackageInstallerTests {
    /// Whether `who` has anything installed (a refused package leaves nothing, not even a staging folder).
    func installedNothing(_ f: AppFixture, _ who: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: f.paths(who).packagesDirectory)) ?? []).isEmpty
    }

    /// Expects a refusal whose message contains every fragment.
    func expectRefusal(_ fragments: [String], _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("expected a refusal mentioning \(fragments)")
        } catch {
            for fragment in fragments { #expect("\(error)".contains(fragment), "\(error)") }
        }
    }

    @Test func aGoodPackageInstallsAndOpeningItAgainChangesNothing() throws {
        let f = try AppFixture()
        try f.makePackages()
        let first = try f.install(f.packageFile("r1"), as: "li")
        #expect(!first.wasInstalled && first.notes.isEmpty)
        #expect(first.package.directory == f.paths("li").packageDirectory("zz-2024-panel-a-r1"))
        let manifest = try AtomicFile.read(first.package.file("manifest.json"))
        let second = try f.install(f.packageFile("r1"), as: "li")
        #expect(second.wasInstalled)
        #expect(try AtomicFile.read(second.package.file("manifest.json")) == manifest)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.paths("li").packagesDirectory) == ["zz-2024-panel-a-r1"])
        #expect(PackageStore(paths: f.paths("li"), lang: .en).installed().map(\.id) == ["zz-2024-panel-a-r1"])
    }

    @Test func aDifferentPackageUnderAnInstalledIdIsRefused() throws {
        let f = try AppFixture()
        try f.makePackages()
        _ = try f.install(f.packageFile("r1"), as: "li")
        // Re-made a moment later: same id, another manifest (created time).
        try PackageBuilder(library: .bundled(), lang: .en).create(panelFile: AppFixture.panelFile, applications: [], rubric: nil, knownKeys: nil,
                                                                   outDirectory: f.path("again"), now: Date(timeIntervalSince1970: 1_764_100_000))
        expectRefusal(["again/zz-2024-panel-a-r1.zip", "different package", "zz-2024-panel-a-r1"]) {
            _ = try f.install(f.path("again/zz-2024-panel-a-r1.zip"), as: "li")
        }
    }

    @Test func pathsEscapingTheInstallFolderAbsolutePathsAndSymlinksAreRefused() throws {
        let f = try AppFixture()
        try f.makePackages()
        let cases: [(String, Entry.EntryType, [UInt8], String)] = [
            ("../../escaped.txt", .file, Array("x".utf8), "'..'"),
            ("applications/../../escaped.txt", .file, Array("x".utf8), "'..'"),
            ("/tmp/panelist-escaped.txt", .file, Array("x".utf8), "absolute path"),
            ("applications/link", .symlink, Array("/etc/passwd".utf8), "symbolic link"),
        ]
        for (index, (path, type, bytes, reason)) in cases.enumerated() {
            let bad = f.path("bad\(index).zip")
            try AppFixture.addingEntry(to: f.packageFile("r1"), out: bad, path: path, type: type, bytes: bytes)
            expectRefusal([bad, reason]) { _ = try f.install(bad, as: "li") }
        }
        #expect(installedNothing(f, "li"))
        #expect(!FileManager.default.fileExists(atPath: f.paths("li").dataDirectory + "/escaped.txt"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/panelist-escaped.txt"))
    }

    @Test func aFileWhoseHashDiffersFromTheManifestIsRefused() throws {
        let f = try AppFixture()
        try f.makePackages()
        let bad = f.path("altered.zip")
        try AppFixture.rewrite(f.packageFile("r1"), to: bad) { path, bytes in
            path == "applications/zz-2024-s-ciyun.yaml" ? Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "醴陵", with: "株洲").utf8) : bytes
        }
        expectRefusal([bad, "applications/zz-2024-s-ciyun.yaml", "SHA-256", "not installed"]) { _ = try f.install(bad, as: "li") }
        #expect(installedNothing(f, "li"))
    }

    @Test func aFileNotInTheManifestOrMissingFromThePackageIsRefused() throws {
        let f = try AppFixture()
        try f.makePackages()
        let extra = f.path("extra.zip")
        try AppFixture.addingEntry(to: f.packageFile("r1"), out: extra, path: "applications/zz-2024-extra.yaml", type: .file, bytes: Array("id: x".utf8))
        expectRefusal([extra, "applications/zz-2024-extra.yaml", "not in the manifest"]) { _ = try f.install(extra, as: "li") }
        let missing = f.path("missing.zip")
        try AppFixture.rewrite(f.packageFile("r1"), to: missing) { path, bytes in path == "rubric/zhuzhou-benchmark.yaml" ? nil : bytes }
        expectRefusal([missing, "rubric/zhuzhou-benchmark.yaml", "missing"]) { _ = try f.install(missing, as: "li") }
        #expect(installedNothing(f, "li"))
    }

    @Test func aPackagePinnedToAnotherReviewersKeyIsRefused() throws {
        let f = try AppFixture()
        try f.makePackages(keys: ["李明": try f.key("li")])
        expectRefusal([f.packageFile("r1"), "李明", try f.key("li").fingerprint, try f.key("zhang").fingerprint]) {
            _ = try f.install(f.packageFile("r1"), as: "zhang")
        }
        #expect(installedNothing(f, "zhang"))
        #expect(try !f.install(f.packageFile("r1"), as: "li").wasInstalled)
    }

    @Test func aRubricDifferentFromTheInstalledOneIsUsedForThePackageAndReported() throws {
        let f = try AppFixture()
        let dir = f.path("office-rubrics")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let original = try #require(BundledFiles.all["Rubrics/zhuzhou-benchmark.yaml"])
        // The office's copy: a comment inserted as line 2, otherwise the same rubric.
        let text = String(decoding: original, as: UTF8.self)
        let officeCopy = Array((String(text.prefix { $0 != "\n" }) + "\n# office copy, 2026-11\n" + text.drop { $0 != "\n" }.dropFirst()).utf8)
        try Data(officeCopy).write(to: URL(fileURLWithPath: dir + "/zhuzhou-benchmark.yaml"))
        var library = RubricLibrary.bundled()
        try library.addFolder(dir, namedBy: "--rubrics")
        try f.makePackages(library: library)
        let installed = try f.install(f.packageFile("r1"), as: "li")
        #expect(installed.notes.count == 1)
        #expect(installed.notes[0].contains("line 2"))
        #expect(installed.notes[0].contains("# office copy, 2026-11"))
        #expect(installed.package.rubricSource.bytes == officeCopy)
        // The journal records the package's rubric, not the installed one.
        try f.review(installed.package, as: "li", sign: [])
        let journal = installed.package.journalPath(application: "zz-2024-w-hengchi", fingerprint: try f.key("li").fingerprint)
        #expect(JournalParser.parse(try AtomicFile.read(journal)).header?.rubric.sha256 == JournalHash.sha256Hex(officeCopy))
    }

    @Test func truncatedAndOversizedFilesAreRefusedWithTheLimit() throws {
        let f = try AppFixture()
        try f.makePackages()
        let bytes = try AtomicFile.read(f.packageFile("r1"))
        let cut = f.path("cut.zip")
        try Data(bytes.prefix(bytes.count - 200)).write(to: URL(fileURLWithPath: cut))
        expectRefusal([cut, "truncated"]) { _ = try f.install(cut, as: "li") }
        let half = f.path("half.zip")
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: half))
        expectRefusal([half, "truncated"]) { _ = try f.install(half, as: "li") }
        let small = PackageLimits(fileBytes: 10_000, entries: 10, entryBytes: 1 << 20, totalBytes: 1 << 20)
        expectRefusal([f.packageFile("r1"), "too large", "10000 bytes"]) { _ = try f.install(f.packageFile("r1"), as: "li", limits: small) }
        let perFile = PackageLimits(fileBytes: 1 << 20, entries: 10, entryBytes: 30_000, totalBytes: 1 << 20)
        expectRefusal(["rubric/zhuzhou-benchmark.yaml", "too large", "30000 bytes"]) { _ = try f.install(f.packageFile("r1"), as: "li", limits: perFile) }
        let total = PackageLimits(fileBytes: 1 << 20, entries: 10, entryBytes: 1 << 20, totalBytes: 50_000)
        expectRefusal(["exceed"]) { _ = try f.install(f.packageFile("r1"), as: "li", limits: total) }
        let notZip = f.path("notes.zip")
        try Data("just text".utf8).write(to: URL(fileURLWithPath: notZip))
        expectRefusal([notZip, "not a zip"]) { _ = try f.install(notZip, as: "li") }
        #expect(installedNothing(f, "li"))
    }

    @Test func unsafePathsAreNamed() {
        #expect(SafePath.problem("applications/a.yaml") == nil)
        #expect(SafePath.problem("applications/附件1 营业执照.pdf") == nil)
        #expect(SafePath.problem("../a")?.contains("..") == true)
        #expect(SafePath.problem("a/../../b")?.contains("..") == true)
        #expect(SafePath.problem("/etc/passwd")?.contains("absolute") == true)
        #expect(SafePath.problem("a\\..\\b")?.contains("backslash") == true)
        #expect(SafePath.problem("a//b") != nil)
        #expect(SafePath.problem("./a") != nil)
        #expect(SafePath.problem("") != nil)
    }
}
