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

    @Test("the program's errors are prefixed in the user's language; --lang overrides the locale")
    func errorsInTheUsersLanguage() throws {
        let zh = try PanelistCLI(lang: "zh_CN.UTF-8")
        var r = try zh.run(["rubric", "show", "no-such-rubric"])
        #expect(r.status == 1 && r.stderr.hasPrefix("错误：") && r.stderr.contains("no-such-rubric"), "\(r.stderr)")
        r = try zh.run(["rubric", "show", "no-such-rubric", "--lang", "en"])
        #expect(r.status == 1 && r.stderr.hasPrefix("Error: "), "\(r.stderr)")
        // Usage errors stay the argument parser's (exit 64).
        r = try zh.run(["journal", "verify"])
        #expect(r.status == 64)
    }
}
