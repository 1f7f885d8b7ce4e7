import Foundation
import PanelistCore
import PanelistStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Journal files: durability, recovery, locking, permissions")
struct JournalFileTests {
    let dir = StoreFixture.tempDir()

    func key() throws -> ReviewerKey { try ReviewerKey.loadOrCreate(at: dir + "/config/panelist/reviewer.key") }

    func newJournal(_ name: String = "j.jsonl") throws -> JournalFile {
        try JournalFile.create(path: dir + "/state/journals/app-1/" + name, header: StoreFixture.header(try key()))
    }

    @Test func replayEqualsAcknowledgedActions() throws {
        let journal = try newJournal()
        var acknowledged: [JournalAction] = []
        for action in [JournalAction.choose(indicator: "1.1", part: "1", option: "A"),
                       .tick(indicator: "1.2", part: "1", item: "a", on: true),
                       .points(indicator: "1.4", part: "1", points: Decimal.exact("7.5")),
                       .comment(target: "", text: "总体意见\n第二行")] {
            let record = try journal.append(action)
            #expect(record.action == action)
            acknowledged.append(action)
        }
        let path = journal.path
        let live = journal.state
        journal.close()
        let reopened = try JournalFile.open(path: path)
        #expect(reopened.state == live)
        let parsed = JournalParser.parse(StoreFixture.read(path))
        #expect(parsed.records.compactMap(\.action) == acknowledged)
        #expect(reopened.recovery == nil)
    }

    @Test func filesAreOwnerOnly() throws {
        let journal = try newJournal()
        try journal.append(.comment(target: "", text: "x"))
        #expect(StoreFixture.mode(journal.path) == 0o600)
        #expect(StoreFixture.mode(journal.path + ".lock") == 0o600)
        #expect(StoreFixture.mode(dir + "/state/journals/app-1") == 0o700)
        #expect(StoreFixture.mode(dir + "/state/journals") == 0o700)
        #expect(StoreFixture.mode(dir + "/config/panelist") == 0o700)
        #expect(StoreFixture.mode(dir + "/config/panelist/reviewer.key") == 0o600)
    }

    @Test func xdgPathsAndOverride() {
        let p = StatePaths.fromEnvironment(["HOME": "/home/u"])
        #expect(p.stateDirectory == "/home/u/.local/state/panelist")
        #expect(p.configDirectory == "/home/u/.config/panelist")
        let q = StatePaths.fromEnvironment(["HOME": "/home/u", "XDG_STATE_HOME": "/s", "XDG_CONFIG_HOME": "/c"])
        #expect(q.journalPath(application: "app/1", reviewer: "r1") == "/s/panelist/journals/app_1/r1.jsonl")
        #expect(q.keyPath == "/c/panelist/reviewer.key")
        #expect(StatePaths.fromEnvironment(["HOME": "/h", "PANELIST_JOURNALS": "/x"]).stateDirectory == "/x")
    }

