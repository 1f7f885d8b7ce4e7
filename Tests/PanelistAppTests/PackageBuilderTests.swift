import Foundation
@testable import PanelistApp
import PanelistCore
import Testing
import ZIPFoundation

/// `package create` from the fixture panel (Fixtures/panels/zz-2024-panel.yaml: 李明, 张华, 陈静 with a conflict on ciyun; chair 王建国).
@Suite("Package create")
struct PackageBuilderTests {
    @Test func onePackagePerReviewerAndOneForTheChairWithConflictsLeftOut() throws {
        let f = try AppFixture()
        let result = try f.makePackages()
        #expect(result.packages.map(\.manifest.id) == ["zz-2024-panel-a-r1", "zz-2024-panel-a-r2", "zz-2024-panel-a-r3", "zz-2024-panel-a-chair"])
        #expect(result.packages.map(\.manifest.person.name) == ["李明", "张华", "陈静", "王建国"])
        let r3 = result.packages[2].manifest
        // 陈静 declared a conflict with zz-2024-s-ciyun (panel file line 15-17): not assigned, and not in the package at all.
        #expect(r3.assignment == ["zz-2024-w-hengchi"])
        #expect(r3.applications.map(\.id) == ["zz-2024-w-hengchi"])
        #expect(r3.conflicts == [.init(application: "zz-2024-s-ciyun", reason: "曾任该企业技术顾问")])
        #expect(r3.deadline == "2026-12-15")
        #expect(r3.note.contains("请于截止日前完成评审"))
        let archive = try Archive(url: URL(fileURLWithPath: f.packageFile("r3")), accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["manifest.json", "rubric/zhuzhou-benchmark.yaml", "applications/zz-2024-w-hengchi.yaml"])
        #expect(result.packages[0].manifest.assignment == ["zz-2024-w-hengchi", "zz-2024-s-ciyun"])
        #expect(result.packages[3].manifest.isChair && result.packages[3].manifest.assignment.isEmpty)
    }

    @Test func theManifestHashesAreTheFilesHashes() throws {
        let f = try AppFixture()
        let made = try f.makePackages().packages[0]
        let app = try Data(contentsOf: AppFixture.root.appendingPathComponent("Fixtures/applications/zz-2024-w-hengchi.yaml"))
        let rubric = try Data(contentsOf: AppFixture.root.appendingPathComponent("Rubrics/zhuzhou-benchmark.yaml"))
        #expect(made.manifest.applications.first { $0.id == "zz-2024-w-hengchi" }?.sha256 == JournalHash.sha256Hex(Array(app)))
        #expect(made.manifest.rubric.sha256 == JournalHash.sha256Hex(Array(rubric)))
        #expect(made.manifest.files.count == 3)
    }

    @Test func keysFromTheKnownKeysFileArePinnedAndTheChairGetsTheFullPanel() throws {
        let f = try AppFixture()
        let li = try f.key("li"), wang = try f.key("wang")
        let result = try f.makePackages(keys: ["李明": li, "王建国": wang])
        #expect(result.packages[0].manifest.person.key == li.fingerprint)
        #expect(result.packages[1].manifest.person.key == nil)
        // The chair's panel file loads, pins the keys, and names the applications beside it.
        let chair = try f.install(f.packageFile("chair"), as: "wang").package
        let (plan, ids) = try PanelFiles.loadPanel(chair.file("panel.yaml"))
        #expect(plan.reviewers.map(\.name) == ["李明", "张华", "陈静"])
        #expect(plan.reviewers[0].key == li.fingerprint)
        #expect(plan.chair.key == wang.fingerprint)
        #expect(plan.reviewers[2].conflicts.map(\.application) == ["zz-2024-s-ciyun"])
        #expect(ids == ["zz-2024-w-hengchi", "zz-2024-s-ciyun"])
    }

    @Test func aKnownKeyThatContradictsThePanelIsRefused() throws {
        let f = try AppFixture()
        let panel = f.path("panel.yaml")
        let text = try String(contentsOfFile: AppFixture.panelFile, encoding: .utf8)
            .replacingOccurrences(of: "  - name: 李明\n", with: "  - name: 李明\n    key: 0000-0000-0000-0001\n")
            .replacingOccurrences(of: "../applications/", with: AppFixture.root.path + "/Fixtures/applications/")
        try text.write(toFile: panel, atomically: true, encoding: .utf8)
        #expect(throws: AppError.self) { try f.makePackages(keys: ["李明": try f.key("li")], panel: panel) }
        #expect(!FileManager.default.fileExists(atPath: f.path("out")))
    }

    @Test func anAssignmentToAnUnknownApplicationIsRefusedWithItsLine() throws {
        let f = try AppFixture()
        let panel = f.path("panel.yaml")
        let text = try String(contentsOfFile: AppFixture.panelFile, encoding: .utf8)
            .replacingOccurrences(of: "  - name: 张华\n", with: "  - name: 张华\n    applications: [zz-2024-nope]\n")
            .replacingOccurrences(of: "../applications/", with: AppFixture.root.path + "/Fixtures/applications/")
        try text.write(toFile: panel, atomically: true, encoding: .utf8)
        do {
            try f.makePackages(panel: panel)
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)".contains("panel.yaml:12"))  // the member 张华 starts on line 12
            #expect("\(error)".contains("zz-2024-nope"))
        }
    }

    @Test func attachmentsBesideTheApplicationArePackagedWithTheirHashes() throws {
        let f = try AppFixture()
        let apps = f.path("apps")
        try FileManager.default.createDirectory(atPath: apps + "/zz-2024-s-ciyun", withIntermediateDirectories: true)
        for name in ["zz-2024-w-hengchi.yaml", "zz-2024-s-ciyun.yaml"] {
            try FileManager.default.copyItem(atPath: AppFixture.root.path + "/Fixtures/applications/" + name, toPath: apps + "/" + name)
        }
        try Data("%PDF-1.4 audit".utf8).write(to: URL(fileURLWithPath: apps + "/zz-2024-s-ciyun/附件4 核心装备及服务合同与发票.pdf"))
        let panel = f.path("panel.yaml")
        try String(contentsOfFile: AppFixture.panelFile, encoding: .utf8).replacingOccurrences(of: "../applications/", with: "apps/")
            .write(toFile: panel, atomically: true, encoding: .utf8)
        let result = try f.makePackages(panel: panel)
        let ciyun = try #require(result.packages[0].manifest.applications.first { $0.id == "zz-2024-s-ciyun" })
        #expect(ciyun.attachments == ["applications/zz-2024-s-ciyun/附件4 核心装备及服务合同与发票.pdf"])
        #expect(result.packages[0].manifest.files.contains { $0.path == ciyun.attachments[0] && $0.sha256 == JournalHash.sha256Hex(Array("%PDF-1.4 audit".utf8)) })
        #expect(result.warnings.contains { $0.contains("zz-2024-s-ciyun.yaml") && $0.contains("not packaged") })
        // And it installs, attachment included.
        let installed = try f.install(f.packageFile("r1"), as: "li").package
        #expect(FileManager.default.contents(atPath: installed.file(ciyun.attachments[0])) == Data("%PDF-1.4 audit".utf8))
    }
}
