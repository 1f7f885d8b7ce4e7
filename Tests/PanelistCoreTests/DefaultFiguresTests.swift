import Foundation
import Testing
@testable import PanelistCore

/// Figures that are Panelist defaults, not the seed's, are known to the model (`default: true`).
@Suite("Default figures")
struct DefaultFiguresTests {
    /// 000 表2 (seed 000 lines 107–785) gives no points: every cap is a default; 730 in all.
    @Test func autoSuperfactoryIsAllDefaults() throws {
        let rubric = try TestRubrics.load("auto-superfactory.yaml")
        #expect(rubric.allNodes.allSatisfy { $0.isDefault })
        #expect(rubric.fullMarksAreDefault())
        #expect(RubricSummary.fullMarks(rubric, variant: nil) == "730")
        #expect(rubric.defaultNotice(.zh) == "标“默认”的分值是 Panelist 的预设，原文未规定；由组委会确定，可在评价细则文件 auto-superfactory.yaml 中修改。")
    }

    /// 001: sections 1–3 carry no points (seed 001 lines 5–281); section 4 is the seed's own
    /// (line 286: 4.1 最高得 100 分; line 287: 4.2 每项最高 20 分, 总分最高 100 分).
    @Test func zhejiangSectionFourKeepsTheSeedsPoints() throws {
        let rubric = try TestRubrics.load("zhejiang-future-factory.yaml")
        for id in ["1", "1.1", "1.1.a", "2.3.4.a", "3", "3.5.d"] { #expect(rubric.capIsDefault(id), "\(id)") }
        for id in ["4", "4.1", "4.2", "4.2.1"] { #expect(!rubric.capIsDefault(id), "\(id)") }
        #expect(rubric.fullMarksAreDefault())
        #expect(rubric.defaultNotice(.en)?.contains("the organiser decides them") == true)
    }

    /// 002 publishes no points (the rubric's own category "assess"); the gates and KPIs are the seed's.
    @Test func excellenceAssessIsDefault() throws {
        let rubric = try TestRubrics.load("excellence-smart-factory.yaml")
        #expect(rubric.capIsDefault("assess.A1"))
        #expect(!rubric.capIsDefault("KPI"))
        #expect(rubric.baseIsDefault())
    }

    /// 003 附件4/附件5 give no points (seed 003 lines 1020–1499).
    @Test(arguments: ["shaoxing-smart-factory.yaml", "shaoxing-digital-workshop.yaml"])
    func shaoxingIsAllDefaults(file: String) throws {
        let rubric = try TestRubrics.load(file)
        #expect(rubric.allNodes.allSatisfy { $0.isDefault })
        #expect(rubric.defaultNotice(.zh)?.contains("绍兴市经济和信息化局") == true)
    }

    /// 004 sets every point itself (seed 004 lines 60–594): nothing is marked.
    @Test func zhuzhouHasNoDefaults() throws {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        #expect(!rubric.hasDefaultFigures)
        #expect(!rubric.fullMarksAreDefault(variant: "workshop"))
        #expect(rubric.defaultNotice(.zh) == nil)
    }

    @Test func markReadsTheSameEverywhere() {
        #expect(DefaultMark.figure("730", isDefault: true, .zh) == "730（默认）")
        #expect(DefaultMark.figure("730", isDefault: true, .en) == "730 (default)")
        #expect(DefaultMark.figure("100", isDefault: false, .en) == "100")
    }

    @Test func aDefaultNeedsSomeoneToDecideIt() {
        let yaml = """
        format: panelist-rubric/1
        id: t
        title: T
        categories:
          - id: "1"
            title: A
            cap: 10
            default: true
            parts: [{kind: manual}]
        """
        let (_, diagnostics) = TestRubrics.parse(yaml)
        #expect(diagnostics.contains { $0.severity == .error && $0.message.contains("add 'defaults: {set_by:") })
        let (rubric, ok) = TestRubrics.parse(yaml.replacingOccurrences(of: "categories:", with: "defaults: {set_by: 组织方}\ncategories:"))
        #expect(ok.filter { $0.severity == .error }.isEmpty)
        #expect(rubric?.capIsDefault("1") == true)
    }
}
