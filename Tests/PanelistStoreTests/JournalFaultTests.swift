import Foundation
import PanelistCore
@testable import PanelistStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The data-loss defects of issue #16, each as the failure that lost data: a failed fdatasync, a
/// full disk's short write, a second writer through another path, and the batch of an import.
@Suite("Journal under faults: an append lands whole and synced, or the file is as it was")
struct JournalFaultTests {
    let dir = StoreFixture.tempDir()

    func key() throws -> ReviewerKey { try ReviewerKey.loadOrCreate(at: dir + "/config/reviewer.key") }

    func comment(_ n: Int) -> JournalAction { .comment(target: "1.1", text: "第 \(n) 条意见 comment \(n)") }

    /// Parses the file and checks it is sound: no torn tail, no corruption.
    func sound(_ path: String) -> JournalParse {
        let parse = JournalParser.parse(StoreFixture.read(path))
        #expect(parse.corruption == nil, "\(parse.corruption?.description ?? "")")
        #expect(parse.torn == nil, "\(parse.torn?.reason ?? "")")
        #expect(JournalVerifier().verify(parsed: parse).problems.isEmpty)
        return parse
    }

    @Test("a failed fdatasync cuts the record back and refuses appends until reopen; nothing acknowledged is lost")
    func failedSyncIsNotASave() throws {
        let io = FaultIO()
        let journal = try JournalFile.create(path: dir + "/j.jsonl", header: StoreFixture.header(try key()), io: io)
        try journal.append(comment(1))
        let before = StoreFixture.read(journal.path)
        io.arm(.init(call: .fdatasync, nth: 1, errno: EIO))
        do {
            try journal.append(comment(2))
            Issue.record("an append whose fdatasync failed was acknowledged")
        } catch {
            #expect(error.needsReopen)
            #expect(error.en.contains("input/output error (EIO)"), "\(error.en)")
            #expect(!error.en.contains("free disk space") && !error.en.contains("disk is full"), "EIO is not a full disk: \(error.en)")
            #expect(error.zh.contains("输入/输出错误"))
        }
        #expect(StoreFixture.read(journal.path) == before, "the file must be exactly as it was")
        #expect(journal.needsReopen)
        // The screen's next three changes: refused (not "saved") until the journal is reopened and checked.
        for n in 3...5 {
            #expect(throws: StoreError.self) { try journal.append(comment(n)) }
        }
        #expect(StoreFixture.read(journal.path) == before)
        try journal.reopen()
        #expect(!journal.needsReopen)
        for n in 2...4 { try journal.append(comment(n)) }
        journal.close()
        let parse = sound(journal.path)
        #expect(parse.records.compactMap(\.action) == (1...4).map(comment))
        #expect(parse.records.map(\.seq) == Array(0...4))
        _ = try JournalFile.open(path: journal.path)
    }

    @Test("a short write on a full disk leaves no half record: the file is cut back, and later appends follow whole records")
    func shortWriteOnAFullDisk() throws {
        let io = FaultIO()
        let journal = try JournalFile.create(path: dir + "/j.jsonl", header: StoreFixture.header(try key()), io: io)
        for n in 1...3 { try journal.append(comment(n)) }
        let before = StoreFixture.read(journal.path)
        io.arm(.init(call: .write, nth: 1, errno: ENOSPC, short: true))
        do {
            try journal.append(comment(4))
            Issue.record("a short write was acknowledged")
        } catch {
            #expect(error.en.contains("no space left on device (ENOSPC)"), "\(error.en)")
            #expect(error.en.contains("the disk is full"))
            #expect(error.en.contains("try again (the journal is read again and checked before the next save)"))
        }
        #expect(StoreFixture.read(journal.path) == before, "no half record may stay in the file")
        try journal.reopen()
        for n in 4...6 { try journal.append(comment(n)) }
        journal.close()
        #expect(sound(journal.path).records.compactMap(\.action) == (1...6).map(comment))
    }

    @Test("when cutting back fails too, reopen cuts the unacknowledged bytes")
    func cutBackFailsThenReopenRepairs() throws {
        let io = FaultIO()
        let journal = try JournalFile.create(path: dir + "/j.jsonl", header: StoreFixture.header(try key()), io: io)
        try journal.append(comment(1))
        let before = StoreFixture.read(journal.path)
        // fdatasync fails, and so does the ftruncate that would undo the write.
        io.arm(.init(call: .fdatasync, nth: 1, errno: EIO))
        io.failFtruncateAfterFault = true
        #expect(throws: StoreError.self) { try journal.append(comment(2)) }
        #expect(StoreFixture.read(journal.path).count > before.count, "the test needs the record left behind")
        io.failFtruncateAfterFault = false
        try journal.reopen()
        #expect(StoreFixture.read(journal.path) == before)
        try journal.append(comment(2))
        journal.close()
        #expect(sound(journal.path).records.compactMap(\.action) == [comment(1), comment(2)])
    }

