import Foundation
import Testing

/// `panelist review FILE.docx` in tmux: it offers to import, imports beside the document, and opens the result with
/// the imported sections shown beside the indicators they answer.
@Suite("review FILE.docx in tmux", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct DocxReviewTmuxTests {
    @Test func importThenReviewShowsSectionsBesideIndicators() throws {
        let t = try TmuxDriver()
        let docx = t.home + "/zz-hengchi-workshop.docx"
        try FileManager.default.copyItem(atPath: TmuxDriver.root.appendingPathComponent("Fixtures/docx/zz-hengchi-workshop.docx").path, toPath: docx)
        try t.start(["review", docx, "--rubric", "zhuzhou-benchmark", "--name", "王评审"], width: 140, height: 45)
        try t.wait(for: "再打开吗？[Y/n]")
        try t.keys("y", "Enter")
        var screen = try t.wait(for: "评分细则 0/15", timeout: 20)
        #expect(screen.contains("株洲恒驰轨道传动科技有限公司"))
        #expect(FileManager.default.fileExists(atPath: t.home + "/zz-hengchi-workshop.yaml"))
        // 2.3 (环节及场景) is answered by 三、智能制造实施内容, whose text the import took from the document.
        try t.keys("/"); try t.type("2.3"); try t.keys("Enter")
        screen = try t.wait(for: "【三、智能制造实施内容】")
        #expect(screen.contains("2.3 智能制造覆改的环节及场景个数"))
        #expect(screen.contains("第一部分 项目概况"))
        // 4.1 by 四、智能制造核心装备与技术服务清单, and its a = 457 ÷ 1480 from the equipment table.
        try t.keys("/"); try t.type("4.1"); try t.keys("Enter")
        screen = try t.wait(for: "【四、智能制造核心装备与技术服务清单】")
        #expect(screen.contains("457"))
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
    }
}
