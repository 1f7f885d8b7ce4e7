import Foundation
import Testing

/// The real binary in tmux: score, quit, reopen; resize while editing; a second instance refused.
@Suite("End to end in tmux", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct ReviewerFlowTests {
    let fixture = "Fixtures/applications/zz-2024-w-hengchi.yaml"

    @Test func scoreQuitReopenSeesTheSameValues() throws {
        let t = try TmuxDriver()
        try t.start(["review", fixture, "--name", "王评审", "--ascii"])
        try t.wait(for: "评分细则 0/")
        // A number from the application (2.1), accepted as verified.
        try t.keys("/"); try t.type("2.1"); try t.keys("Enter", "Tab", "Enter")
        try t.wait(for: "核实数值")
        try t.keys("Enter")
        try t.wait(for: "2.1 核心装备购置费及服务费用总额 = 1860万元")
        // A choice (1.1 → A), a count (2.5 A1 × 3), a tick (5.1 D).
        try t.keys("/"); try t.type("1.1"); try t.keys("Enter", "Tab", "Enter")
        try t.wait(for: "1.1 选 A")
        try t.keys("/"); try t.type("2.5"); try t.keys("Enter", "Tab", "+", "+", "+")
        try t.wait(for: "2.5 A1 = 3")
        try t.keys("/"); try t.type("5.1"); try t.keys("Enter", "Tab", "Down", "Down", "Down", "Space")
        try t.wait(for: "5.1 D 已勾选")
        let before = try t.wait(for: "基础 26 + 加分 2 = 28")    // 1.1 A 10 + 2.1 B 10 + 2.5 3×2 = 6; 5.1 D 2
        #expect(before.contains("[x] D"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        try t.endSession()

        try t.start(["review", fixture, "--ascii"])                  // the name is remembered
        let after = try t.wait(for: "基础 26 + 加分 2 = 28")
        #expect(after.contains("王评审"))
        #expect(after.contains("[x] D"))                             // resumed on 5.1 with the panel focused
        #expect(after.contains("评分细则 4/15"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }

    @Test func resizeWhileEditingRedrawsAndKeepsTheText() throws {
        let t = try TmuxDriver()
        try t.start(["review", fixture, "--name", "李评审"])
        try t.wait(for: "评分细则")
        try t.keys("/"); try t.type("2.2"); try t.keys("Enter", "c")
        try t.wait(for: "编辑评语")
        try t.type("现场核验：整体实施方案已见")
        try t.resize(width: 90, height: 30)
        let small = try t.wait(for: "现场核验：整体实施方案已见")
        let lines = small.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count <= 30)
        #expect(small.contains("评分细则"))                         // redrawn at the new size, not the old layout
        #expect(lines.allSatisfy { !$0.contains("窗口太小") })
        try t.resize(width: 70, height: 20)
        try t.wait(for: "窗口太小")
        try t.resize(width: 130, height: 40)
        try t.wait(for: "现场核验：整体实施方案已见")
        try t.keys("Escape")
        try t.wait(for: "已保存")
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }

    @Test func secondInstanceOnTheSameJournalIsRefused() throws {
        let t = try TmuxDriver()
        try t.start(["review", fixture, "--name", "赵评审"])
        try t.wait(for: "评分细则")
        try t.start(["review", fixture], window: "second")
        let refused = try t.wait(for: "PANELIST-EXITED 1", window: "second")
        #expect(refused.contains("正被另一个 panelist 使用"))          // names the holder's pid and host
        #expect(refused.contains("进程"))
        #expect(refused.contains("主机"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }
}