    @Test func keyIsStableAcrossLoads() throws {
        let a = try key()
        let b = try key()
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.fingerprint.count == 19)
    }

    @Test func tornTailAtEveryByteOffsetIsRecovered() throws {
        let journal = try newJournal()
        for n in 0..<3 { try journal.append(.count(indicator: "1.3", part: "1", line: "A1", count: n)) }
        let goodState = journal.state
        let last = try journal.append(.comment(target: "1.1", text: "最后一条 last"))
        let path = journal.path
        journal.close()
        let full = StoreFixture.read(path)
        let good = Array(full.dropLast(last.line.count))
        for cut in 1..<last.line.count {
            let sub = dir + "/torn-\(cut).jsonl"
            FileManager.default.createFile(atPath: sub, contents: Data(good + last.line[0..<cut]))
            let opened = try JournalFile.open(path: sub)
            #expect(opened.state.inputs == goodState.inputs, "cut \(cut)")
            #expect(opened.state.lastSeq == 3)
            let recovery = try #require(opened.recovery, "cut \(cut)")
            #expect(recovery.line == 5)
            #expect(StoreFixture.read(recovery.sideFile) == Array(last.line[0..<cut]))
            #expect(StoreFixture.mode(recovery.sideFile) == 0o600)
            #expect(StoreFixture.read(sub) == good)
            // The journal continues from the good prefix.
            try opened.append(.comment(target: "", text: "after recovery"))
            opened.close()
            #expect(JournalParser.parse(StoreFixture.read(sub)).corruption == nil)
        }
    }

    @Test func corruptionInTheMiddleIsRefusedWithTheLine() throws {
        let journal = try newJournal()
        for n in 0..<4 { try journal.append(.count(indicator: "1.3", part: "1", line: "A1", count: n)) }
        let path = journal.path
        journal.close()
        var text = String(decoding: StoreFixture.read(path), as: UTF8.self)
        text = text.replacingOccurrences(of: #""count":1"#, with: #""count":7"#)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let before = StoreFixture.read(path)
        do {
            _ = try JournalFile.open(path: path)
            Issue.record("a corrupt journal was opened")
        } catch {
            #expect(error.en.contains("\(path):3:"))
            #expect(error.en.contains("salvage"))
            #expect(error.zh.contains("第 3 行"))
        }
        #expect(StoreFixture.read(path) == before, "refusing must not change the file")
        let report = try JournalSalvage.salvage(source: path, output: dir + "/salvaged.jsonl")
        #expect(report.keptRecords == 2)
        #expect(report.droppedLines == 3)
        #expect(StoreFixture.read(path) == before)
        #expect(try JournalFile.open(path: dir + "/salvaged.jsonl").state.lastSeq == 1)
        #expect(throws: StoreError.self) { try JournalSalvage.salvage(source: path, output: dir + "/salvaged.jsonl") }
        #expect(throws: StoreError.self) { try JournalSalvage.salvage(source: path, output: path) }
    }

    @Test func secondWriterInTheSameProcessIsRefused() throws {
        let journal = try newJournal()
        do {
            _ = try JournalFile.open(path: journal.path)
            Issue.record("a second open file description got the lock")
        } catch {
            #expect(error.en.contains("pid \(getpid())"))
            #expect(error.en.contains("on host \(StoreFixture.hostName)"), "\(error.en)")
            #expect(error.zh.contains("主机 \(StoreFixture.hostName)"), "\(error.zh)")
        }
        journal.close()
        let again = try JournalFile.open(path: journal.path)
        again.close()
    }

    @Test func secondWriterInAnotherProcessIsRefused() throws {
        let journal = try newJournal()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: StoreFixture.binary)
        process.arguments = ["journal", "_crash-writer", journal.path, "1"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(message.contains("pid \(getpid())"), "\(message)")
        journal.close()
    }

    @Test func rubricChangeIsRefusedAndExplained() throws {
        let journal = try newJournal()
        let path = journal.path
        journal.close()
        do {
            _ = try JournalFile.open(path: path, rubricSHA256: JournalHash.sha256Hex(Array("rubric v2".utf8)))
            Issue.record("opened against a changed rubric")
        } catch {
            #expect(error.en.contains("changed after the journal was created"))
        }
        _ = try JournalFile.open(path: path, rubricSHA256: JournalHash.sha256Hex(Array("rubric".utf8)))
    }

    @Test func signOffThenOnlyReopen() throws {
        let journal = try newJournal()
        try journal.append(.comment(target: "", text: "done"))
        let signoff = try journal.signOff(with: try key())
        #expect(throws: StoreError.self) { try journal.append(.comment(target: "", text: "late")) }
        try journal.append(.reopen(reason: "补充"))
        try journal.append(.comment(target: "", text: "late"))
        try journal.signOff(with: try key())
        let result = JournalVerifier(expectedKeys: [try key().fingerprint]).verify(StoreFixture.read(journal.path))
        #expect(result.isValid, "\(result.problems)")
        #expect(result.signers.count == 2)
        #expect(result.signers[0].head == signoff.prev)
        let stranger = ReviewerKey(privateKey: .init())
        #expect(throws: StoreError.self) { try journal.signOff(with: stranger) }
    }
}
