import Foundation
import Testing

/// The CLI runner itself: exit codes and output of the real binary.
@Suite("panelist CLI runner")
struct CLISmokeTests {
    @Test func versionPrintsAndExitsZero() throws {
        let cli = try PanelistCLI()
        let result = try cli.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func unknownRubricExitsNonZeroAndSaysWhich() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let result = try cli.run(["rubric", "show", "no-such-rubric"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-rubric"))
    }
}
