import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// One regression test per defect found trying the screen as a reviewer would (issue #17).
@Suite("Screen defects")
struct ScreenDefectTests {
    typealias S = UITestSupport

    /// Zhejiang (109 indicators) with every node expanded, on its application.
    static func zhejiang(width: Int = 120, height: Int = 40) throws -> AppModel {
        let rubric = try S.rubric("zhejiang-future-factory.yaml")
        let app = try S.application("zj-2024-lanchi.yaml", rubric: rubric)
        var expanded: Set<TreeKey> = [.gatesGroup]
        for node in rubric.allNodes where !node.children.isEmpty { expanded.insert(.node(node.id)) }
        let session = ReviewSession(review: Review(rubric: rubric, profile: app.profile, facts: app.scoringFacts),
                                    dossier: DossierText(application: app, rubric: rubric), journalPath: "/tmp/zj.jsonl", reviewerName: "李工",
                                    view: ReviewView(selected: .node("1"), expanded: expanded))
        return AppModel(sessions: [session], lang: .zh, ascii: true, width: width, height: height)
    }

    @Test func aClickInAScrolledTreeSelectsTheRowItShows() throws {
        var model = try Self.zhejiang()
        S.type([.end], into: &model)                                   // the tree scrolls to its last row
        S.type(Array(repeating: Key.up, count: 12), into: &model)      // and the selection comes back up a little
        #expect(model.sessions[0].view.treeScroll > 0)
        var grid = model.render()
        if S.cell(of: "3.2.4.e", in: grid, within: model.layout.tree) == nil {
            S.type(S.find("3.2.4.d"), into: &model)
            grid = model.render()
        }
        let cell = try #require(S.cell(of: "3.2.4.e", in: grid, within: model.layout.tree))
        let scroll = model.sessions[0].view.treeScroll
        S.type([.mouseClick(row: cell.row, column: cell.column + 2)], into: &model)
        #expect(model.sessions[0].view.selected == .node("3.2.4.e"))
        #expect(model.sessions[0].view.treeScroll == scroll)           // the tree did not jump
        #expect(S.cell(of: "3.2.4.e", in: model.render(), within: model.layout.tree)?.row == cell.row)
    }

    @Test func theWheelInThePanelStopsAtTheEndAndClicksStillMapToFields() throws {
        var model = try Self.zhejiang()
        S.type(S.find("3.2.4.e") + [.tab], into: &model)
        let panel = model.layout.panel
        S.type(Array(repeating: Key.wheelDown(row: panel.row + 3, column: panel.column + 4), count: 200), into: &model)
        let pane = try #require(model.panes.panel)
        #expect(model.sessions[0].view.panelScroll == pane.maxScroll)   // bounded, as drawn
        S.type([.wheelUp(row: panel.row + 3, column: panel.column + 4)], into: &model)
        #expect(model.sessions[0].view.panelScroll == max(0, pane.maxScroll - 3))
        // A click on a focusable line focuses the field drawn on that line.
        let scroll = model.sessions[0].view.panelScroll
        let line = try #require((scroll..<min(pane.lines.count, scroll + pane.visibleRows)).first { pane.fields[pane.lines[$0].field].focusable })
        S.type([.mouseClick(row: panel.row + 1 + line - scroll, column: panel.column + 3)], into: &model)
        #expect(model.sessions[0].view.field == pane.lines[line].field)
    }

    @Test func endInTheApplicationTextLeavesUpWorking() throws {
        var model = try Self.zhejiang()
        S.type(S.find("1.1.1.a") + [.tab, .tab], into: &model)
        #expect(model.sessions[0].view.focus == .text)
        let pane = try #require(model.panes.text)
        S.type([.end], into: &model)
        #expect(model.sessions[0].view.textScroll == pane.maxScroll)
        if pane.maxScroll > 0 {
            S.type([.up], into: &model)
            #expect(model.sessions[0].view.textScroll == pane.maxScroll - 1)
        }
    }

