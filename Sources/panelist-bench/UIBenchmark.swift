import Foundation
import PanelistCore
import PanelistStore
import PanelistUI

/// `panelist-bench ui`: keystroke-to-frame time on the largest rubric at 200×60, and the
/// time from opening files to the first frame.
enum UIBenchmark {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(arguments: [String]) throws {
        let rubricPath = value(after: "--rubric", in: arguments) ?? "Rubrics/zhejiang-future-factory.yaml"
        let appPath = value(after: "--application", in: arguments) ?? "Fixtures/applications/zj-2024-lanchi.yaml"
        let width = Int(value(after: "--width", in: arguments) ?? "") ?? 200
        let height = Int(value(after: "--height", in: arguments) ?? "") ?? 60
        let keyCount = Int(value(after: "--keys", in: arguments) ?? "") ?? 5000

        // First frame: read and validate the rubric, load the application, create the journal, score, render.
        var firstFrames: [Double] = []
        var screens: [Double] = []
        var model: AppModel?
        for round in 0..<15 {
            let dir = NSTemporaryDirectory() + "panelist-ui-bench-\(UUID().uuidString)"
            let start = DispatchTime.now().uptimeNanoseconds
            let opened = try open(rubricPath: rubricPath, appPath: appPath, journalDirectory: dir)
            let loaded = DispatchTime.now().uptimeNanoseconds
            let m = AppModel(sessions: [opened.session], lang: .zh, ascii: false, width: width, height: height)
            _ = m.render()
            let end = DispatchTime.now().uptimeNanoseconds
            firstFrames.append(Double(end - start) / 1e6)
            screens.append(Double(end - loaded) / 1e6)
            opened.journal.close()
            try? FileManager.default.removeItem(atPath: dir)
            if round == 0 { model = m }
        }
        guard var m = model else { return }

        // Keystrokes: a reviewer's day in miniature — moving, expanding, entering fields, typing a comment.
        let script = keys(count: keyCount)
        var samples: [Double] = []
        var updates: [Double] = []
        var renders: [Double] = []
        samples.reserveCapacity(script.count)
        var seq = 0
        var prev = JournalHash.zero
        for key in script {
            let start = DispatchTime.now().uptimeNanoseconds
            let effects = m.handle(key, now: Date())
            for case .append(let request) in effects {
                // Confirmed as the runner would after the journal's append (the disk write is not timed here).
                seq += 1
                let record = JournalRecord(seq: seq, time: Date(), prev: prev, entry: .action(request.action))
                prev = record.sum
                m.confirmed(request.id, record: record)
            }
            let drawn = DispatchTime.now().uptimeNanoseconds
            _ = m.render()
            let end = DispatchTime.now().uptimeNanoseconds
            samples.append(Double(end - start) / 1e6)
            updates.append(Double(drawn - start) / 1e6)
            renders.append(Double(end - drawn) / 1e6)
        }
        let rubric = m.sessions.first?.rubric
        print("UI benchmark: \(rubric?.id ?? "?") (\(rubric?.indicators.count ?? 0) indicators), \(width)×\(height)")
        print(String(format: "first frame (load rubric + application, create journal, score, render), 15 runs: median %.1f ms, max %.1f ms",
                     percentile(firstFrames, 0.5), firstFrames.max() ?? 0))
        print(String(format: "  of which the screen (model, layout, first render) median %.1f ms", percentile(screens, 0.5)))
        print(String(format: "keystroke to frame, %d keys (%d journaled actions): median %.3f ms, p99 %.3f ms, max %.3f ms",
                     samples.count, seq, percentile(samples, 0.5), percentile(samples, 0.99), samples.max() ?? 0))
        print(String(format: "  of which update (command, layout, scroll) median %.3f ms, p99 %.3f ms; render median %.3f ms, p99 %.3f ms",
                     percentile(updates, 0.5), percentile(updates, 0.99), percentile(renders, 0.5), percentile(renders, 0.99)))
    }

    struct Opened {
        var session: ReviewSession
        var journal: JournalFile
    }

    static func open(rubricPath: String, appPath: String, journalDirectory: String) throws -> Opened {
        let rubricBytes = try AtomicFile.read(rubricPath)
        let (loaded, diagnostics) = RubricLoader.load(yaml: String(decoding: rubricBytes, as: UTF8.self), file: rubricPath)
        guard let rubric = loaded, !RubricValidator.validate(rubric).contains(where: { $0.severity == .error }) else {
            throw Failure(description: diagnostics.map(\.description).joined(separator: "\n"))
        }
        let appBytes = try AtomicFile.read(appPath)
        guard let app = ApplicationLoader.load(yaml: String(decoding: appBytes, as: UTF8.self), file: appPath, rubric: rubric).application else {
            throw Failure(description: "cannot load \(appPath)")
        }
        try StatePaths.makeDirectory(journalDirectory)
        let header = JournalHeader(reviewer: JournalReviewer(name: "bench", id: "bench", publicKey: "", fingerprint: "bench"),
                                   rubric: JournalDocumentRef(id: rubric.id, sha256: JournalHash.sha256Hex(rubricBytes)),
                                   application: JournalDocumentRef(id: app.id, sha256: JournalHash.sha256Hex(appBytes)),
                                   profile: app.profile, tool: "panelist-bench", created: Date())
        let journal = try JournalFile.create(path: journalDirectory + "/bench.jsonl", header: header)
        let session = ReviewSession(review: Review(rubric: rubric, profile: app.profile, facts: app.scoringFacts, state: journal.state),
                                    dossier: DossierText(application: app, rubric: rubric), journalPath: journal.path, reviewerName: "bench")
        return Opened(session: session, journal: journal)
    }

    /// A deterministic mix of keys: tree moves and expansion, panel fields, prompts, comments, search.
    static func keys(count: Int) -> [Key] {
        var out: [Key] = []
        var generator = SplitMix(seed: 2026)
        let comment: [Key] = Array("现场核验：设备联网率与清单一致，数字孪生为三维可视化。").map { .character($0) }
        while out.count < count {
            switch generator.next() % 10 {
            case 0, 1, 2: out += [.down, .down, .right, .down]
            case 3: out += [.up, .left, .up]
            case 4: out += [.tab, .down, .down, .character(" "), .tab, .tab]
            case 5: out += [.character("n")]
            case 6: out += [.tab, .down, .enter, .character("7"), .enter, .tab, .tab]
            case 7: out += [.character("c")] + comment + [.escape]
            case 8: out += [.pageDown, .pageUp, .end, .home]
            default: out += [.character("/")] + Array("数字孪生").map { .character($0) } + [.enter]
            }
        }
        return Array(out.prefix(count))
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }
}

/// A small deterministic random generator for repeatable benchmark scripts.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
