import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Review screen")
struct ReviewScreenTests {
    @Test func initialScreenSnapshot() throws {
        let model = try UITestSupport.model()
        let grid = model.render()
        UITestSupport.snapshot(grid, "review-initial-120x40.txt")
        #expect(grid.line(0).contains("株洲恒驰精密机械有限公司"))
    }

    @Test func investmentIsVerifiedFromTheApplicationsFigure() throws {
        var model = try UITestSupport.model()
        // Select 2.1 through search, go to the panel, open the number (pre-filled 1800), accept.
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("2.1") + [.enter], into: &model)
        #expect(model.sessions[0].view.selected == "2.1")
        _ = UITestSupport.type([.tab], into: &model)
        let effects = UITestSupport.type([.enter, .enter], into: &model)
        #expect(effects == [.append(session: 0, action: .number(indicator: "2.1", number: "investment", value: 1800), undoable: true)])
        #expect(model.sessions[0].sheet["2.1"] == 10)          // B．大于等于1500万元且小于3000万元（10分）
        UITestSupport.snapshot(model.render(), "review-2.1-verified-120x40.txt")
    }

    @Test func overridingTheApplicationsFigureAsksWhy() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("2.1") + [.enter, .tab, .enter, .control("u")]
                               + UITestSupport.chars("1,450万元") + [.enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.1"]?.numbers["investment"] == 1450)
        #expect(model.sessions[0].sheet["2.1"] == 8)                  // C．大于等于900万元且小于1500万元（8分）
        _ = UITestSupport.type(UITestSupport.chars("审计报告仅认可1450万元") + [.enter], into: &model)
        #expect(model.sessions[0].state.comments["2.1"] == "核心装备购置费及服务费用总额：申报书 1800万元，核实为 1450万元。理由：审计报告仅认可1450万元")
        // An approximate figure is refused with the loader's reason, and nothing is saved.
        _ = UITestSupport.type([.enter, .control("u")] + UITestSupport.chars("约1800") + [.enter], into: &model)
        #expect(model.message?.style == .bad)
        #expect(model.message?.text.contains("约") == true)
        #expect(model.sessions[0].state.inputs.indicators["2.1"]?.numbers["investment"] == 1450)
    }

    @Test func countsChoicesTicksAndUndo() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("2.4") + [.enter, .tab], into: &model)
        // A1 ×2 and A2 ×1 with +; then 3 typed on B1 → 2×5 + 3 + 3×4 = 25 → capped at 15.
        _ = UITestSupport.type([.character("+"), .character("+"), .down, .character("+"), .down, .down, .down, .character("3"), .enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.4"]?.counts["workshop"] == ["A1": 2, "A2": 1, "B1": 3])
        #expect(model.sessions[0].sheet["2.4"] == 15)
        _ = UITestSupport.type([.character("u")], into: &model)          // undo the B1 count: journaled as count 0
        #expect(model.sessions[0].state.inputs.indicators["2.4"]?.counts["workshop"]?["B1"] == 0)
        #expect(model.sessions[0].sheet["2.4"] == 13)
        // A choice on 1.1 and a tick on 5.1.
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("自评估等级") + [.enter, .tab, .down, .enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["1.1"]?.choices["1"] == "B")
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("5.1") + [.enter, .tab, .character(" "), .down, .character(" ")], into: &model)
        #expect(model.sessions[0].sheet["5.1"] == 5)                     // 按所获荣誉最高分取值: max(A 5, B 4)
        UITestSupport.snapshot(model.render(), "review-5.1-ticked-120x40.txt")
    }

    @Test func pointsOverTheCapAreRefusedWithAMessage() throws {
        let rubric = try UITestSupport.rubric("auto-superfactory.yaml")
        let session = ReviewSession(rubric: rubric, profile: ApplicantProfile(), dossier: DossierText(id: "A", name: "甲"),
                                    journalPath: "/tmp/x", reviewerName: "李工", state: ReviewState())
        var model = AppModel(sessions: [session], lang: .zh, ascii: true)
        model.resize(width: 100, height: 30)
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("1.1.1") + [.enter, .tab], into: &model)
        let effects = UITestSupport.type([.enter] + UITestSupport.chars("12") + [.enter], into: &model)
        #expect(effects.isEmpty)
        #expect(model.message?.style == .bad)
        #expect(model.message?.text.contains("10") == true)
        #expect(model.sessions[0].state.inputs.indicators["1.1.1"] == nil)
        let ok = UITestSupport.type([.enter] + [.control("u")] + UITestSupport.chars("7.5") + [.enter], into: &model)
        #expect(ok.count == 1)
        #expect(model.sessions[0].sheet["1.1.1"] == Decimal(string: "7.5"))
    }

    @Test func signedOffReviewIsReadOnly() throws {
        var state = ReviewState()
        state.apply(.signoff(head: String(repeating: "0", count: 64), signature: "x", fingerprint: "ab12"), time: Date(timeIntervalSince1970: 0), seq: 1)
        var model = try UITestSupport.model(state: state)
        let effects = UITestSupport.type([.tab, .enter], into: &model)
        #expect(effects.isEmpty)
        #expect(model.message?.text.contains(":reopen") == true)
    }

    @Test func mouseSelectsRowsAndFieldsAndTheWheelScrolls() throws {
        var model = try UITestSupport.model()
        let rows = model.sessions[0].treeRows(lang: .zh)
        let index = try #require(rows.firstIndex { $0.key == "2.2" })
        _ = UITestSupport.type([.mouseClick(row: model.layout.tree.row + 1 + index, column: 5)], into: &model)
        #expect(model.sessions[0].view.selected == "2.2")
        #expect(model.sessions[0].view.focus == .tree)
        // Click the panel's first option twice: the first click focuses it, the second chooses it.
        let map = ReviewScreen.panelRowMap(model: model)
        let fields = model.sessions[0].panelFields(lang: .zh, glyphs: model.glyphs)
        let line = try #require(map.firstIndex { $0.map { fields[$0].target == .option(indicator: "2.2", part: "1", option: "A") } ?? false })
        let click = Key.mouseClick(row: model.layout.panel.row + 1 + line, column: model.layout.panel.column + 3)
        _ = UITestSupport.type([click, click], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.2"]?.choices["1"] == "A")
        _ = UITestSupport.type([.wheelDown(row: model.layout.text.row + 2, column: model.layout.text.column + 2)], into: &model)
        #expect(model.sessions[0].view.textScroll == 3)
        _ = UITestSupport.type([.wheelDown(row: model.layout.tree.row + 2, column: 3)], into: &model)
        let after = model.sessions[0].treeRows(lang: .zh)
        #expect(after.firstIndex { $0.key == model.sessions[0].view.selected } == index + 3)
    }

    @Test func signOffOnlyWhenEverythingIsScored() throws {
        var model = try UITestSupport.model()
        #expect(UITestSupport.type([.character(":")] + UITestSupport.chars("signoff") + [.enter], into: &model).isEmpty)
        #expect(model.message?.text.contains("不能签字") == true)
        // Recused reviewers sign off their recusal without scoring.
        _ = UITestSupport.type([.character(":")] + UITestSupport.chars("recuse 利益冲突") + [.enter], into: &model)
        let effects = UITestSupport.type([.character(":")] + UITestSupport.chars("signoff") + [.enter], into: &model)
        #expect(effects == [.signOff(session: 0)])
    }

    @Test func recusedReviewerCannotScore() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character(":")] + UITestSupport.chars("recuse 本人曾为申报单位提供咨询") + [.enter], into: &model)
        #expect(model.sessions[0].state.recusal == "本人曾为申报单位提供咨询")
        let validator = ActionValidator(rubric: model.sessions[0].rubric, profile: model.sessions[0].profile, lang: .en)
        #expect(validator.problem(with: .choose(indicator: "1.1", part: "1", option: "A"), state: model.sessions[0].state)?.contains("recused") == true)
        #expect(validator.problem(with: .comment(target: "", text: "回避"), state: model.sessions[0].state) == nil)
    }

    @Test func gateFailNeedsAReason() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("G2") + [.enter, .tab], into: &model)
        #expect(model.sessions[0].view.selected == "gate:G2")
        _ = UITestSupport.type([.down, .enter, .enter], into: &model)     // Fail, then an empty reason
        #expect(model.sessions[0].state.inputs.gates["G2"] == nil)
        _ = UITestSupport.type([.enter] + UITestSupport.chars("审计投入仅280万元") + [.enter], into: &model)
        #expect(model.sessions[0].state.inputs.gates["G2"] == GateInput(verdict: .fail, reason: "审计投入仅280万元"))
        #expect(model.sessions[0].sheet.outcome == .ineligible)
    }

    @Test func commentIsSavedOnPauseAndOnLeaving() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character("c")] + UITestSupport.chars("现场核验：MES已上线"), into: &model)
        #expect(model.sessions[0].state.comments["1"] == nil)
        let t0 = Date(timeIntervalSince1970: 1_767_000_000)
        #expect(model.idle(now: t0.addingTimeInterval(0.5)).isEmpty)          // still typing
        let saved = model.idle(now: t0.addingTimeInterval(2))
        #expect(saved == [.append(session: 0, action: .comment(target: "1", text: "现场核验：MES已上线"), undoable: true)])
        UITestSupport.snapshot(model.render(), "review-comment-editor-120x40.txt")
        // Leaving the editor saves what was typed since the pause.
        let left = UITestSupport.type(UITestSupport.chars("，APS未上线") + [.escape], into: &model)
        #expect(left == [.append(session: 0, action: .comment(target: "1", text: "现场核验：MES已上线，APS未上线"), undoable: true)])
        #expect(model.mode == .normal)
    }

    @Test(arguments: [(81, 24), (99, 31), (133, 47), (200, 60)])
    func everySizeFromTheMinimumFitsAndCJKIsWhole(width: Int, height: Int) throws {
        var model = try UITestSupport.model(width: width, height: height)
        _ = UITestSupport.type([.character("/")] + UITestSupport.chars("2.3") + [.enter, .tab], into: &model)
        let grid = model.render()
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.line(row)) == width, "row \(row) at \(width)")
        }
        if width == 81 { UITestSupport.snapshot(grid, "review-2.3-81x24.txt") }
    }

    @Test func tooSmallWindowSaysSo() throws {
        var model = try UITestSupport.model(width: 79, height: 23)
        UITestSupport.snapshot(model.render(), "too-small-79x23.txt")
        model.resize(width: 80, height: 24)
        #expect(!model.render().text.contains("窗口太小"))
    }

    @Test func helpIsGeneratedFromTheKeyTable() throws {
        var model = try UITestSupport.model()
        _ = UITestSupport.type([.character("?")], into: &model)
        let text = HelpScreen.lines(keys: model.keys, lang: .en).map(\.text).joined(separator: "\n")
        for binding in KeyTable.standard.bindings {
            #expect(text.contains(binding.help.en), "\(binding.action)")
        }
        UITestSupport.snapshot(model.render(), "help-zh-120x40.txt")
    }

    @Test func englishInterface() throws {
        let model = try UITestSupport.model(lang: .en, ascii: false)
        UITestSupport.snapshot(model.render(), "review-initial-en-unicode-120x40.txt")
    }
}
