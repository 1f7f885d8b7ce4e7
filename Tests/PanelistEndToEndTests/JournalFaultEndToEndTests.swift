import Foundation
import PanelistCore
import PanelistStore
import Testing

/// The real binary under real faults: strace injects EIO and ENOSPC into its system calls, and a
/// 64 KiB tmpfs fills up under it. Every acknowledged action stays, nothing half-written stays,
/// the journal verifies, and the next open succeeds.
@Suite("End to end: the journal under strace-injected faults and a full disk", .serialized)
struct JournalFaultEndToEndTests {
    static let strace = "/usr/bin/strace"
    static var straceWorks: Bool {
        guard FileManager.default.isExecutableFile(atPath: strace) else { return false }
        // ptrace may be forbidden (some containers): try once.
        return (try? Spawn.run([strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=none", "/bin/true"]).status) == 0
    }

    let cli: PanelistCLI
    let application = "Fixtures/applications/zz-2024-w-hengchi.yaml"

    init() throws { cli = try PanelistCLI(lang: "en_US.UTF-8") }

    /// A journal of the fixture application with the private home's key, as the screen would create it.
    func makeJournal() throws -> String {
        let root = TmuxDriver.root
        let rubricURL = root.appendingPathComponent("Rubrics/zhuzhou-benchmark.yaml")
        let rubricBytes = try AtomicFile.read(rubricURL.path)
        guard let rubric = RubricLoader.load(yaml: String(decoding: rubricBytes, as: UTF8.self), file: rubricURL.path).rubric else {
            throw Spawn.Failure(description: "the zhuzhou rubric does not load")
        }
        let appBytes = try AtomicFile.read(root.appendingPathComponent(application).path)
        guard let app = ApplicationLoader.load(yaml: String(decoding: appBytes, as: UTF8.self), file: application, rubric: rubric).application else {
            throw Spawn.Failure(description: "the fixture application does not load")
        }
        let key = try ReviewerKey.loadOrCreate(at: cli.home + "/config/panelist/reviewer.key")
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "王评审", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: rubric.id, sha256: JournalHash.sha256Hex(rubricBytes)),
            application: JournalDocumentRef(id: app.id, sha256: JournalHash.sha256Hex(appBytes)),
            profile: app.profile, tool: "panelist test", created: Date())
        let path = cli.path("j.jsonl")
        try JournalFile.create(path: path, header: header).close()
        return path
    }

    /// A filled sheet for the journal: comments on every indicator block (long ones when asked).
    func filledSheet(_ journal: String, commentLength: Int = 12) throws -> String {
        let export = try cli.run(["sheet", "export", application, "--journal", journal])
        #expect(export.status == 0, "\(export.output)")
        var n = 0
        let lines = export.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("comment:") else { return String(line) }
            n += 1
            return "comment: 第\(n)条 " + String(repeating: "实", count: commentLength)
        }
        let path = cli.path("sheet.txt")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    @Test("sheet import with fdatasync failing: one write, one sync, nothing appended, the journal as it was",
          .enabled(if: straceWorks, "strace is missing or ptrace is not permitted"))
    func sheetImportUnderInjectedEIO() throws {
        let journal = try makeJournal()
        let sheet = try filledSheet(journal)
        let before = bytes(journal)
        let run = try cli.run(["-f", "-qq", "-o", "/dev/null", "-e", "trace=fdatasync", "-e", "inject=fdatasync:error=EIO:when=1",
                               TmuxDriver.binary, "sheet", "import", sheet, "--journal", journal], prefix: Self.strace)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("input/output error (EIO)"), "\(run.output)")
        #expect(run.output.contains("Nothing was appended"), "\(run.output)")
        #expect(bytes(journal) == before, "the journal must be exactly as it was")
        let verify = try cli.run(["journal", "verify", journal, "--allow-unsigned"])
        #expect(verify.status == 0, "\(verify.output)")
        // Without the fault the same import goes in whole.
        let again = try cli.run(["sheet", "import", sheet, "--journal", journal])
        #expect(again.status == 0, "\(again.output)")
        #expect(again.stdout.contains("actions appended"))
    }

