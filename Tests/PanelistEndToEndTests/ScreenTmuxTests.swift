import Foundation
import Testing

/// The reviewer's screen in tmux, through the real binary: mouse clicks after scrolling, gate
/// evidence reaching the printout, and the too-small screen ignoring keys (issue #17).
@Suite("Screen in tmux", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct ScreenTmuxTests {
    /// An X10 mouse click (press and release) at a 0-based screen cell, as a terminal sends it
    /// for TERM=screen; columns and rows under 95 keep every byte ASCII.
    static func click(row: Int, column: Int) -> String {
        func byte(_ n: Int) -> String { String(UnicodeScalar(UInt8(32 + n))) }
        return "\u{1B}[M" + byte(0) + byte(column + 1) + byte(row + 1) + "\u{1B}[M" + byte(3) + byte(column + 1) + byte(row + 1)
    }

    static func search(_ t: TmuxDriver, _ text: String) throws {
        try t.keys("/")
        try t.keys("C-u")
        try t.type(text)
        try t.keys("Enter")
    }

    /// The journals under the driver's private home.
    static func journals(_ t: TmuxDriver) throws -> [String] {
        let root = t.home + "/state/panelist/journals"
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".jsonl") }.map { root + "/" + $0 }
    }

    @Test func aClickOnARowAfterScrollingSelectsThatRow() throws {
        let t = try TmuxDriver()
        try t.start(["review", "Fixtures/applications/zj-2024-lanchi.yaml", "--name", "钱评审", "--ascii"])
        try t.wait(for: "评分细则 0/109")
        // Open enough of the tree that it scrolls, then select a row near its bottom.
        for id in ["1.1.1", "1.2.1", "2.1.1", "3.2.1.a", "3.2.2.a", "3.2.3.a", "3.2.5.a", "3.2.4.e"] { try Self.search(t, id) }
        let screen = try t.wait(for: "找到：3.2.4.e")
        let lines = screen.components(separatedBy: "\n")
        #expect(!lines[2].contains("1 关键技术"), "the tree should have scrolled")
        let row = try #require(lines.firstIndex { $0.prefix(48).contains("3.2.4.c") })
        try t.type(Self.click(row: row, column: 12))
        let after = try t.wait(for: "| 3.2.4.c")                       // the text pane's heading: 3.2.4.c is selected
        let afterLines = after.components(separatedBy: "\n")
        #expect(afterLines[row].prefix(48).contains("3.2.4.c"))      // and the tree did not jump
        #expect(afterLines[2].prefix(48) == lines[2].prefix(48))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }

    @Test func aGateEvidenceMarkMadeOnScreenAppearsInTheRationale() throws {
        let t = try TmuxDriver()
        try t.start(["review", "Fixtures/applications/auto-2024-qingyu.yaml", "--name", "孙评审", "--ascii"])
        try t.wait(for: "评分细则")
        try Self.search(t, "G1")
        try t.keys("Tab")
        try t.wait(for: "佐证材料")
        // Down to the first evidence line of G1 (after the three verdicts and the reason), then e.
        for _ in 0..<4 { try t.keys("Down") }
        try t.keys("e")
        let saved = try t.wait(for: "已保存")
        #expect(saved.contains("G1 佐证"))
        #expect(saved.contains("已见"))
        #expect(saved.contains("[已见]"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        let journal = try #require(try Self.journals(t).first)
        let env = ["PATH": "/usr/bin:/bin", "HOME": t.home, "XDG_STATE_HOME": t.home + "/state", "XDG_CONFIG_HOME": t.home + "/config", "LANG": "zh_CN.UTF-8"]
        let result = try Spawn.run([TmuxDriver.binary, "rationale", journal], environment: env, directory: TmuxDriver.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = result.stdout.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(printed.contains("已见"), "\(result.stdout)")
        let gate = try #require(result.stdout.range(of: "G1"))
        #expect(result.stdout[gate.lowerBound...].prefix(600).contains("已见"))
    }

    @Test func keysOnTheTooSmallScreenChangeNothing() throws {
        let t = try TmuxDriver()
        try t.start(["review", "Fixtures/applications/zz-2024-w-hengchi.yaml", "--name", "周评审", "--ascii"], width: 70, height: 20)
        try t.wait(for: "窗口太小")
        for key in ["Space", "Enter", "Tab", "Enter", "+", "x", "e", "u", "c", "a", "Down", "Space", ":", "Escape", "C-r"] { try t.keys(key) }
        try t.type("signoff")
        try t.keys("Enter")
        try t.resize(width: 120, height: 40)
        let screen = try t.wait(for: "评分细则 0/15")
        #expect(!screen.contains("已保存"))
        #expect(!screen.contains("编辑评语"))
        #expect(screen.contains("基础 0 + 加分 0 = 0"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        let journal = try #require(try Self.journals(t).first)
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1, "only the header: \(lines)")
    }
}
