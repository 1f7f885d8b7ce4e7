import Foundation
import Testing

/// The real binary shows what the seed says: `rubric show` with the applicant's clauses and key
/// segments, `rubric list` with defaults marked, `app check` with the form's required figures.
@Suite("rubric show, rubric list and app check show the seed")
struct SeedShownCLITests {
    @Test func showPutsTheApplicantsIndustryFirst() throws {
        let cli = try PanelistCLI()
        let result = try cli.run(["rubric", "show", "zhuzhou-benchmark", "--variant", "sme", "--applicant", "industry=consumer", "--width", "200"])
        #expect(result.status == 0)
        // 004 line 230: the consumer-goods clause, then its six key segments, before clause (1).
        let text = result.stdout
        let mine = try #require(text.range(of: "【本申报单位】（3）申报企业属于消费品行业"))
        let first = try #require(text.range(of: "（1）申报企业属于原材料行业"))
        #expect(mine.lowerBound < first.lowerBound)
        #expect(text.contains("重点环节（消费品行业）：4 计划调度、5 生产作业、6 仓储配送、7 质量管控、12 营销管理、14 供应链管理"))
        #expect(text.contains("佐证 E1"))
        let bad = try cli.run(["rubric", "show", "zhuzhou-benchmark", "--applicant", "industry=steel"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("raw_materials"))
    }

    @Test func listMarksDefaultsAndSaysWhoDecides() throws {
        let cli = try PanelistCLI(lang: "en_US.UTF-8")
        let result = try cli.run(["rubric", "list"], extraEnvironment: ["COLUMNS": "120"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1190 (default)"))
        #expect(result.stdout.contains("zhejiang-future-factory: Figures marked \"default\" are Panelist's presets"))
    }

    @Test func appCheckListsMissingStarredFigures() throws {
        let cli = try PanelistCLI()
        let source = TmuxDriver.root.appendingPathComponent("Fixtures/applications/sx-2025-f-lanti.yaml").path
        let text = try String(contentsOfFile: source, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("title: 设备联网率") }.joined(separator: "\n")
        let file = cli.path("sx.yaml")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try cli.run(["app", "check", file])
        #expect(result.status == 0)   // a warning: the application is still used
        #expect(result.stdout.contains("申报书缺少必填项（1/9）："))
        #expect(result.stdout.contains("设备联网率(%)（附件2 一、智能工厂申请表（带*必填））：申报书未提供"))
    }
}
