import Foundation
import PanelistCore
import PanelistStore
#if canImport(Glibc)
import Glibc
#endif

/// `panelist-bench reading`: the journal-reading goals of issue #16, each a ratio measured side by side in one run.
///
/// 1. `panelist journal verify` against `jq -c .` on the same 20,001-record journal (goal: verify ≥ 3× faster);
/// 2. reading, checking and merging 30 reviewers × 200 applications (`panelist-bench _intake`, a child
///    process like `cat`) against `cat` of the same files (goal: within 10×);
/// 3. the peak memory of both against the bytes read (goal: at most 2×).
/// Each command runs `--runs` times (default 5) and the fastest run counts; peak memory is the largest.
enum ReadingBenchmark {
    static func run(arguments: [String]) throws {
        let records = MergeBenchmark.intArg(arguments, "--records") ?? 20_000
        let reviewers = MergeBenchmark.intArg(arguments, "--reviewers") ?? 30
        let applications = MergeBenchmark.intArg(arguments, "--applications") ?? 200
        let runs = MergeBenchmark.intArg(arguments, "--runs") ?? 5
        let rubricPath = MergeBenchmark.stringArg(arguments, "--rubric") ?? "Rubrics/zhejiang-future-factory.yaml"
        let dir = MergeBenchmark.stringArg(arguments, "--dir") ?? NSTemporaryDirectory() + "panelist-bench-reading"
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let binDir = URL(fileURLWithPath: bench).deletingLastPathComponent().path
        let panelist = MergeBenchmark.stringArg(arguments, "--panelist") ?? binDir + "/panelist"
        guard FileManager.default.isExecutableFile(atPath: panelist) else { throw BenchError("no panelist binary at \(panelist); build it or pass --panelist") }
        try AtomicFile.makeDirectory(dir)

        // 1. verify against jq.
        let journal = dir + "/verify-\(records + 1).jsonl"
        if access(journal, F_OK) != 0 { try AtomicFile.write(journal, try verifyJournal(records: records)) }
        let size = try AtomicFile.read(journal).count
        print("journal: \(journal), \(records + 2) records (header, \(records) actions, sign-off), \(String(format: "%.1f", Double(size) / 1_048_576)) MiB")
        let verify = try BenchProcess.best(of: runs, [panelist, "journal", "verify", journal])
        guard verify.status == 0 else { throw BenchError("panelist journal verify exited \(verify.status)") }
        print(line("panelist journal verify", verify))
        if let jq = BenchProcess.which("jq") {
            let jqCost = try BenchProcess.best(of: runs, [jq, "-c", ".", journal])
            print(line("jq -c .", jqCost))
            print(String(format: "ratio: verify is %.2f× as fast as jq -c . (goal ≥ 3)", jqCost.seconds / verify.seconds))
        } else {
            print("jq not installed: the verify ratio is not measured (apt-get install jq)")
        }
        // The process's own memory (runtime, Foundation, the binary): verify of a journal of one record.
        let tiny = dir + "/verify-tiny.jsonl"
        if access(tiny, F_OK) != 0 { try AtomicFile.write(tiny, try verifyJournal(records: 0)) }
        let baseline = try BenchProcess.best(of: runs, [panelist, "journal", "verify", tiny])
        print(String(format: "peak memory of verify: %d KiB, %d KiB above the %d KiB of verifying an empty journal: %.2f× the journal (%d KiB; goal ≤ 2)",
                     verify.maxRSS, verify.maxRSS - baseline.maxRSS, baseline.maxRSS, Double(verify.maxRSS - baseline.maxRSS) / (Double(size) / 1024), size / 1024))

        // 2. merge against cat.
        let mergeDir = dir + "/merge-\(reviewers)x\(applications)"
        try MergeBenchmark.generate(reviewers: reviewers, applications: applications, rubricPath: rubricPath, dir: mergeDir)
        let files = try FileManager.default.contentsOfDirectory(atPath: mergeDir).filter { $0.hasSuffix(".jsonl") }.sorted().map { mergeDir + "/" + $0 }
        var bytes = 0
        for f in files { bytes += try AtomicFile.read(f).count }
        print("merge: \(files.count) journals, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB, rubric \(rubricPath)")
        let cat = try BenchProcess.best(of: runs, ["/bin/cat"] + files)
        print(line("cat", cat))
        let intake = try BenchProcess.best(of: runs, [bench, "_intake", mergeDir, rubricPath])
        guard intake.status == 0 else { throw BenchError("panelist-bench _intake exited \(intake.status)") }
        print(line("read + verify + replay + merge", intake))
        let split = dir + "/intake-split.txt"
        _ = try BenchProcess.run([bench, "_intake", mergeDir, rubricPath], output: split)
        print("  " + ((try? String(contentsOfFile: split, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        print(String(format: "ratio: merge takes %.1f× as long as cat (goal ≤ 10)", intake.seconds / cat.seconds))
        print(String(format: "peak memory of the merge: %.2f× the journals (%d KiB for %d KiB; goal ≤ 2)", Double(intake.maxRSS) / (Double(bytes) / 1024), intake.maxRSS, bytes / 1024))

        // 3. The chair's whole command: `panelist merge` of the same files, writing every report file and form.
        let cliRuns = MergeBenchmark.intArg(arguments, "--cli-runs") ?? 1
        guard cliRuns > 0 else { return }
        let out = dir + "/merge-report"
        let merge = try BenchProcess.best(of: cliRuns, [panelist, "merge"] + files + ["--allow-unknown-keys", "--rubric", rubricPath, "--out", out])
        guard merge.status == 0 else { throw BenchError("panelist merge exited \(merge.status)") }
        var written = 0
        for name in (FileManager.default.enumerator(atPath: out)?.allObjects as? [String]) ?? [] {
            var info = stat()
            if stat(out + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { written += Int(info.st_size) }
        }
        print(line("panelist merge (every output)", merge) + String(format: ", %.0f MiB written", Double(written) / 1_048_576))
        print(String(format: "ratio: panelist merge takes %.1f× as long as cat (goal ≤ 10); peak memory %.2f× the journals (goal ≤ 2)",
                     merge.seconds / cat.seconds, Double(merge.maxRSS) / (Double(bytes) / 1024)))
    }

    static func line(_ what: String, _ c: BenchProcess.Cost) -> String {
        what.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: " %.3f s  (peak RSS %d KiB)", c.seconds, c.maxRSS)
    }

    /// The child process of the merge measurement: reads, checks and merges every journal in a folder.
    static func intakeChild(arguments: [String]) throws {
        guard arguments.count >= 3 else { throw BenchError("usage: panelist-bench _intake DIR RUBRIC") }
        let dir = arguments[1]
        let rubricBytes = try AtomicFile.read(arguments[2])
        guard let rubric = RubricLoader.load(yaml: String(decoding: rubricBytes, as: UTF8.self), file: arguments[2]).rubric else {
            throw BenchError("the rubric does not load")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".jsonl") }.sorted()
        let start = ContinuousClock.now
        var intake = PanelIntake(rubric: rubric, rubricSHA256: JournalHash.sha256Hex(rubricBytes), policy: IntakePolicy())
        intake.addAll(count: files.count) { i in (files[i], (try? AtomicFile.read(dir + "/" + files[i])) ?? []) }
        let report = intake.finish()
        guard report.refused.isEmpty else { throw BenchError("\(report.refused.count) journals refused: \(report.refused.first?.issues.first?.detail ?? "")") }
        let afterIntake = MergeBenchmark.maxRSS()
        let intakeTime = ContinuousClock.now - start
        let merged = PanelMerger.merge(rubric, rubricSHA256: JournalHash.sha256Hex(rubricBytes), intake: report)
        guard merged.applications.count > 0 else { throw BenchError("nothing merged") }
        print("of which: read + verify + replay + validate (intake) \(MergeBenchmark.seconds(intakeTime)) s, PanelMerger \(MergeBenchmark.seconds(ContinuousClock.now - start - intakeTime)) s;"
              + " peak RSS \(afterIntake / 1024) MiB after intake, \(MergeBenchmark.maxRSS() / 1024) MiB after merge (\(report.submissions.count) journals, \(merged.applications.count) applications)")
    }

    /// A signed journal of `records` actions, about 265 bytes a record like the reviewers' journals.
    static func verifyJournal(records: Int) throws -> [UInt8] {
        let key = MergeBenchmark.key(1)
        var time = Date(timeIntervalSince1970: 1_735_689_600)
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "专家甲", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: "bench", sha256: JournalHash.zero),
            application: JournalDocumentRef(id: "bench-app", sha256: JournalHash.zero), tool: "panelist-bench", created: time)
        var last = JournalRecord(seq: 0, time: time, prev: JournalHash.zero, entry: .header(header))
        var out = last.line
        let actions: [JournalAction] = [
            .tick(indicator: "1.2", part: "1", item: "a", on: true),
            .points(indicator: "1.4", part: "1", points: Decimal.exact("6.5")),
            .count(indicator: "1.3", part: "1", line: "A1", count: 2),
            .comment(target: "1.1", text: "成熟度自评二级，现场核验证据基本齐全，数据采集覆盖主要工序。"),
            .evidence(target: "1.1", item: "E1", mark: .seen, note: "原件已核"),
        ]
        for i in 0..<records {
            time = time.addingTimeInterval(1.5)
            last = JournalRecord(seq: last.seq + 1, time: time, prev: last.sum, entry: .action(actions[i % actions.count]))
            out += last.line
        }
        let head = last.sum
        let signoff = JournalRecord(seq: last.seq + 1, time: time, prev: head,
                                    entry: .action(.signoff(head: head, signature: try key.sign(head: head), fingerprint: key.fingerprint)))
        return out + signoff.line
    }
}
