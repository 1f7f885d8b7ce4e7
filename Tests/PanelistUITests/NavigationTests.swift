import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Moving, searching and the list")
struct NavigationTests {
    typealias S = UITestSupport

    @Test func escStepsBackOutOfPanesAndEditors() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)
        #expect(model.context == .panel)
        S.type([.escape], into: &model)
        #expect(model.context == .tree)
        S.type([.tab, .tab, .escape], into: &model)
        #expect(model.context == .tree)
        S.type([.character("?"), .escape], into: &model)
        #expect(model.overlay == nil)
        S.type([.character("/"), .escape], into: &model)
        #expect(model.overlay == nil)
        S.type([.escape], into: &model)                              // one application: nowhere further out
        #expect(model.message?.text.contains("已在最外层") == true)
        #expect(model.route.screen == .review)
    }

    @Test func escFromTheTreeGoesToTheListWithSeveralApplications() throws {
        var model = try ContextModels.model(in: .list)
        S.type([.end, .enter], into: &model)
        let opened = model.route.current
        #expect(model.route.screen == .review)
        let effects = S.type([.escape], into: &model)
        #expect(model.route.screen == .list)
        #expect(effects == [.saveView(session: opened)])
        #expect(model.list.selected == opened)
    }

    @Test func searchGoesBothWaysAndHighlightsMatches() throws {
        var model = try S.model()
        S.type(S.find("荣誉"), into: &model)
        let first = model.sessions[0].view.selected
        #expect(first == .node("2.4"))
        S.type([.character("]")], into: &model)
        let second = model.sessions[0].view.selected
        #expect(second != first)
        S.type([.character("[")], into: &model)
        #expect(model.sessions[0].view.selected == first)
        S.type([.character("\\")] + S.chars("荣誉") + [.enter], into: &model)   // backward from 2.4 wraps to the last match
        #expect(model.sessions[0].view.selected != first)
        // n and N keep their meaning: the next and previous indicators needing work.
        S.type([.character("n")], into: &model)
        #expect(model.sessions[0].view.focus == .panel)
        // Matches in the application text are drawn highlighted.
        S.type(S.find("MES"), into: &model)
        let grid = model.render()
        let cell = try #require(S.cell(of: "MES", in: grid))
        #expect(cell.column > model.layout.text.column)
        #expect(grid[cell.row, cell.column].style == .warning)
        #expect(grid[cell.row, cell.column + 2].style == .warning)
    }

    @Test func ctrlCSaysHowToQuit() throws {
        var model = try S.model()
        let effects = S.type([.control("c")], into: &model)
        #expect(effects.isEmpty)
        #expect(model.message?.text.contains("按 q 退出") == true)
        S.type([.character("c"), .control("c")], into: &model)
        #expect(model.message?.text.contains("先按 Esc 离开") == true)
        #expect(model.context == .comment)
    }

    @Test func anUnknownKeySaysSoOnce() throws {
        var model = try S.model()
        S.type([.character("z")], into: &model)
        let first = try #require(model.message)
        #expect(first.text.contains("「z」在评分细则树中没有作用"))
        #expect(first.text.contains("按 ? 查看"))
        S.type([.character("Z")], into: &model)
        #expect(model.message == first)                              // not repeated for every key
        S.type([.character("j")], into: &model)
        #expect(model.message == nil)
        S.type([.character("Z")], into: &model)
        #expect(model.message?.text.contains("「Z」") == true)
    }

    @Test func theApplicationTextIsRenderedNotShownAsTyped() throws {
        var dossier = S.dossier
        dossier.sections = [.init(id: "s1", title: "二、企业情况概述", indicators: ["2.1"], text: """
        ## 第一部分 基本情况
        **管理战略**：公司每年发布《年度绿色低碳工作方案》。
        - 全厂部署 5G 专网
          - 室分皮基站 312 个
        1. **一网**：工业全光网络
        | 指标 | 数值 |
        |---|---:|
        | 装备联网率 | 87.6% |
        | 关键工序数控化率 | 91.2% |
        """)]
        let session = S.session(try S.rubric("zhuzhou-benchmark.yaml"), dossier: dossier)
        var model = AppModel(sessions: [session], lang: .zh, ascii: true, width: 120, height: 70)
        S.type(S.find("2.1"), into: &model)
        let grid = model.render()
        let text = grid.text
        for typed in ["**", "## ", "|---", "---:"] { #expect(!text.contains(typed), "\(typed)") }
        let heading = try #require(S.cell(of: "第一部分 基本情况", in: grid))
        #expect(grid[heading.row, heading.column].style == .heading)
        let bold = try #require(S.cell(of: "管理战略", in: grid))
        #expect(grid[bold.row, bold.column].style == .bold)
        #expect(grid[bold.row, bold.column + DisplayWidth.of("管理战略")].style == .normal)   // the colon after it
        #expect(text.contains("- 全厂部署 5G 专网"))
        #expect(text.contains("  - 室分皮基站 312 个"))
        #expect(text.contains("1. 一网：工业全光网络"))
        // The table's columns line up: both rows put their second cell at the same column.
        let row1 = try #require(S.cell(of: "87.6%", in: grid))
        let row2 = try #require(S.cell(of: "91.2%", in: grid))
        #expect(row1.column == row2.column)
        #expect(text.contains("| 装备联网率       | 87.6% |"))
    }

    @Test func theListSortsKeepsLongIdsAndReturnsToTheLastOpenedRow() throws {
        let rubric = try S.rubric("zhuzhou-benchmark.yaml")
        func dossier(_ id: String, _ name: String) -> DossierText { DossierText(id: id, name: name) }
        var done = ReviewState()
        done.apply(.choose(indicator: "1.1", part: "1", option: "A"), time: S.now, seq: 1)
        let sessions = [
            S.session(rubric, dossier: dossier("zz-2024-w-hengchi-rail-transmission", "株洲恒驰轨道传动科技有限公司")),
            S.session(rubric, dossier: dossier("zz-2024-s-ciyun", "湖南慈云新材料股份有限公司"), state: done),
            S.session(rubric, dossier: dossier("zz-2024-a-aoxin", "奥新精密")),
        ]
        var model = AppModel(sessions: sessions, lang: .zh, ascii: true, width: 120, height: 30)
        var text = model.render().text
        #expect(text.contains("zz-2024-w-hengchi-rail-transmission"))   // not cut
        #expect(model.panes.list?.order == [2, 1, 0])                    // by id
        S.type([.character("s")], into: &model)                          // by applicant
        #expect(model.panes.list?.order == ListSort.applicant.order(model.sessions))
        S.type([.character("s")], into: &model)                          // by progress: least done first
        #expect(model.panes.list?.order.last == 1)
        S.type([.character("s")], into: &model)                          // by total: highest first
        #expect(model.panes.list?.order.first == 1)
        text = model.render().text
        #expect(text.contains("按总分排序"))
        // Open the last row, come back: the cursor is on it.
        S.type([.end, .enter], into: &model)
        let opened = model.route.current
        S.type([.character("a")], into: &model)
        #expect(model.route.screen == .list)
        #expect(model.list.selected == opened)
        let row = try #require(S.cell(of: model.sessions[opened].dossier.id, in: model.render()))
        #expect(model.render()[row.row, 0].style == .selected)
    }

    @Test func theListScrollsAndAClickAfterScrollingOpensThatRow() throws {
        let rubric = try S.rubric("zhuzhou-benchmark.yaml")
        let sessions = (0..<40).map { S.session(rubric, dossier: DossierText(id: String(format: "zz-%02d", $0), name: "单位\($0)")) }
        var model = AppModel(sessions: sessions, lang: .zh, ascii: true, width: 100, height: 24)
        S.type([.end], into: &model)
        #expect(model.list.scroll > 0)
        let grid = model.render()
        let cell = try #require(S.cell(of: "zz-30", in: grid))
        S.type([.mouseClick(row: cell.row, column: 3)], into: &model)
        #expect(model.list.selected == 30)
        S.type([.mouseClick(row: cell.row, column: 3)], into: &model)
        #expect(model.route.screen == .review && model.route.current == 30)
    }

    @Test func theInstalledPackagesAreShownAboveTheListAndClicksStillMapToRows() throws {
        let rubric = try S.rubric("zhuzhou-benchmark.yaml")
        let sessions = (0..<40).map { S.session(rubric, dossier: DossierText(id: String(format: "zz-%02d", $0), name: "单位\($0)")) }
        var model = AppModel(sessions: sessions, lang: .zh, ascii: true, width: 100, height: 24)
        model.setListHeader(["评审包 zz-a-r1：株洲第一组；已签 0/40；截止 2026-12-15（还有 14 天）", "  办公室说明：请逐项标注佐证材料。"])
        var grid = model.render()
        #expect(grid.line(1).contains("评审包 zz-a-r1：株洲第一组；已签 0/40；截止 2026-12-15（还有 14 天）"))
        #expect(grid.line(2).contains("办公室说明：请逐项标注佐证材料。"))
        #expect(grid.line(4).contains("编号") && grid.line(5).contains("zz-00"))
        S.type([.end], into: &model)
        grid = model.render()
        #expect(grid.line(1).contains("评审包 zz-a-r1"), "the header stays while the list scrolls")
        #expect(S.cell(of: "zz-39", in: grid)?.row == 21)
        let cell = try #require(S.cell(of: "zz-30", in: grid))
        S.type([.mouseClick(row: cell.row, column: 3)], into: &model)
        #expect(model.list.selected == 30)
        // Many packages: at most six header rows.
        var small = AppModel(sessions: sessions, lang: .zh, ascii: true, width: 100, height: 24)
        small.setListHeader((1...8).map { "评审包 p\($0)" })
        #expect(small.listHeaderShown.count == 6)
        #expect(S.cell(of: "zz-00", in: small.render())?.row == 9)
        #expect(S.cell(of: "zz-12", in: small.render())?.row == 21, "the list keeps the rest")
    }
}