    @Test("a batch is one write and one sync: all of it, or none")
    func batchIsAllOrNothing() throws {
        let io = FaultIO()
        let journal = try JournalFile.create(path: dir + "/j.jsonl", header: StoreFixture.header(try key()), io: io)
        let before = StoreFixture.read(journal.path)
        io.arm(nil)
        try journal.append(contentsOf: (1...5).map(comment))
        #expect(io.made[.write] == 1 && io.made[.fdatasync] == 1, "\(io.made)")
        #expect(sound(journal.path).records.count == 6)
        let five = StoreFixture.read(journal.path)
        for fault in [FaultIO.Fault(call: .write, nth: 1, errno: ENOSPC, short: true), .init(call: .fdatasync, nth: 1, errno: EIO)] {
            io.arm(fault)
            do {
                try journal.append(contentsOf: (6...10).map(comment))
                Issue.record("\(fault): acknowledged")
            } catch {
                #expect(error.en.contains("none of the 5 actions was appended"), "\(error.en)")
            }
            #expect(StoreFixture.read(journal.path) == five)
            try journal.reopen()
        }
        #expect(before.count < five.count)
        // A refused action refuses the whole batch before anything is written.
        let validator = ActionValidator(rubric: StoreRubric.rubric, profile: ApplicantProfile())
        journal.validator = validator
        #expect(throws: StoreError.self) { try journal.append(contentsOf: [.comment(target: "1.1", text: "ok"), .count(indicator: "9.9", part: "1", line: "A", count: 1)]) }
        #expect(StoreFixture.read(journal.path) == five)
    }

    @Test("a real full disk: a 64 KiB tmpfs fills during an append; nothing half-written stays, and the journal goes on once space is freed",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func realFullDisk() throws {
        let mount = dir + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard Glibc.mount("tmpfs", mount, "tmpfs", 0, "size=64k,mode=0700") == 0 else { return }  // not permitted here (container)
        defer { _ = umount2(mount, 0) }
        let journal = try JournalFile.create(path: mount + "/j.jsonl", header: StoreFixture.header(try key()))
        // Fill the disk so that little room is left.
        let filler = mount + "/filler"
        let fd = Glibc.open(filler, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while block.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) > 0 {}
        Glibc.close(fd)
        var acknowledged: [JournalAction] = []
        var failure: StoreError?
        for n in 1...200 {
            let action = JournalAction.comment(target: "1.1", text: String(repeating: "满", count: 300) + " \(n)")
            do {
                try journal.append(action)
                acknowledged.append(action)
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure, "the disk never filled")
        #expect(error.system?.code == ENOSPC, "\(error.en)")
        // The failed record is not in the file: every line is whole.
        #expect(sound(journal.path).records.compactMap(\.action) == acknowledged)
        // Space is freed; the journal refuses until reopened, then goes on with whole records.
        unlink(filler)
        #expect(throws: StoreError.self) { try journal.append(comment(1000)) }
        try journal.reopen()
        for n in 1001...1003 {
            try journal.append(comment(n))
            acknowledged.append(comment(n))
        }
        journal.close()
        #expect(sound(journal.path).records.compactMap(\.action) == acknowledged)
        _ = try JournalFile.open(path: journal.path)
    }

    @Test("a second writer is refused through a symlink, a hard link, a relative path, and after the lock note was deleted")
    func oneWriterPerInode() throws {
        let journal = try JournalFile.create(path: dir + "/j.jsonl", header: StoreFixture.header(try key()))
        let symlinkPath = dir + "/link.jsonl"
        let hardlinkPath = dir + "/hard.jsonl"
        #expect(symlink(journal.path, symlinkPath) == 0)
        #expect(link(journal.path, hardlinkPath) == 0)
        unlink(journal.path + ".lock")
        let cwd = FileManager.default.currentDirectoryPath
        defer { _ = chdir(cwd) }
        _ = chdir(dir)
        for other in [journal.path, symlinkPath, hardlinkPath, "j.jsonl", "./hard.jsonl"] {
            do {
                let second = try JournalFile.open(path: other)
                second.close()
                Issue.record("a second writer opened \(other)")
            } catch {
                #expect(error.en.contains("in use by another panelist"), "\(other): \(error.en)")
                #expect(error.en.contains("pid \(getpid())"), "\(other): \(error.en)")
            }
        }
        journal.close()
        let again = try JournalFile.open(path: hardlinkPath)
        again.close()
    }

    @Test("a failed directory sync is an error, not ignored")
    func directorySyncFailureIsReported() throws {
        let io = FaultIO(fault: .init(call: .fsync, nth: 1, errno: EIO))
        do {
            try AtomicFile.write(dir + "/out.txt", text: "x", io: io)  // fsync #1 is the file's
            Issue.record("no error")
        } catch {
            #expect(error.en.contains("syncing"))
        }
        io.arm(.init(call: .fsync, nth: 2, errno: EIO))  // the folder's
        do {
            try AtomicFile.write(dir + "/out.txt", text: "y", io: io)
            Issue.record("a failed folder sync was ignored")
        } catch {
            #expect(error.en.contains("syncing the folder"), "\(error.en)")
            #expect(error.en.contains("input/output error (EIO)"))
        }
    }

    @Test("a read failure names the errno")
    func readFailureNamesTheErrno() throws {
        do {
            _ = try AtomicFile.read(dir + "/missing.jsonl")
            Issue.record("read a missing file")
        } catch {
            #expect(error.en.contains("(ENOENT)"), "\(error.en)")
        }
        do {
            _ = try AtomicFile.read(dir)  // a folder
            Issue.record("read a folder")
        } catch {
            #expect(error.en.contains("(EISDIR)"), "\(error.en)")
        }
    }
}