    /// On G1, `e` marks the gate's evidence (keyed by the bare gate id) and a typed note is kept.
    @Test func gateEvidenceCanBeMarkedWithANote() throws {
        let rubric = try S.rubric("auto-superfactory.yaml")
        let app = try S.application("auto-2024-qingyu.yaml", rubric: rubric)
        let session = ReviewSession(review: Review(rubric: rubric, profile: app.profile, facts: app.scoringFacts),
                                    dossier: DossierText(application: app, rubric: rubric), journalPath: "/tmp/a.jsonl", reviewerName: "李工")
        var model = AppModel(sessions: [session], lang: .zh, ascii: true, width: 120, height: 40)
        S.type(S.find("G1") + [.tab], into: &model)
        #expect(model.sessions[0].view.selected == .gate("G1"))
        for _ in 0..<12 where !(model.focusedField.map { if case .evidence = $0.target { return true } else { return false } } ?? false) {
            S.type([.down], into: &model)
        }
        let field = try #require(model.focusedField)
        guard case .evidence(let key) = field.target else { Issue.record("no evidence line on G1"); return }
        #expect(key.target == "G1")
        let marked = S.type([.character("e")], into: &model)
        #expect(S.actions(marked) == [.evidence(target: "G1", item: key.item, mark: .seen, note: "")])
        #expect(model.sessions[0].state.evidence[key]?.mark == .seen)
        S.type([.enter] + S.chars("土地证原件已见") + [.enter], into: &model)
        #expect(model.sessions[0].state.evidence[key] == EvidenceEntry(mark: .seen, note: "土地证原件已见"))
        #expect(model.message?.style == .good)
    }

    /// A sheet writes gate evidence under the bare gate id (`SheetEntries.collect(target: gate.id, …)`);
    /// the screen shows such a mark on the gate's evidence line.
    @Test func gateEvidenceImportedFromASheetShows() throws {
        var state = ReviewState()
        state.apply(.evidence(target: "G2", item: "E1", mark: .doubtful, note: "复印件"), time: S.now, seq: 1)
        var model = try S.model(state: state)
        S.type(S.find("G2") + [.tab], into: &model)
        let screen = model.render().text
        #expect(screen.contains("[存疑]"))
        #expect(screen.contains("复印件"))
    }

    @Test func keysOnTheTooSmallScreenChangeNothing() throws {
        let start = try S.model(width: 79, height: 23)
        for key in ContextModels.allKeys + [.mouseClick(row: 5, column: 5), .wheelDown(row: 5, column: 5)] {
            var m = start
            let effects = m.handle(key, now: S.now)
            if key == .character("q") { #expect(effects.last == .quit); continue }
            #expect(effects.isEmpty, "\(key)")
            #expect(ContextModels.Fingerprint(m) == ContextModels.Fingerprint(start), "\(key) changed the state on the too-small screen")
            #expect(m.message == start.message, "\(key)")
        }
        // Space in particular ticks nothing unseen.
        var m = start
        _ = m.handle(.character(" "), now: S.now)
        #expect(m.sessions[0].state == ReviewState())
    }

    @Test func aPreFilledFigureIsReplacedByTyping() throws {
        var state = ReviewState()
        state.apply(.number(indicator: "1.2", number: "score", value: Decimal(string: "3.62")), time: S.now, seq: 1)
        var model = try S.model(state: state)
        S.type(S.find("1.2") + [.tab, .enter], into: &model)
        guard case .prompt(let prompt)? = model.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.text == "3.62" && prompt.selected)
        S.type(S.chars("3.8"), into: &model)
        guard case .prompt(let typed)? = model.overlay else { Issue.record("no prompt"); return }
        #expect(typed.text == "3.8")                                     // not 3.623.8
        S.type([.enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["1.2"]?.numbers["score"] == Decimal(string: "3.8"))
        // A movement key keeps the value: End then a digit appends.
        S.type([.enter, .end] + S.chars("5"), into: &model)
        guard case .prompt(let appended)? = model.overlay else { Issue.record("no prompt"); return }
        #expect(appended.text == "3.85")
    }

    @Test func chineseMessagesCarryNoIdsOrEnglish() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)
        for _ in 0..<8 where !(model.focusedField.map { if case .evidence = $0.target { return true } else { return false } } ?? false) {
            S.type([.down], into: &model)
        }
        S.type([.character("e"), .character("e"), .character("e")], into: &model)   // seen, missing, doubtful
        let message = try #require(model.message?.text)
        #expect(message.contains("存疑"))
        #expect(!message.contains("E1") && !message.contains("doubtful"))
        var m = try S.model()
        S.type(S.find("2.1") + [.tab, .enter] + S.chars("1800万") + [.enter], into: &m)
        #expect(m.message?.text.contains("「万」不是完整的单位") == true)
        #expect(m.message?.text.contains("alone") == false)
    }

    @Test func theGatesSummarySaysPendingInChinese() throws {
        var model = try S.model()
        S.type([.home], into: &model)                                  // the gates group row
        #expect(model.sessions[0].view.selected == .gatesGroup)
        let screen = model.render().text
        #expect(screen.contains("待核"))
        #expect(!screen.contains("pending"))
    }
}
