import Foundation
import PanelistCore
import PanelistStore
import Testing

/// Journals that must never be merged silently.
@Suite("Panel intake: refused or admitted by flag")
struct PanelIntakeTests {
    @Test("a journal made under another rubric version is refused unless --allow-rubric-mismatch")
    func rubricVersion() throws {
        let fx = try PanelFixture()
        var paths = try fx.standardBatch()
        paths.append(try fx.journal(6, app: "A3", rubricSHA: String(repeating: "ab", count: 32), PanelFixture.sheet("C", "0", "0", [])))
        let refused = fx.merge(paths)
        let entry = try #require(refused.intake.first { $0.reviewer?.id == "R6" })
        #expect(entry.decision == .refused)
        #expect(entry.issues.map(\.kind) == [.rubricVersion])
        #expect(refused.application("A3")?.reviewers.count == 4)
        #expect(PanelMarkdown.render(refused, rubric: fx.rubric, lang: .en).contains("different rubric version"))
        let admitted = fx.merge(paths, policy: IntakePolicy(allowRubricMismatch: true))
        #expect(admitted.intake.first { $0.reviewer?.id == "R6" }?.decision == .includedByFlag)
        let a3 = try #require(admitted.application("A3"))
        #expect(a3.reviewers.count == 5)
        #expect(a3.reviewers.last?.admitted.map(\.kind) == [.rubricVersion])
        // Five reviewers now: 1.2 = 10 10 9 9 0 → drop 0 and a 10 → (10+9+9)/3 = 9.333… → 9.33.
        #expect(a3.indicator("1.2")?.value == Decimal.exact("9.33"))
    }

    @Test("an unsigned journal is refused unless --allow-unsigned")
    func unsigned() throws {
        let fx = try PanelFixture()
        let p = try fx.journal(1, app: "B1", sign: false, PanelFixture.sheet("A", "5", "5", []))
        let q = try fx.journal(2, app: "B1", PanelFixture.sheet("B", "7", "5", []))
        let refused = fx.merge([p, q])
        #expect(refused.intake.first { $0.reviewer?.id == "R1" }?.decision == .refused)
        #expect(refused.application("B1")?.reviewers.map(\.id) == ["R2"])
        let admitted = fx.merge([p, q], policy: IntakePolicy(allowUnsigned: true))
        // Two reviewers, mean: 1.2 = (5+7)/2 = 6.
        #expect(admitted.application("B1")?.indicator("1.2")?.value == 6)
        #expect(admitted.intake.first { $0.reviewer?.id == "R1" }?.issues.map(\.kind) == [.unsigned])
    }

    @Test("two differing journals of one reviewer for one application (a fork) are both refused unless one is picked")
    func fork() throws {
        let fx = try PanelFixture()
        let a = try fx.journal(1, app: "C1", file: "C1-R1-laptop.jsonl", PanelFixture.sheet("A", "8", "5", []))
        let b = try fx.journal(1, app: "C1", file: "C1-R1-usb.jsonl", PanelFixture.sheet("A", "3", "5", []))
        let c = try fx.journal(2, app: "C1", PanelFixture.sheet("A", "6", "5", []))
        let refused = fx.merge([a, b, c])
        let forks = refused.intake.filter { $0.issues.contains { $0.kind == .fork } }
        #expect(forks.count == 2)
        #expect(forks.allSatisfy { $0.decision == .refused })
        #expect(refused.application("C1")?.reviewers.map(\.id) == ["R2"])
        let picked = fx.merge([a, b, c], policy: IntakePolicy(forkPicks: ["C1-R1-usb.jsonl"]))
        // R1's usb journal (3) and R2 (6): mean 4.5.
        #expect(picked.application("C1")?.indicator("1.2")?.value == Decimal.exact("4.5"))
        #expect(picked.intake.first { $0.file == "C1-R1-laptop.jsonl" }?.decision == .refused)
        #expect(picked.intake.first { $0.file == "C1-R1-usb.jsonl" }?.decision == .includedByFlag)
    }

    @Test("a tampered journal is refused whatever the flags")
    func tampered() throws {
        let fx = try PanelFixture()
        let p = try fx.journal(1, app: "D1", PanelFixture.sheet("A", "3", "5", []))
        let q = try fx.journal(2, app: "D1", PanelFixture.sheet("A", "6", "5", []))
        // Raise R1's points from 3 to 9 in the file without the key: the checksum no longer matches.
        let text = String(decoding: fx.bytes(p), as: UTF8.self).replacingOccurrences(of: "\"points\":\"3\"", with: "\"points\":\"9\"")
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        let all = IntakePolicy(allowUnsigned: true, allowRubricMismatch: true, forkPicks: ["D1-R1.jsonl"])
        let report = fx.merge([p, q], policy: all)
        let entry = try #require(report.intake.first { $0.reviewer?.id == "R1" || $0.file == "D1-R1.jsonl" })
        #expect(entry.decision == .refused)
        #expect(entry.issues.contains { $0.kind == .tampered })
        #expect(report.application("D1")?.reviewers.map(\.id) == ["R2"])
        #expect(PanelMarkdown.render(report, rubric: fx.rubric, lang: .en).contains("tampered"))
    }

    @Test("a journal re-signed by another key is refused")
    func wrongSigner() throws {
        let fx = try PanelFixture()
        let p = try fx.journal(1, app: "E1", sign: false, PanelFixture.sheet("A", "3", "5", []))
        let file = try JournalFile.open(path: p)
        let other = PanelFixture.key(7)
        let head = file.head
        try file.append(.signoff(head: head, signature: try other.sign(head: head), fingerprint: file.header.reviewer.fingerprint))
        file.close()
        let report = fx.merge([p])
        #expect(report.intake.first?.decision == .refused)
        #expect(report.intake.first?.issues.first?.kind == .tampered)
    }

    @Test("a journal of another application version is refused")
    func applicationHash() throws {
        let fx = try PanelFixture()
        let p = try fx.journal(1, app: "F1", PanelFixture.sheet("A", "3", "5", []))
        let q = try fx.journal(2, app: "F1", PanelFixture.sheet("A", "6", "5", []))
        let r = try fx.journal(3, app: "F1", appSHA: String(repeating: "cd", count: 32), PanelFixture.sheet("A", "9", "5", []))
        let report = fx.merge([p, q, r])
        #expect(report.intake.first { $0.reviewer?.id == "R3" }?.issues.map(\.kind) == [.applicationHash])
        #expect(report.application("F1")?.reviewers.map(\.id) == ["R1", "R2"])
    }
}
