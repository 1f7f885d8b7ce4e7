import Foundation
import PanelistCore
import PanelistStore
#if canImport(Glibc)
import Glibc
#endif

/// `panelist-bench merge`: 30 reviewers × 200 applications of the largest rubric.
///
/// Journals are generated once into a folder (records built with the real record type and
/// signed with real keys, written whole rather than appended with a sync per record, which
/// would only measure the disk). The benchmark then times (1) reading every file's bytes,
/// (2) reading + verifying + replaying + merging, (3) rendering every output, and reports
/// peak memory (getrusage ru_maxrss).
enum MergeBenchmark {
    static func run(arguments: [String]) throws {
        let reviewers = intArg(arguments, "--reviewers") ?? 30
        let applications = intArg(arguments, "--applications") ?? 200
        let rubricPath = stringArg(arguments, "--rubric") ?? "Rubrics/zhejiang-future-factory.yaml"
        let dir = stringArg(arguments, "--dir") ?? NSTemporaryDirectory() + "panelist-bench-merge-\(reviewers)x\(applications)"
        let rubricBytes = try AtomicFile.read(rubricPath)
        let (loaded, diagnostics) = RubricLoader.load(yaml: String(decoding: rubricBytes, as: UTF8.self), file: rubricPath)
        guard let rubric = loaded else { throw BenchError(diagnostics.map(\.description).joined(separator: "\n")) }
        let rubricSHA = JournalHash.sha256Hex(rubricBytes)
        print("rubric \(rubric.id): \(rubric.indicators.count) indicators; \(reviewers) reviewers × \(applications) applications")
        let paths = try generate(reviewers: reviewers, applications: applications, rubricPath: rubricPath, dir: dir)
        let rssBefore = maxRSS()

        // (1) Reading the same bytes.
        var readBytes = 0
        let readStart = ContinuousClock.now
        for p in paths { readBytes += try AtomicFile.read(p).count }
        let readTime = ContinuousClock.now - readStart

        // (2) Read, verify, replay and merge.
        let mergeStart = ContinuousClock.now
        var intake = PanelIntake(rubric: rubric, rubricSHA256: rubricSHA)
        let inputs = paths
        intake.addAll(count: inputs.count) { i in (URL(fileURLWithPath: inputs[i]).lastPathComponent, (try? AtomicFile.read(inputs[i])) ?? []) }
        let checked = intake.finish()
        let intakeTime = ContinuousClock.now - mergeStart
        let report = PanelMerger.merge(rubric, rubricSHA256: rubricSHA, intake: checked)
        let mergeTime = ContinuousClock.now - mergeStart
        let rssMerge = maxRSS()

        // (3) Rendering every output.
        let renderStart = ContinuousClock.now
        var outBytes = 0
        outBytes += PanelMarkdown.render(report, rubric: rubric, lang: .zh).utf8.count
        outBytes += PanelHTML.render(report, rubric: rubric, lang: .zh).utf8.count
        outBytes += PanelCSV.applications(report, rubric: rubric, lang: .zh).utf8.count
        outBytes += PanelCSV.indicators(report, rubric: rubric, lang: .zh).utf8.count
        outBytes += PanelCSV.scores(report, rubric: rubric, lang: .zh).utf8.count
        outBytes += PanelJSON.render(report, rubric: rubric).utf8.count
        outBytes += AgreementMarkdown.render(report, lang: .zh).utf8.count
        let renderTime = ContinuousClock.now - renderStart

        print("journals: \(paths.count), \(readBytes / 1_048_576) MiB; merged \(checked.submissions.count), refused \(checked.refused.count)")
        print("read only:                 \(seconds(readTime)) s")
        print("verify + replay (intake):  \(seconds(intakeTime)) s")
        print("read + verify + merge:     \(seconds(mergeTime)) s  (ratio to reading: \(ratio(mergeTime, readTime))×)")
        print("render all outputs:        \(seconds(renderTime)) s  (\(outBytes / 1_048_576) MiB)")
        print("peak RSS: before merge \(rssBefore / 1024) MiB, after merge \(rssMerge / 1024) MiB, after rendering \(maxRSS() / 1024) MiB")
        if let alpha = report.agreement.totals.alpha { print(String(format: "alpha(totals) = %.3f over %d applications", alpha, report.agreement.totals.units)) }
    }