    @Test("a session whose second fdatasync fails and whose later write hits ENOSPC: reported, reopened, retried; every ack is in the journal",
          .enabled(if: straceWorks, "strace is missing or ptrace is not permitted"))
    func writerUnderInjectedFaults() throws {
        let journal = cli.path("w.jsonl")
        let create = try cli.run(["journal", "_crash-writer", journal, "0"])
        #expect(create.status == 0, "\(create.output)")
        var acked: [Int] = []
        for inject in [["-e", "trace=fdatasync", "-e", "inject=fdatasync:error=EIO:when=2"],
                       ["-P", journal, "-e", "trace=write", "-e", "inject=write:error=ENOSPC:when=3"]] {
            let run = try cli.run(["-f", "-qq", "-o", "/dev/null"] + inject + [TmuxDriver.binary, "journal", "_crash-writer", journal, "5", "--retry"],
                                  prefix: Self.strace)
            #expect(run.status == 0, "\(run.output)")
            let fails = run.stdout.split(separator: "\n").filter { $0.hasPrefix("fail ") }
            #expect(fails.count == 1, "\(run.stdout)")
            acked += run.stdout.split(separator: "\n").compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }
        }
        #expect(acked == Array(1...10), "\(acked)")
        let verify = try cli.run(["journal", "verify", journal, "--allow-unsigned"])
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.stdout.contains("Records: 11"), "\(verify.output)")
        let records = JournalParser.parse(bytes(journal)).records
        #expect(records.dropFirst().map(\.action) == (1...10).map { .comment(target: "c", text: "action \($0)") })
        let next = try cli.run(["journal", "_crash-writer", journal, "1"])
        #expect(next.status == 0 && next.stdout.contains("ack 11"), "\(next.output)")
    }

    @Test("the screen under an injected EIO on a save: shown not saved with what to do, the typed figure kept, the retry saved; the journal verifies",
          .enabled(if: straceWorks && TmuxDriver.available, "strace or tmux is missing, or ptrace is not permitted"))
    func screenUnderAnInjectedFault() throws {
        let t = try TmuxDriver()
        let env = ["PATH": "/usr/bin:/bin", "HOME": t.home, "XDG_STATE_HOME": t.home + "/state", "XDG_CONFIG_HOME": t.home + "/config",
                   "LANG": "zh_CN.UTF-8", "TERM": "dumb"]
        // The reviewer's key exists already: the session's fdatasyncs are the journal's creation and then one per save.
        #expect(try Spawn.run([TmuxDriver.binary, "config"], environment: env, directory: TmuxDriver.root.path, stdin: []).status == 0)
        let journals = t.home + "/journals"
        try t.start(["review", "Fixtures/applications/zz-2024-w-hengchi.yaml", "--name", "王评审", "--journal-dir", journals], width: 120, height: 40,
                    prefix: [Self.strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=fdatasync", "-e", "inject=fdatasync:error=EIO:when=3"])
        try t.wait(for: "评分细则 0/", timeout: 30)
        // 1.2 (自评估得分): the first save goes through.
        try t.keys("/"); try t.type("1.2"); try t.keys("Enter", "Tab", "Enter")
        try t.wait(for: "核实数值")
        try t.type("3.62"); try t.keys("Enter")
        try t.wait(for: "= 3.62分")
        // The second save's fdatasync fails: not saved, the cause and what to do, the figure still on the line.
        try t.keys("Enter"); try t.wait(for: "核实数值")
        try t.type("3.9"); try t.keys("Enter")
        let failed = try t.wait(for: "未保存")
        #expect(failed.contains("输入/输出错误（EIO）"), "\(failed)")
        #expect(failed.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains("然后再试一次"), "\(failed)")
        #expect(failed.contains("核实数值（分）：3.9"), "the typed figure is kept: \(failed)")
        // Enter retries: the journal is read again and checked, and the figure is saved.
        try t.keys("Enter")
        try t.wait(for: "与申报书（3.62分）不同，请说明理由")
        try t.type("现场核对得分截图"); try t.keys("Enter")
        try t.wait(for: "已保存")
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        let journal = try #require(FileManager.default.enumerator(atPath: journals)?.compactMap { $0 as? String }.first { $0.hasSuffix(".jsonl") })
        let verify = try Spawn.run([TmuxDriver.binary, "journal", "verify", journals + "/" + journal, "--allow-unsigned"], environment: env,
                                   directory: TmuxDriver.root.path, stdin: [])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let records = JournalParser.parse(bytes(journals + "/" + journal)).records
        let values = records.compactMap { record -> String? in
            if case .number(_, _, let value, _)? = record.action { return value.map { "\($0)" } ?? "-" }
            return nil
        }
        #expect(values.first == "3.62" && values.contains("3.9"), "\(records.map(\.action))")
    }

    @Test("sheet import onto a full 64 KiB tmpfs: nothing appended; once space is freed the same import goes in",
          .enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func sheetImportOnAFullDisk() throws {
        let source = try makeJournal()
        let mount = cli.path("small")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        guard mountTmpfs(mount) else { return }
        defer { _ = umount2(mount, 0) }
        let journal = mount + "/j.jsonl"
        try FileManager.default.copyItem(atPath: source, toPath: journal)
        let sheet = try filledSheet(journal, commentLength: 400)
        // Leave about 16 KiB free: less than the import needs.
        let filler = mount + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        var written = 0
        while written < 44 * 1024, block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 { written += 4096 }
        close(fd)
        let before = bytes(journal)
        let run = try cli.run(["sheet", "import", sheet, "--journal", journal])
        #expect(run.status == 1, "\(run.output)")
        #expect(run.output.contains("(ENOSPC)"), "\(run.output)")
        #expect(run.output.contains("Nothing was appended"), "\(run.output)")
        #expect(bytes(journal) == before)
        unlink(filler)
        let again = try cli.run(["sheet", "import", sheet, "--journal", journal])
        #expect(again.status == 0, "\(again.output)")
        let verify = try cli.run(["journal", "verify", journal, "--allow-unsigned"])
        #expect(verify.status == 0, "\(verify.output)")
    }

    func mountTmpfs(_ path: String) -> Bool { mount("tmpfs", path, "tmpfs", 0, "size=64k,mode=0700") == 0 }

    @Test("journal verify says 'not signed at its head' with exit 1 when the sign-off was removed or edits follow a reopen")
    func verifyRequiresASignedHead() throws {
        let journal = cli.path("v.jsonl")
        #expect(try cli.run(["journal", "_crash-writer", journal, "2", "--sign"]).status == 0)
        #expect(try cli.run(["journal", "verify", journal]).status == 0)
        // Remove the sign-off (the last line).
        var b = bytes(journal)
        b.removeLast()
        while b.last != 0x0A { b.removeLast() }
        let cut = cli.path("cut.jsonl")
        FileManager.default.createFile(atPath: cut, contents: Data(b))
        let removed = try cli.run(["journal", "verify", cut])
        #expect(removed.status == 1, "\(removed.output)")
        #expect(removed.stdout.contains("not signed at its head"), "\(removed.output)")
        #expect(removed.stdout.contains("\(cut):2:") && removed.stdout.contains("\(cut):3:"), "lists what is unsigned: \(removed.output)")
        #expect(try cli.run(["journal", "verify", cut, "--allow-unsigned"]).status == 0)
    }

    @Test("merge refuses unknown keys unless told; a bad known-keys file is refused with its line")
    func mergeKnownKeys() throws {
        let journal = try makeJournal()
        let sheet = try filledSheet(journal)
        #expect(try cli.run(["sheet", "import", sheet, "--journal", journal]).status == 0)
        let key = try ReviewerKey.loadOrCreate(at: cli.home + "/config/panelist/reviewer.key")
        let file = try JournalFile.open(path: journal)
        try file.signOff(with: key)
        file.close()
        let refused = try cli.run(["merge", journal, "--out", cli.path("out1")])
        #expect(refused.status == 1, "\(refused.output)")
        #expect(refused.output.contains("unknown key"), "\(refused.output)")
        let flagged = try cli.run(["merge", journal, "--out", cli.path("out2"), "--allow-unknown-keys"])
        #expect(flagged.status == 0, "\(flagged.output)")
        let keys = cli.path("keys.txt")
        try "# panel\n\(key.fingerprint) 王评审\n".write(toFile: keys, atomically: true, encoding: .utf8)
        let known = try cli.run(["merge", journal, "--out", cli.path("out3"), "--known-keys", keys])
        #expect(known.status == 0, "\(known.output)")
        #expect(!known.output.contains("unknown key"))
        try "\(key.fingerprint) 王评审\nnot-a-key\n".write(toFile: keys, atomically: true, encoding: .utf8)
        let bad = try cli.run(["merge", journal, "--out", cli.path("out4"), "--known-keys", keys])
        #expect(bad.status != 0)
        #expect(bad.output.contains("keys.txt:2:1:"), "\(bad.output)")
    }
}

extension PanelistCLI {
    /// Runs another program (strace) in front of arguments, in the same private home.
    func run(_ arguments: [String], prefix: String) throws -> Spawn.Result {
        try Spawn.run([prefix] + arguments, environment: environment, directory: TmuxDriver.root.path)
    }
}

/// `chair heads` through the real binary: the chair records what was merged; a copy cut back to an
/// earlier sign-off is refused by a later merge.
@Suite("End to end: the chair's record of merged heads refuses a rolled-back journal")
struct ChairHeadsEndToEndTests {
    @Test func rollbackIsRefusedAfterTheChairRecordedTheHead() throws {
        let t = try JournalFaultEndToEndTests()
        let cli = t.cli
        let journal = try t.makeJournal()
        let sheet = try t.filledSheet(journal)
        #expect(try cli.run(["sheet", "import", sheet, "--journal", journal]).status == 0)
        let key = try ReviewerKey.loadOrCreate(at: cli.home + "/config/panelist/reviewer.key")
        var file = try JournalFile.open(path: journal)
        try file.signOff(with: key)
        file.close()
        let firstSignOff = t.bytes(journal).count
        file = try JournalFile.open(path: journal)
        try file.append(.reopen(reason: "复核"))
        try file.append(.comment(target: "", text: "复核后的总体意见"))
        try file.signOff(with: key)
        file.close()

        let chair = cli.path("chair.jsonl")
        let chairKey = cli.path("chair.key")
        let initRun = try cli.run(["chair", "init", "--journal", chair, "--rubric", "zhuzhou-benchmark", "--name", "组长", "--key", chairKey])
        #expect(initRun.status == 0, "\(initRun.output)")
        let keys = cli.path("keys.txt")
        try "\(key.fingerprint) 王评审\n\(try ReviewerKey.load(chairKey).fingerprint) 组长\n".write(toFile: keys, atomically: true, encoding: .utf8)
        let heads = try cli.run(["chair", "heads", "--journal", chair, journal, "--known-keys", keys, "--sign", "--key", chairKey])
        #expect(heads.status == 0, "\(heads.output)")
        #expect(heads.stdout.contains("Recorded the heads of 1 journal(s)"), "\(heads.output)")

        let cut = cli.path("cut.jsonl")
        FileManager.default.createFile(atPath: cut, contents: Data(t.bytes(journal).prefix(firstSignOff)))
        #expect(try cli.run(["journal", "verify", cut]).status == 0, "the cut copy verifies on its own")
        let rolled = try cli.run(["merge", cut, "--chair", chair, "--known-keys", keys, "--out", cli.path("out-cut")])
        #expect(rolled.status == 1, "\(rolled.output)")
        #expect(rolled.output.contains("older than the head the chair recorded"), "\(rolled.output)")
        let full = try cli.run(["merge", journal, "--chair", chair, "--known-keys", keys, "--out", cli.path("out-full")])
        #expect(full.status == 0, "\(full.output)")
    }
}
