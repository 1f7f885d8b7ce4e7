import Foundation
import Testing
@testable import PanelistCore

/// 001 elements that name levels in one item get a "level reached" record list beside them, each
/// level copied verbatim from the element (seed 001: 3.5.a line 275, 2.3.4.a line 126, 3.1.2.a
/// line 148, 3.2.2.b line 175, 2.3.3.a line 120, 3.1.3.a line 154, 3.1.1.c line 143, 2.1.1.a
/// lines 49 and 51, 1.3.a line 35).
@Suite("Rubric 001: levels reached")
struct ZhejiangLevelsTests {
    let rubric: Rubric
    init() throws { rubric = try TestRubrics.load("zhejiang-future-factory.yaml") }

    func element(_ node: RubricNode, _ id: String) -> String? {
        guard case .checklist(_, let items)? = node.part("found")?.rule else { return nil }
        return items.first { $0.id == id }?.text.text(.zh)
    }

    @Test func everyLevelIsTheSeedsOwnWords() throws {
        var lists = 0, levels = 0
        for node in rubric.allNodes {
            for part in node.parts where part.id.hasPrefix("level") {
                guard case .checklist(.record, let items) = part.rule else { Issue.record("\(node.id)/\(part.id) is not a record list"); continue }
                let elementID = String(part.id.dropFirst("level".count))
                let text = try #require(element(node, elementID), "\(node.id) has no element \(elementID)")
                for item in items { #expect(text.contains(item.text.text(.zh)), "\(node.id)/\(part.id)/\(item.id)") }
                lists += 1
                levels += items.count
            }
        }
        #expect(lists == 11)
        #expect(levels == 30)
    }

    @Test func greenFactoryAndSolutionLevels() throws {
        let green = try #require(rubric.node("3.5.a")?.part("level1"))
        guard case .checklist(.record, let items) = green.rule else { Issue.record("not a record list"); return }
        #expect(items.map { $0.text.text(.zh) } == ["地市级绿色工厂", "省级绿色工厂", "国家级绿色工厂"])
        guard case .checklist(.record, let solution)? = rubric.node("2.3.4.a")?.part("level1")?.rule else { Issue.record("no 2.3.4.a levels"); return }
        #expect(solution.map { $0.text.text(.zh) } == ["装备级", "产线级", "车间级", "工厂级", "企业级"])
        // Recording a level scores nothing by itself and does not hold the indicator open: the points part does.
        var inputs = ReviewerInputs()
        inputs[indicator: "3.5.a"].ticks["level1"] = ["L3"]
        inputs[indicator: "3.5.a"].manual["points"] = 8
        let sheet = ScoringEngine.score(rubric, profile: ApplicantProfile(), inputs: inputs)
        #expect(sheet["3.5.a"] == 8)
        #expect(sheet.nodes["3.5.a"]?.progress == .done)
    }
}
