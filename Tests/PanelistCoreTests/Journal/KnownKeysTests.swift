import Testing
@testable import PanelistCore

@Suite("Known-keys file: FINGERPRINT NAME, one per line")
struct KnownKeysTests {
    @Test func readsTheAgreedFormat() throws {
        let text = "# panel A\r\n3f2a-91c0-7d4e-b812 张工\n\n  3F2A91C07D4EB813   李 明 \n3f2a 91c0 7d4e b814 Wang Wei\n"
        let keys = try KnownKeys.parse(Array(text.utf8))
        #expect(keys.entries.map(\.fingerprint) == ["3f2a-91c0-7d4e-b812", "3f2a-91c0-7d4e-b813", "3f2a-91c0-7d4e-b814"])
        #expect(keys.entries.map(\.name) == ["张工", "李 明", "Wang Wei"])
        #expect(keys.entries.map(\.line) == [2, 4, 5])
        #expect(keys.entry(for: "3F2A91C07D4EB812")?.name == "张工")
    }

    @Test func badLinesAreRefusedWithLineAndColumn() {
        let cases: [(String, Int, String)] = [
            ("3f2a-91c0-7d4e 张工\n", 1, "16 hex digits"),
            ("3f2a-91c0-7d4e-b812\n", 1, "no name"),
            ("3f2a-91c0-7d4e-b812 a\n3f2a-91c0-7d4e-b812 b\n", 2, "listed twice"),
            ("3f2a-91c0-7d4e-b8123 张工\n", 1, "16 hex digits"),
        ]
        for (text, line, words) in cases {
            do {
                _ = try KnownKeys.parse(Array(text.utf8))
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.problems.first?.line == line, "\(text)")
                #expect(error.problems.first?.en.contains(words) == true, "\(text): \(error.problems)")
            }
        }
        do {
            _ = try KnownKeys.parse([0x33, 0x66, 0xFF, 0x0A])
            Issue.record("accepted bad UTF-8")
        } catch {
            #expect(error.problems.first?.column == 3)
        }
    }
}
