import Foundation
import Testing

/// Compares text with a committed snapshot file; `PANELIST_RECORD_SNAPSHOTS=1` rewrites it.
enum Snapshot {
    static var directory: URL { TestRubrics.packageRoot.appendingPathComponent("Tests/PanelistCoreTests/Snapshots") }

    /// Expects `text` to equal `Snapshots/<name>`, reporting the first differing line.
    static func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PANELIST_RECORD_SNAPSHOTS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("snapshot \(name) is missing; run with PANELIST_RECORD_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        if expected == text { return }
        let a = expected.components(separatedBy: "\n")
        let b = text.components(separatedBy: "\n")
        let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let want = index < a.count ? a[index] : "<end>"
        let got = index < b.count ? b[index] : "<end>"
        Issue.record("snapshot \(name) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
