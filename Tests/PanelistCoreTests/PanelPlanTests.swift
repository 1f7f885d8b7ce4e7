import Foundation
import PanelistCore
import Testing

/// The panel file: the fixture panel, assignments with conflicts, and bad input with its line.
@Suite("Panel file")
struct PanelPlanTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/panels/zz-2024-panel.yaml")

    @Test func fixturePanelLoadsWithItsConflict() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let (plan, diagnostics) = PanelPlanLoader.load(yaml: text, file: "zz-2024-panel.yaml")
        #expect(diagnostics.isEmpty)
        let p = try #require(plan)
        #expect(p.rubricID == "zhuzhou-benchmark")
        #expect(p.chair.name == "王建国")
        #expect(p.reviewers.map(\.name) == ["李明", "张华", "陈静"])
        #expect(p.deadline == "2026-12-15")
        let ids = ["zz-2024-w-hengchi", "zz-2024-s-ciyun"]
        #expect(p.assignment(of: p.reviewers[0], among: ids) == ids)
        #expect(p.assignment(of: p.reviewers[2], among: ids) == ["zz-2024-w-hengchi"])
        #expect(p.reviewers[2].conflicts == [PanelConflict(application: "zz-2024-s-ciyun", reason: "曾任该企业技术顾问")])
    }

    @Test func badInputNamesTheLine() {
        let text = """
        format: panelist-panel/1
        id: p1
        rubric: zhuzhou-benchmark
        deadline: 2026-02-30
        chair: 王建国
        reviewers:
          - name: 李明
          - name: 李明
          - name: 张华
            key: 12ab
        applications: [a.yaml]
        """
        let (plan, diagnostics) = PanelPlanLoader.load(yaml: text, file: "p.yaml")
        #expect(plan == nil)
        #expect(diagnostics.map(\.description) == [
            "p.yaml:4:11: error: '2026-02-30' is not a date; write the deadline as YYYY-MM-DD, e.g. 2026-12-15",
        ])
        let fixed = text.replacingOccurrences(of: "2026-02-30", with: "2026-02-28")
        #expect(PanelPlanLoader.load(yaml: fixed, file: "p.yaml").diagnostics.map(\.description) == [
            "p.yaml:10:10: error: '12ab' is not a key fingerprint; write the 16 hex digits 'panelist' prints, e.g. 3bbe-87f6-e187-2aa9",
            "p.yaml:8:5: error: two reviewers are named '李明' (first at line 7); give each a distinct name, e.g. with the employer in brackets",
        ])
    }
}
