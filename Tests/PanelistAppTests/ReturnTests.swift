import Foundation
@testable import PanelistApp
import PanelistCore
import PanelistStore
import Testing

/// `package return` and the checks merge makes of return files against the panel.
@Suite("Package return and merge input")
struct ReturnTests {
    /// A simple filled journal: every gate passed.
    static func gates(_ rubric: Rubric) -> [JournalAction] {
        rubric.gates.map { .gate(gate: $0.id, verdict: .pass, reason: "") }
    }

    /// Installs `slot` for `who`, reviews (signing `sign`), and writes the return; returns its path.
    static func returned(_ f: AppFixture, slot: String, who: String, sign: Set<String>? = nil, partial: Bool = false) throws -> String {
        let package = try f.install(f.packageFile(slot), as: who).package
        try f.review(package, as: who, sign: sign ?? Set(package.manifest.assignment), actions: gates)
        let result = try ReturnBuilder(lang: .en).build(package, key: try f.key(who), partial: partial)
        let out = f.path("\(slot)-\(who).return.zip")
        try AtomicFile.write(out, result.bytes)
        return out
    }

    static func panel() throws -> (plan: PanelPlan, applicationIDs: [String]) { try PanelFiles.loadPanel(AppFixture.panelFile) }

    @Test func returnIsRefusedWhileAnAssignedApplicationIsUnsignedNamingIt() throws {
        let f = try AppFixture()
        try f.makePackages()
        let package = try f.install(f.packageFile("r1"), as: "li").package
        try f.review(package, as: "li", sign: ["zz-2024-w-hengchi"], actions: Self.gates)
        do {
            _ = try ReturnBuilder(lang: .en).build(package, key: try f.key("li"), partial: false)
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)".contains("zz-2024-s-ciyun"))
            #expect(!"\(error)".contains("zz-2024-w-hengchi"))
            #expect("\(error)".contains("--partial"))
        }
        let partial = try ReturnBuilder(lang: .en).build(package, key: try f.key("li"), partial: true)
        #expect(partial.manifest.partial)
        #expect(partial.manifest.journals.map(\.signed) == [true, false])
    }

    @Test func aReturnHoldsJournalsRationaleAndTheKey() throws {
        let f = try AppFixture()
        try f.makePackages()
        let path = try Self.returned(f, slot: "r1", who: "li")
        let r = try ReturnFile.read(path, lang: .en)
        #expect(r.manifest.reviewer == "李明")
        #expect(r.manifest.fingerprint == (try f.key("li")).fingerprint)
        #expect(r.journals.map(\.ref.application) == ["zz-2024-w-hengchi", "zz-2024-s-ciyun"])
        #expect(r.manifest.rationale.count == 4)
        #expect(r.manifest.files.contains { $0.path == "reviewer.pub" })
        let zip = try ZipFile(path: path, limits: .returnFile, lang: .en)
        let text = String(decoding: try zip.read("rationale/zz-2024-w-hengchi-rationale.txt"), as: UTF8.self)
        #expect(text.contains("株洲恒驰"))
        #expect(String(decoding: try zip.read("reviewer.pub"), as: UTF8.self).hasPrefix("panelist-public-key/1 "))
        let check = ReturnCheck.check(files: [path], panel: nil, applicationIDs: [], knownKeys: nil, lang: .en)
        #expect(check.isComplete && check.journals.count == 2)
        #expect(check.journals[0].name == "r1-li.return.zip:journals/zz-2024-w-hengchi.jsonl")
    }

    @Test func threeReturnsAgainstThePanelAreAcceptedAndOneGivenTwiceIsMergedOnce() throws {
        let f = try AppFixture()
        try f.makePackages()
        let files = [try Self.returned(f, slot: "r1", who: "li"), try Self.returned(f, slot: "r2", who: "zhang"), try Self.returned(f, slot: "r3", who: "chen")]
        let panel = try Self.panel()
        let all = ReturnCheck.check(files: files, panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        #expect(all.problems == [])
        #expect(all.journals.count == 5)  // 2 + 2 + 1 (陈静 is conflicted with ciyun)
        let twice = ReturnCheck.check(files: files + [files[0]], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        #expect(twice.problems == [] && twice.duplicates == [files[0]])
    }

    @Test func aPartialReturnCarriesItsUnsignedJournal() throws {
        let f = try AppFixture()
        try f.makePackages()
        let partial = try Self.returned(f, slot: "r1", who: "li", sign: ["zz-2024-w-hengchi"], partial: true)
        let panel = try Self.panel()
        let check = ReturnCheck.check(files: [partial], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        // Accepted as a return; the merge's intake refuses the unsigned journal unless --allow-unsigned.
        #expect(check.problems == [] && check.accepted.count == 1)
        #expect(check.accepted[0].manifest.partial)
        #expect(check.accepted[0].journals.map(\.ref.signed) == [true, false])
    }

    @Test func aReturnForAnotherPanelOrAnotherSlotIsRefused() throws {
        let f = try AppFixture()
        try f.makePackages()
        let li = try Self.returned(f, slot: "r1", who: "li")
        var panel = try Self.panel()
        panel.plan.id = "zz-2024-panel-b"
        let other = ReturnCheck.check(files: [li], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        #expect(other.accepted.isEmpty)
        #expect(other.problems.first?.message.contains("zz-2024-panel-a, not zz-2024-panel-b") == true)
        // 李明 listed second in the office's panel: the return answers r1, his package is now r2.
        var swapped = try Self.panel()
        swapped.plan.reviewers.swapAt(0, 1)
        let wrongSlot = ReturnCheck.check(files: [li], panel: swapped.plan, applicationIDs: swapped.applicationIDs, knownKeys: nil, lang: .en)
        #expect(wrongSlot.problems.first?.message.contains("zz-2024-panel-a-r2") == true)
    }

    @Test func anApplicationTheReviewerWasNotAssignedIsRefused() throws {
        // 陈静's package, made before she declared the conflict, holds ciyun; the panel now says she may not score it.
        let f = try AppFixture()
        let panelBefore = f.path("before.yaml")
        try String(contentsOfFile: AppFixture.panelFile, encoding: .utf8)
            .replacingOccurrences(of: "    conflicts:\n      - application: zz-2024-s-ciyun\n        reason: 曾任该企业技术顾问\n", with: "")
            .replacingOccurrences(of: "../applications/", with: AppFixture.root.path + "/Fixtures/applications/")
            .write(toFile: panelBefore, atomically: true, encoding: .utf8)
        try f.makePackages(panel: panelBefore)
        let chen = try Self.returned(f, slot: "r3", who: "chen")
        let panel = try Self.panel()
        let check = ReturnCheck.check(files: [chen], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        #expect(check.accepted.isEmpty)
        #expect(check.problems.first?.message.contains("not assigned to 陈静: zz-2024-s-ciyun") == true)
    }

    @Test func pinnedKeysAndOneKeyPerReviewerAreChecked() throws {
        let f = try AppFixture()
        try f.makePackages()
        let li = try Self.returned(f, slot: "r1", who: "li")
        let panel = try Self.panel()
        // The office's known-keys file pins another key for 李明.
        let keys = try KnownKeysFile.parse("# office keys\n0000 1111 2222 3333 李明\n", file: "keys.txt")
        let pinned = ReturnCheck.check(files: [li], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: keys, lang: .en)
        #expect(pinned.accepted.isEmpty)
        #expect(pinned.problems.first?.message.contains("0000-1111-2222-3333") == true)
        // The same reviewer's package returned from a second machine (another key): both refused.
        let liAgain = try Self.returned(f, slot: "r1", who: "li-laptop")
        let two = ReturnCheck.check(files: [li, liAgain], panel: panel.plan, applicationIDs: panel.applicationIDs, knownKeys: nil, lang: .en)
        #expect(two.accepted.isEmpty)
        #expect(two.problems.filter { $0.message.contains("different keys") }.count == 2)
    }

    @Test func aTamperedReturnIsRefusedNamingTheFile() throws {
        let f = try AppFixture()
        try f.makePackages()
        let li = try Self.returned(f, slot: "r1", who: "li")
        let bad = f.path("tampered.return.zip")
        try AppFixture.rewrite(li, to: bad) { path, bytes in path == "journals/zz-2024-s-ciyun.jsonl" ? bytes + Array("{}\n".utf8) : bytes }
        let check = ReturnCheck.check(files: [bad], panel: nil, applicationIDs: [], knownKeys: nil, lang: .en)
        #expect(check.accepted.isEmpty)
        #expect(check.problems.first?.message.contains("tampered.return.zip") == true)
        #expect(check.problems.first?.message.contains("journals/zz-2024-s-ciyun.jsonl") == true)
    }

    @Test func knownKeysFilesAllowDashesOrSpacesAndNameTheBadLine() throws {
        let keys = try KnownKeysFile.parse("# keys\n\n3bbe-87f6-e187-2aa9 李明\n3BBE 87F6 E187 2AA8  张华 (TJU)   # note\n", file: "k.txt")
        #expect(keys.entries.map(\.fingerprint) == ["3bbe-87f6-e187-2aa9", "3bbe-87f6-e187-2aa8"])
        #expect(keys.entries.map(\.name) == ["李明", "张华 (TJU)"])
        #expect(throws: AppError.self) { try KnownKeysFile.parse("3bbe-87f6 李明\n", file: "k.txt") }
        do { _ = try KnownKeysFile.parse("\n3bbe87f6e1872aa9\n", file: "k.txt") } catch { #expect("\(error)".contains("k.txt:2")) }
    }
}
