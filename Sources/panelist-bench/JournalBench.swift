import Foundation
import PanelistCore
import PanelistStore

/// Measures durable append latency (write + fdatasync per record) and replay speed.
struct JournalBench {
    let records: Int
    let directory: String

    func run() throws {
        let key = ReviewerKey(privateKey: .init())
        let path = directory + "/bench.jsonl"
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "bench", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: "bench", sha256: JournalHash.zero),
            application: JournalDocumentRef(id: "bench", sha256: JournalHash.zero),
            tool: "panelist-bench", created: Date())
        let journal = try JournalFile.create(path: path, header: header)
        var latencies: [UInt64] = []
        latencies.reserveCapacity(records)
        let actions: [JournalAction] = [
            .tick(indicator: "1.2", part: "1", item: "a", on: true),
            .points(indicator: "1.4", part: "1", points: Decimal.exact("6.5")),
            .count(indicator: "1.3", part: "1", line: "A1", count: 2),
            .comment(target: "1.1", text: "成熟度自评二级，现场核验证据基本齐全。"),
            .evidence(target: "1.1", item: "E1", mark: .seen, note: ""),
        ]
        let start = DispatchTime.now().uptimeNanoseconds
        for i in 0..<records {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try journal.append(actions[i % actions.count])
            latencies.append(DispatchTime.now().uptimeNanoseconds - t0)
        }
        let appendTotal = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        journal.close()
        latencies.sort()
        func ms(_ ns: UInt64) -> String { String(format: "%.3f ms", Double(ns) / 1e6) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("journal: \(records) records, \(size) bytes, \(path)")
        print("append (write + fdatasync): median \(ms(latencies[latencies.count / 2])), p99 \(ms(latencies[min(latencies.count - 1, latencies.count * 99 / 100)])), max \(ms(latencies.last ?? 0)), total \(String(format: "%.1f", appendTotal)) s")

        let r0 = DispatchTime.now().uptimeNanoseconds
        let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
        let parse = JournalParser.parse(bytes)
        let state = ReviewState.replay(parse.records)
        let replaySeconds = Double(DispatchTime.now().uptimeNanoseconds - r0) / 1e9
        print("replay (read + parse + verify checksums + apply): \(parse.records.count) records in \(String(format: "%.3f", replaySeconds)) s = \(Int(Double(parse.records.count) / replaySeconds)) records/s (last seq \(state.lastSeq))")

        let v0 = DispatchTime.now().uptimeNanoseconds
        let verification = JournalVerifier().verify(bytes)
        let verifySeconds = Double(DispatchTime.now().uptimeNanoseconds - v0) / 1e9
        print("verify: \(verification.isValid ? "ok" : "FAILED") in \(String(format: "%.3f", verifySeconds)) s")
    }
}
