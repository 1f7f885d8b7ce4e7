import Foundation
import Testing

/// The whole loop through the real binary: the office makes packages from the fixture panel for three experts and a chair;
/// each expert opens theirs, scores on score sheets, signs and returns; the chair merges the three returns.
@Suite("Review packages, office to experts and back", .serialized)
struct PackageFlowTests {
    static let panel = "Fixtures/panels/zz-2024-panel.yaml"
    static let slots = [("r1", "李明"), ("r2", "张华"), ("r3", "陈静")]

    @Test func officeExpertsAndChair() throws {
        let office = try PanelistCLI(lang: "en_US.UTF-8")
        var people: [String: PanelistCLI] = [:]
        var knownKeys = "# the office's known keys\n"
        for name in Self.slots.map(\.1) + ["王建国"] {
            let cli = try PanelistCLI(lang: "en_US.UTF-8")
            let config = try cli.run(["config"])
            #expect(config.status == 0, "\(config.output)")
            let fingerprint = try #require(PackageSupport.fingerprint(in: config.stdout))
            knownKeys += "\(fingerprint) \(name)\n"
            people[name] = cli
        }
        try knownKeys.write(toFile: office.path("known-keys.txt"), atomically: true, encoding: .utf8)
        let create = try office.run(["package", "create", Self.panel, "--known-keys", office.path("known-keys.txt"), "--out", office.path("out")])
        #expect(create.status == 0, "\(create.output)")
        #expect(create.stdout.contains("Made 4 packages."))
        #expect(create.stdout.contains("conflicts: zz-2024-s-ciyun"))
        try FileManager.default.createDirectory(atPath: office.path("returns"), withIntermediateDirectories: true)

        for (index, (slot, name)) in Self.slots.enumerated() {
            let cli = try #require(people[name])
            let package = office.path("out/zz-2024-panel-a-\(slot).zip")
            let open = try cli.run(["open", package, "--no-screen"])
            #expect(open.status == 0, "\(open.output)")
            #expect(open.stdout.contains("Installed the package zz-2024-panel-a-\(slot)"))
            let reviews = PackageSupport.reviews(in: open.stdout)
            // 陈静 declared a conflict with ciyun: her package holds hengchi only.
            #expect(reviews.count == (slot == "r3" ? 1 : 2))
            #expect(reviews.allSatisfy { FileManager.default.fileExists(atPath: $0.journal) })
            #expect(try cli.run(["open", package, "--no-screen"]).stdout.contains("already installed"))
            for review in reviews {
                let export = try cli.run(["sheet", "export", review.application, "--journal", review.journal, "--out", cli.path("sheet.txt")])
                #expect(export.status == 0, "\(export.output)")
                let filled = PackageSupport.fill(try String(contentsOfFile: cli.path("sheet.txt"), encoding: .utf8), choice: index)
                try filled.write(toFile: cli.path("sheet.txt"), atomically: true, encoding: .utf8)
                let imported = try cli.run(["sheet", "import", cli.path("sheet.txt"), "--journal", review.journal])
                #expect(imported.status == 0, "\(imported.output)")
                #expect(imported.stdout.contains("actions appended"))
            }
            // Not signed yet: the return is refused, naming what is unsigned, and no file is written.
            let early = try cli.run(["package", "return", "--out", cli.path("early.zip")])
            #expect(early.status == 1)
            #expect(early.stderr.contains("zz-2024-w-hengchi") && early.stderr.contains("--partial"))
            #expect(!FileManager.default.fileExists(atPath: cli.path("early.zip")))
            let list = try cli.run(["package", "list"])
            #expect(list.stdout.contains("zz-2024-panel-a-\(slot)") && list.stdout.contains("0/\(reviews.count) signed") && list.stdout.contains("2026-12-15"))
            for review in reviews {
                let signed = try cli.run(["signoff", review.journal, "--application", review.application, "--yes"])
                #expect(signed.status == 0, "\(signed.output)")
            }
            #expect(try cli.run(["package", "list"]).stdout.contains("\(reviews.count)/\(reviews.count) signed"))
            let show = try cli.run(["package", "show"])
            #expect(show.stdout.contains("Reviewer: \(name)") && show.stdout.contains("[signed]"))
            let ret = try cli.run(["package", "return", "--out", office.path("returns/\(slot).return.zip")])
            #expect(ret.status == 0, "\(ret.output)")
            #expect(ret.stdout.contains("\(reviews.count) journal(s) (\(reviews.count) signed)"))
        }

        // The chair installs their package (the panel with pinned keys) and merges the three returns.
        let chair = try #require(people["王建国"])
        let chairOpen = try chair.run(["open", office.path("out/zz-2024-panel-a-chair.zip")])
        #expect(chairOpen.status == 0, "\(chairOpen.output)")
        let panelFile = chair.home + "/data/panelist/packages/zz-2024-panel-a-chair/panel.yaml"
        #expect(chairOpen.stdout.contains(panelFile))
        let returns = Self.slots.map { office.path("returns/\($0.0).return.zip") }
        let merge = try chair.run(["merge", "--panel", panelFile] + returns + ["--out", chair.path("report")])
        #expect(merge.status == 0, "\(merge.output)")
        #expect(merge.stdout.contains("Return files: 3 accepted"))
        #expect(merge.stdout.contains("Merged 5 journal(s) for 2 application(s); refused 0"))
        let json = try String(contentsOfFile: chair.path("report/panel-report.json"), encoding: .utf8)
        for name in ["李明", "张华", "陈静"] { #expect(json.contains(name)) }

        // A reviewer missing: reported, exit status 1.
        let short = try chair.run(["merge", "--panel", panelFile] + returns.prefix(2) + ["--out", chair.path("report2")])
        #expect(short.status == 1)
        #expect(short.stdout.contains("missing: 陈静's journal for"))
        // 李明's return checked against a known-keys file pinning someone else's key: refused.
        let wrongKeys = chair.path("wrong-keys.txt")
        try "0000-1111-2222-3333 李明\n".write(toFile: wrongKeys, atomically: true, encoding: .utf8)
        let pinned = try chair.run(["merge", "--panel", panelFile, "--known-keys", wrongKeys] + returns + ["--out", chair.path("report3")])
        #expect(pinned.status == 1)
        #expect(pinned.stdout.contains("r1.return.zip: refused") && pinned.stdout.contains("0000-1111-2222-3333"))
        // Another reviewer opening 李明's package (pinned to his key) is refused, and nothing is installed.
        let stranger = try PanelistCLI(lang: "en_US.UTF-8")
        let refused = try stranger.run(["open", office.path("out/zz-2024-panel-a-r1.zip"), "--no-screen"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("zz-2024-panel-a-r1.zip") && refused.stderr.contains("this package is for 李明"))
        #expect(PackageSupport.installed(stranger.home).isEmpty)
    }
}