    /// Writes the synthetic journals into a folder (once: existing files are kept); returns their paths.
    @discardableResult
    static func generate(reviewers: Int, applications: Int, rubricPath: String, dir: String) throws -> [String] {
        let rubricBytes = try AtomicFile.read(rubricPath)
        let (loaded, diagnostics) = RubricLoader.load(yaml: String(decoding: rubricBytes, as: UTF8.self), file: rubricPath)
        guard let rubric = loaded else { throw BenchError(diagnostics.map(\.description).joined(separator: "\n")) }
        let rubricSHA = JournalHash.sha256Hex(rubricBytes)
        var paths: [String] = []
        let genStart = ContinuousClock.now
        var generated = 0
        try AtomicFile.makeDirectory(dir)
        // Journals generated before are reused only when they were made for these very rubric bytes.
        let stamp = dir + "/rubric.sha256"
        if (try? AtomicFile.read(stamp)).map({ String(decoding: $0, as: UTF8.self) }) != rubricSHA {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where file.hasSuffix(".jsonl") { unlink(dir + "/" + file) }
            try AtomicFile.write(stamp, Array(rubricSHA.utf8))
        }
        for a in 0..<applications {
            for r in 0..<reviewers {
                let path = dir + "/A\(pad(a))-R\(pad(r)).jsonl"
                paths.append(path)
                if access(path, F_OK) == 0 { continue }
                try AtomicFile.write(path, journal(rubric: rubric, rubricSHA: rubricSHA, app: a, reviewer: r))
                generated += 1
            }
        }
        if generated > 0 { print("generated \(generated) journals in \(seconds(ContinuousClock.now - genStart)) s into \(dir)") }
        return paths
    }

    /// One synthetic signed journal: points for every manual part, a tick on record checklists, some comments.
    static func journal(rubric: Rubric, rubricSHA: String, app: Int, reviewer: Int) throws -> [UInt8] {
        let key = MergeBenchmark.key(reviewer)
        var time = Date(timeIntervalSince1970: 1_735_689_600 + Double(app * 1000 + reviewer))
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "专家\(reviewer)", id: "R\(pad(reviewer))", publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: rubric.id, sha256: rubricSHA),
            application: JournalDocumentRef(id: "A\(pad(app))", sha256: JournalHash.sha256Hex(Array("application \(app)".utf8))),
            tool: "panelist-bench", created: time)
        var records = [JournalRecord(seq: 0, time: time, prev: JournalHash.zero, entry: .header(header))]
        func add(_ action: JournalAction) {
            time = time.addingTimeInterval(1)
            let last = records[records.count - 1]
            records.append(JournalRecord(seq: last.seq + 1, time: time, prev: last.sum, entry: .action(action)))
        }
        var seed = UInt64(app * 7919 + reviewer * 104_729 + 1)
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(n, 1)))
        }
        let quality = 40 + (app * 37) % 50  // the application's "true" level, % of cap
        for (index, node) in rubric.indicators.enumerated() {
            let cap = node.cap.resolve(nil) ?? 0
            for part in node.parts {
                switch part.rule {
                case .manual(let max, _, _):
                    let limit = Swift.min(max?.resolve(nil) ?? cap, cap)
                    let halves = NSDecimalNumber(decimal: limit * 2).intValue
                    let target = halves * quality / 100 + next(halves / 4 + 1) - halves / 8
                    add(.points(indicator: node.id, part: part.id, points: Decimal(Swift.max(0, Swift.min(halves, target))) / 2))
                case .checklist(.record, let items):
                    if let first = items.first { add(.tick(indicator: node.id, part: part.id, item: first.id, on: true)) }
                default:
                    break
                }
            }
            if index % 10 == 0 { add(.comment(target: node.id, text: "现场核验：材料齐全，第\(index)项符合要求。")) }
        }
        let head = records[records.count - 1].sum
        add(.signoff(head: head, signature: try key.sign(head: head), fingerprint: key.fingerprint))
        var out: [UInt8] = []
        for r in records { out += r.line }
        return out
    }

    static func key(_ n: Int) -> ReviewerKey {
        let raw = Data((0..<32).map { UInt8(($0 * 11 + n * 29 + 3) & 0xFF) })
        return ReviewerKey(privateKey: (try? Curve25519Key.make(raw)) ?? Curve25519Key.random())
    }

    static func pad(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
    static func seconds(_ d: Duration) -> String {
        let c = d.components
        return String(format: "%.3f", Double(c.seconds) + Double(c.attoseconds) / 1e18)
    }
    static func ratio(_ a: Duration, _ b: Duration) -> String {
        let x = Double(a.components.seconds) + Double(a.components.attoseconds) / 1e18
        let y = Double(b.components.seconds) + Double(b.components.attoseconds) / 1e18
        return String(format: "%.1f", y > 0 ? x / y : 0)
    }
    /// Peak resident set size in KiB.
    static func maxRSS() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
    static func intArg(_ args: [String], _ name: String) -> Int? { stringArg(args, name).flatMap { Int($0) } }
    static func stringArg(_ args: [String], _ name: String) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
}
