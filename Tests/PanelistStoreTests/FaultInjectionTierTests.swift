import Foundation
import PanelistCore
import PanelistStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The fault-injection tier: a scripted reviewer session (create, appends, the view file, a sheet
/// import's batch, sign-off, reopen, close and open again) is run once to count its system calls,
/// then once per call with ENOSPC, then EIO (and a short write for writes) injected into that
/// call. After each run: the journal verifies, every acknowledged action is in it and nothing
/// else, and the next open succeeds. The session behaves like the screen: a failed step is
/// reported, the journal is reopened if it asks for it, and the step is tried again.
@Suite("Fault-injection tier: ENOSPC and EIO in every write, fdatasync, open and rename of a session")
struct FaultInjectionTierTests {
    /// One run of the scripted session.
    final class Session {
        let path: String
        let io: FaultIO
        let key: ReviewerKey
        var journal: JournalFile?
        var acknowledged: [JournalAction] = []
        var failures: [String] = []
        var views: [[UInt8]] = []

        init(dir: String, io: FaultIO, key: ReviewerKey) {
            path = dir + "/journals/app-1/j.jsonl"
            self.io = io
            self.key = key
        }

        /// A step, tried up to three times as the screen would offer it again.
        func attempt<T>(_ what: String, _ body: () throws(StoreError) -> T) -> T? {
            for _ in 0..<3 {
                do { return try body() } catch {
                    failures.append("\(what): \(error.en)")
                    if let journal, journal.needsReopen {
                        do { try journal.reopen() } catch { failures.append("reopen: \(error.en)") }
                    }
                }
            }
            return nil
        }

        func open() -> JournalFile? {
            attempt("open") { () throws(StoreError) -> JournalFile in
                if access(path, F_OK) == 0 { return try JournalFile.open(path: path, io: io) }
                return try JournalFile.create(path: path, header: StoreFixture.header(key), io: io)
            }
        }

        func append(_ action: JournalAction) {
            guard let journal else { return }
            if let record = attempt("append") { () throws(StoreError) -> JournalRecord in try journal.append(action) } {
                acknowledged.append(record.action ?? action)
            }
        }

        func run() {
            journal = open()
            guard let journal else { return }
            append(.choose(indicator: "1.1", part: "1", option: "A"))
            append(.points(indicator: "1.2", part: "1", points: Decimal.exact("3.79999999999")))
            append(.comment(target: "1.1", text: "现场核验：材料齐全"))
            let view = Array(#"{"selected":"1.2"}"#.utf8)
            views.append(view)
            _ = attempt("view") { () throws(StoreError) in try AtomicFile.write(path + ".view.json", view, io: io) }
            let batch: [JournalAction] = [.points(indicator: "1.2", part: "1", points: 7), .comment(target: "", text: "总体意见"),
                                          .choose(indicator: "1.1", part: "1", option: "B")]
            if attempt("batch", { () throws(StoreError) in try journal.append(contentsOf: batch) }) != nil { acknowledged += batch }
            if let record = attempt("signoff", { () throws(StoreError) in try journal.signOff(with: key) }), let action = record.action {
                acknowledged.append(action)
            }
            append(.reopen(reason: "补充意见"))
            append(.comment(target: "1.2", text: "补充"))
            journal.close()
            self.journal = open()
            append(.comment(target: "", text: "再次打开后"))
            self.journal?.close()
        }
    }

    func runSession(_ fault: FaultIO.Fault?) throws -> (Session, FaultIO) {
        let dir = StoreFixture.tempDir()
        let key = try ReviewerKey.loadOrCreate(at: dir + "/reviewer.key")
        let io = FaultIO()
        io.arm(fault)
        let session = Session(dir: dir, io: io, key: key)
        session.run()
        return (session, io)
    }

    @Test func everyFaultLeavesASoundJournalWithEveryAcknowledgedAction() throws {
        let (dry, counter) = try runSession(nil)
        #expect(dry.failures.isEmpty, "\(dry.failures)")
        let counts = counter.made
        #expect((counts[.write] ?? 0) >= 8 && (counts[.fdatasync] ?? 0) >= 8 && (counts[.open] ?? 0) >= 4 && (counts[.rename] ?? 0) >= 1, "\(counts)")
        var runs = 0
        var fired = 0
        for call in [FaultIO.Call.write, .fdatasync, .open, .rename, .fsync, .link] {
            for nth in 1...(counts[call] ?? 0) {
                var faults = [ENOSPC, EIO].map { FaultIO.Fault(call: call, nth: nth, errno: $0) }
                if call == .write { faults.append(.init(call: .write, nth: nth, errno: ENOSPC, short: true)) }
                for fault in faults {
                    let (session, io) = try runSession(fault)
                    runs += 1
                    if io.fired != nil { fired += 1 }
                    check(session, fault: fault)
                }
            }
        }
        #expect(fired == runs, "every injected fault must hit a call (\(fired) of \(runs))")
        print("fault-injection tier: \(runs) sessions, \(fired) faults fired; calls per session: \(counts.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", "))")
    }

    @Test func aDiskThatFailsForAWhileThenRecovers() throws {
        // Every call fails with EIO for a stretch of the session (a USB stick pulled and put back).
        for start in [2, 5, 9] {
            let dir = StoreFixture.tempDir()
            let key = try ReviewerKey.loadOrCreate(at: dir + "/reviewer.key")
            let io = FaultIO()
            let session = Session(dir: dir, io: io, key: key)
            session.journal = session.open()
            var step = 0
            for n in 0..<12 {
                step += 1
                if step == start { io.broken = true }
                if step == start + 3 { io.broken = false }
                session.append(.comment(target: "", text: "第 \(n) 条"))
            }
            session.journal?.close()
            check(session, fault: nil)
        }
    }

    func check(_ session: Session, fault: FaultIO.Fault?) {
        let label = fault.map(\.description) ?? "a failing stretch"
        let bytes = StoreFixture.read(session.path)
        let parse = JournalParser.parse(bytes)
        #expect(parse.corruption == nil, "\(label): \(parse.corruption?.description ?? "")")
        #expect(parse.torn == nil, "\(label): a torn tail was left: \(parse.torn?.reason ?? "")")
        let verification = JournalVerifier().verify(parsed: parse)
        #expect(verification.problems.isEmpty, "\(label): \(verification.problems)")
        #expect(parse.records.compactMap(\.action) == session.acknowledged,
                "\(label): journal \(parse.records.compactMap(\.action).count) actions, acknowledged \(session.acknowledged.count); failures \(session.failures)")
        do {
            let next = try JournalFile.open(path: session.path)
            #expect(next.state == ReviewState.replay(parse.records))
            next.close()
        } catch {
            Issue.record("\(label): the next open failed: \(error.en)")
        }
        // The view file is the old one or the new one, never a mix or a leftover temporary.
        if let view = FileManager.default.contents(atPath: session.path + ".view.json") {
            #expect(session.views.contains(Array(view)), "\(label): view file damaged")
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: (session.path as NSString).deletingLastPathComponent)) ?? []
        #expect(!leftovers.contains { $0.contains(".tmp-") || $0.contains(".new-") }, "\(label): temporary files left: \(leftovers)")
    }
}
