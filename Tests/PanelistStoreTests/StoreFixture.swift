import Foundation
import PanelistCore
import PanelistStore
#if canImport(Glibc)
import Glibc
#endif

/// Temporary folders, headers and the `panelist` binary for store tests.
enum StoreFixture {
    /// The folder of this test process's temporary folders, removed when the process exits
    /// (the store tests make over a thousand; none is left behind in /tmp).
    static let runDirectory: String = {
        let path = NSTemporaryDirectory() + "panelist-store-run-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: StoreFixture.runDirectory) }
        return path
    }()

    /// A fresh temporary folder.
    static func tempDir() -> String {
        let path = runDirectory + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A header for a key.
    static func header(_ key: ReviewerKey) -> JournalHeader {
        JournalHeader(
            reviewer: JournalReviewer(name: "李工", id: key.fingerprint, publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: "journal-test", sha256: JournalHash.sha256Hex(Array("rubric".utf8))),
            application: JournalDocumentRef(id: "app-1", sha256: JournalHash.sha256Hex(Array("application".utf8))),
            tool: "panelist test", created: Date())
    }

    /// The file's permission bits.
    static func mode(_ path: String) -> mode_t {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return st.st_mode & 0o777
    }

    /// The built `panelist` executable beside the test bundle (.build/debug/panelist).
    static var binary: String {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("panelist").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("panelist").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/panelist").path
    }

    /// This machine's name, as gethostname(2) gives it (what the lock message names).
    static var hostName: String {
        var buf = [CChar](repeating: 0, count: 256)
        guard gethostname(&buf, buf.count - 1) == 0 else { return "unknown-host" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The bytes of a file.
    static func read(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }
}
