import Foundation
import PanelistCore
import PanelistStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The quick tier of the crash soak (30 kills; `Tests/Scripts/crash-soak.sh` runs 1,000). No wall-clock assertion:
/// how long it takes depends on the machine, not on the journal.
@Suite("Crash: SIGKILL at random points loses no acknowledged action")
struct CrashTests {
    @Test func killedWriterKeepsEveryAcknowledgedAction() throws {
        let dir = StoreFixture.tempDir()
        let path = dir + "/crash.jsonl"
        var generator = SystemRandomNumberGenerator()
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = dir + "/config"
        var acked = -1
        for run in 0..<30 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: StoreFixture.binary)
            process.arguments = ["journal", "_crash-writer", path, "100000"]
            process.environment = env
            let out = Pipe()
            process.standardOutput = out
            process.standardError = Pipe()
            try process.run()
            let delay = UInt32.random(in: 20_000...180_000, using: &generator)
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            for line in text.split(separator: "\n") where line.hasPrefix("ack ") {
                if let seq = Int(line.dropFirst(4)) { acked = max(acked, seq) }
            }
            guard FileManager.default.fileExists(atPath: path) else {
                // Killed before the journal was created (a slow start): nothing can have been acknowledged.
                #expect(acked < 0, "run \(run): acknowledged \(acked) without a journal")
                continue
            }
            let journal = try JournalFile.open(path: path)
            #expect(journal.last.seq >= acked, "run \(run): acknowledged \(acked), replayed \(journal.last.seq)")
            let parse = JournalParser.parse(StoreFixture.read(path))
            for record in parse.records.dropFirst() where record.seq <= acked {
                #expect(record.action == .comment(target: "c", text: "action \(record.seq)"))
            }
            journal.close()
        }
        #expect(acked > 0)
    }
}
