import Foundation
import PanelistCore
import PanelistStore
import Testing

/// Forgery and rollback at intake (issue #16): re-keyed journals, unknown keys, two keys for one
/// name, journals cut back to an earlier sign-off, copies that are prefixes of others, and
/// signed records the rubric refuses.
@Suite("Panel intake: forged, rolled back and invalid journals are never merged")
struct IntakeForgeryTests {
    /// Intake over paths with the rubric's checks, as the merge command runs it.
    func intake(_ fx: PanelFixture, _ paths: [String], policy: IntakePolicy = IntakePolicy(), chair: String? = nil) -> IntakeReport {
        var intake = PanelIntake(rubric: fx.rubric, rubricSHA256: fx.rubricSHA, policy: policy)
        if let chair { intake.addChair(file: URL(fileURLWithPath: chair).lastPathComponent, bytes: fx.bytes(chair)) }
        let inputs = paths
        intake.addAll(count: inputs.count) { i in (URL(fileURLWithPath: inputs[i]).lastPathComponent, Array(FileManager.default.contents(atPath: inputs[i]) ?? Data())) }
        return intake.finish()
    }

    func entry(_ report: IntakeReport, _ file: String) -> IntakeEntry? { report.entries.first { $0.file == file } }

    /// A journal that names reviewer n but is keyed and signed with another key (a forger's).
    func forged(_ fx: PanelFixture, as n: Int, key forger: Int, app: String, _ actions: [JournalAction]) throws -> String {
        let key = PanelFixture.key(forger)
        let path = fx.dir + "/\(app)-R\(n)-forged.jsonl"
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "专家\(n)", id: "R\(n)", publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: fx.rubric.id, sha256: fx.rubricSHA),
            application: JournalDocumentRef(id: app, sha256: JournalHash.sha256Hex(Array("application \(app)".utf8))),
            tool: "panelist test", created: Date(timeIntervalSince1970: 1_735_689_600))
        let j = try JournalFile.create(path: path, header: header)
        for a in actions { try j.append(a) }
        try j.signOff(with: key)
        j.close()
        return path
    }

    @Test("a re-keyed, re-signed journal beside the genuine one: two keys for one name, both refused")
    func twoKeysForOneName() throws {
        let fx = try PanelFixture()
        let genuine = try fx.journal(1, app: "A1", PanelFixture.sheet("A", "5", "5", []))
        let fake = try forged(fx, as: 1, key: 66, app: "A1", PanelFixture.sheet("A", "10", "10", ["a", "b"]))
        let other = try fx.journal(2, app: "A1", PanelFixture.sheet("B", "6", "6", []))
        let report = intake(fx, [genuine, fake, other])
        #expect(entry(report, "A1-R1.jsonl")?.decision == .refused)
        #expect(entry(report, "A1-R1-forged.jsonl")?.decision == .refused)
        #expect(entry(report, "A1-R1-forged.jsonl")?.issues.map(\.kind) == [.twoKeys])
        #expect(report.submissions.map(\.header.reviewer.name) == ["专家2"], "the same name is never counted twice")

        // With the known keys, the forger's key is unknown and the genuine journal is merged.
        let known = KnownKeys(entries: [.init(fingerprint: PanelFixture.key(1).fingerprint, name: "专家1"),
                                        .init(fingerprint: PanelFixture.key(2).fingerprint, name: "专家2")])
        let checked = intake(fx, [genuine, fake, other], policy: IntakePolicy(knownKeys: known))
        #expect(entry(checked, "A1-R1-forged.jsonl")?.issues.map(\.kind) == [.unknownKey])
        #expect(entry(checked, "A1-R1-forged.jsonl")?.decision == .refused)
        #expect(entry(checked, "A1-R1.jsonl")?.decision == .included)
        // Admitting unknown keys brings the two keys for one name back: both refused again.
        let admitted = intake(fx, [genuine, fake, other], policy: IntakePolicy(knownKeys: known, allowUnknownKeys: true))
        #expect(entry(admitted, "A1-R1.jsonl")?.decision == .refused)
        #expect(entry(admitted, "A1-R1-forged.jsonl")?.decision == .refused)
    }

    @Test("unknown keys are refused unless told; a key known as another person's is refused whatever the flags")
    func knownKeys() throws {
        let fx = try PanelFixture()
        let p = try fx.journal(1, app: "B1", PanelFixture.sheet("A", "5", "5", []))
        let q = try fx.journal(2, app: "B1", PanelFixture.sheet("B", "7", "5", []))
        let empty = intake(fx, [p, q], policy: IntakePolicy(knownKeys: KnownKeys()))
        #expect(empty.submissions.isEmpty)
        #expect(empty.entries.allSatisfy { $0.issues.map(\.kind) == [.unknownKey] })
        let flagged = intake(fx, [p, q], policy: IntakePolicy(knownKeys: KnownKeys(), allowUnknownKeys: true))
        #expect(flagged.entries.allSatisfy { $0.decision == .includedByFlag })
        let swapped = KnownKeys(entries: [.init(fingerprint: PanelFixture.key(1).fingerprint, name: "专家2"),
                                          .init(fingerprint: PanelFixture.key(2).fingerprint, name: "专家1")])
        let wrong = intake(fx, [p, q], policy: IntakePolicy(knownKeys: swapped, allowUnknownKeys: true))
        #expect(wrong.entries.allSatisfy { $0.issues.map(\.kind) == [.keyOfAnother] && $0.decision == .refused })
    }

    /// R1's journal: signed, reopened, changed and signed again. Returns the path and the byte length up to the first sign-off.
    func resigned(_ fx: PanelFixture, app: String) throws -> (String, Int) {
        let path = try fx.journal(1, app: app, PanelFixture.sheet("A", "5", "5", []))
        let firstLength = fx.bytes(path).count
        let j = try JournalFile.open(path: path)
        j.validator = ActionValidator(rubric: fx.rubric, profile: ApplicantProfile())
        try j.append(.reopen(reason: "复核后调整"))
        try j.append(.points(indicator: "1.2", part: "1", points: 9))
        try j.signOff(with: PanelFixture.key(1))
        j.close()
        return (path, firstLength)
    }

    @Test("a journal cut back to its first sign-off is refused once the chair recorded a later head; a second sign-off supersedes the first")
    func rollbackAgainstTheChairsRecord() throws {
        let fx = try PanelFixture()
        let (path, firstLength) = try resigned(fx, app: "C1")
        let q = try fx.journal(2, app: "C1", PanelFixture.sheet("B", "7", "5", []))
        // The chair merges, records the heads of what was merged, and signs.
        let first = intake(fx, [path, q])
        #expect(first.submissions.count == 2)
        let r1 = try #require(first.submissions.first { $0.header.reviewer.id == "R1" })
        #expect(r1.state.inputs[indicator: "1.2"].manual["1"] == 9, "the second sign-off's state is the one merged")
        let chair = try fx.chairJournal([.heads(journals: first.submissions.map(\.mergedHead))])
        // The reviewer's journal is cut back to its first sign-off: a valid, signed, shorter chain.
        let cut = fx.dir + "/C1-R1-old.jsonl"
        FileManager.default.createFile(atPath: cut, contents: Data(fx.bytes(path).prefix(firstLength)))
        #expect(JournalVerifier().verify(fx.bytes(cut)).signedAtHead, "the cut copy verifies on its own")
        let later = intake(fx, [cut, q], chair: chair)
        #expect(later.chair?.entry.decision == .included)
        #expect(entry(later, "C1-R1-old.jsonl")?.decision == .refused)
        #expect(entry(later, "C1-R1-old.jsonl")?.issues.map(\.kind) == [.rolledBack])
        #expect(later.submissions.map(\.header.reviewer.id) == ["R2"])
        // The full journal still goes in.
        let again = intake(fx, [path, q], chair: chair)
        #expect(again.submissions.count == 2)
    }

    @Test("a journal that is a byte prefix of another of the same reviewer and application is superseded, not a fork")
    func prefixIsSuperseded() throws {
        let fx = try PanelFixture()
        let (path, firstLength) = try resigned(fx, app: "D1")
        let cut = fx.dir + "/D1-R1-usb.jsonl"
        FileManager.default.createFile(atPath: cut, contents: Data(fx.bytes(path).prefix(firstLength)))
        let report = intake(fx, [cut, path])
        #expect(entry(report, "D1-R1-usb.jsonl")?.decision == .superseded)
        #expect(entry(report, "D1-R1-usb.jsonl")?.issues.first?.detail.contains("D1-R1.jsonl") == true)
        #expect(entry(report, "D1-R1.jsonl")?.decision == .included)
        #expect(report.refused.isEmpty)
        // A true divergence stays a fork.
        let other = try fx.journal(1, app: "D1", file: "D1-R1-laptop.jsonl", PanelFixture.sheet("C", "1", "1", []))
        let fork = intake(fx, [cut, path, other])
        #expect(entry(fork, "D1-R1-usb.jsonl")?.decision == .superseded)
        #expect(entry(fork, "D1-R1.jsonl")?.issues.map(\.kind) == [.fork])
        #expect(entry(fork, "D1-R1-laptop.jsonl")?.issues.map(\.kind) == [.fork])
    }

    @Test("signed records the rubric refuses (a negative count, unknown indicators or items) are not merged")
    func invalidRecordsAreRefused() throws {
        let fx = try PanelFixture()
        let bad: [[JournalAction]] = [
            [.points(indicator: "1.2", part: "1", points: -5)],
            [.points(indicator: "9.9", part: "1", points: 5)],
            [.tick(indicator: "2.1", part: "1", item: "zz", on: true)],
            [.points(indicator: "1.2", part: "1", points: 50)],
            [.scenarios(ids: [], other: Int.max)],
        ]
        for (i, actions) in bad.enumerated() {
            // Written without a validator, as a forger would; signed with the genuine key.
            let key = PanelFixture.key(1)
            let path = fx.dir + "/E\(i)-R1.jsonl"
            let header = JournalHeader(
                reviewer: JournalReviewer(name: "专家1", id: "R1", publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
                rubric: JournalDocumentRef(id: fx.rubric.id, sha256: fx.rubricSHA),
                application: JournalDocumentRef(id: "E\(i)", sha256: JournalHash.sha256Hex(Array("application E\(i)".utf8))),
                tool: "panelist test", created: Date(timeIntervalSince1970: 1_735_689_600))
            let j = try JournalFile.create(path: path, header: header)
            for a in actions { try j.append(a) }
            try j.signOff(with: key)
            j.close()
            #expect(JournalVerifier().verify(fx.bytes(path)).isValid, "the chain and signature are sound")
            let report = intake(fx, [path], policy: IntakePolicy(allowUnsigned: true, allowRubricMismatch: true, allowUnknownKeys: true))
            #expect(report.entries.first?.decision == .refused, "\(actions)")
            #expect(report.entries.first?.issues.map(\.kind) == [.invalidAction], "\(actions)")
            #expect(report.entries.first?.issues.first?.detail.hasPrefix("line 2:") == true)
            // The Chinese report gives the line and the validator's reason in Chinese.
            let zh = try #require(report.entries.first.map { PanelFormat(rubric: fx.rubric, lang: .zh).issues($0) })
            #expect(zh.hasPrefix("含有不符合评分细则的记录：第 2 行："), "\(zh)")
            #expect(!zh.contains("line 2"), "\(zh)")
        }
    }

    @Test("unsigned edits after a reopen are not signed at the head")
    func unsignedTail() throws {
        let fx = try PanelFixture()
        let path = try fx.journal(1, app: "F1", PanelFixture.sheet("A", "5", "5", []))
        let j = try JournalFile.open(path: path)
        try j.append(.reopen(reason: "再看一下"))
        try j.append(.points(indicator: "1.2", part: "1", points: 8))
        j.close()
        let verification = JournalVerifier().verify(fx.bytes(path))
        #expect(verification.isValid)
        #expect(!verification.signedAtHead)
        #expect(verification.unsignedLines.count == 2)
        let report = intake(fx, [path])
        #expect(report.entries.first?.issues.map(\.kind) == [.unsigned])
        #expect(report.entries.first?.issues.first?.detail.contains("not signed at its head") == true)
        // A removed sign-off: the signed journal without its last line.
        let full = try fx.journal(2, app: "F1", PanelFixture.sheet("B", "6", "6", []))
        var bytes = fx.bytes(full)
        bytes.removeLast()
        while bytes.last != 0x0A { bytes.removeLast() }
        #expect(!JournalVerifier().verify(bytes).signedAtHead)
    }
}
