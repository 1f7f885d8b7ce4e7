import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

@Suite("Review screen")
struct ReviewScreenTests {
    typealias S = UITestSupport

    @Test func initialScreenSnapshot() throws {
        let model = try S.model()
        let grid = model.render()
        S.snapshot(grid, "review-initial-120x40.txt")
        #expect(grid.line(0).contains("株洲恒驰精密机械有限公司"))
    }

    @Test func investmentIsVerifiedFromTheApplicationsFigure() throws {
        var model = try S.model()
        // Select 2.1 through search, go to the panel, open the number (pre-filled 1800), accept.
        S.type(S.find("2.1"), into: &model)
        #expect(model.sessions[0].view.selected == .node("2.1"))
        S.type([.tab], into: &model)
        let effects = S.type([.enter, .enter], into: &model)
        #expect(S.actions(effects) == [.number(indicator: "2.1", number: "investment", value: 1800)])
        #expect(model.sessions[0].sheet["2.1"] == 10)          // B．大于等于1500万元且小于3000万元（10分）
        #expect(model.overlay == nil)                          // the application's figure needs no reason
        S.snapshot(model.render(), "review-2.1-verified-120x40.txt")
    }

    @Test func overridingTheApplicationsFigureAsksWhyAndShowsTheDerivedLine() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab, .enter] + S.chars("1,450万元") + [.enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.1"]?.numbers["investment"] == 1450)
        #expect(model.sessions[0].sheet["2.1"] == 8)                  // C．大于等于900万元且小于1500万元（8分）
        guard case .prompt(let prompt)? = model.overlay, case .figureReason = prompt.purpose else { Issue.record("no reason prompt"); return }
        S.type(S.chars("审计报告仅认可1450万元") + [.enter], into: &model)
        let key = FigureKey(indicator: "2.1", number: "investment")
        #expect(model.sessions[0].state.figureReasons[key] == "审计报告仅认可1450万元")
        #expect(model.sessions[0].state.comments["2.1"] == nil)      // the reviewer's comment is not written into
        #expect(S.panelText(model).contains("核心装备购置费及服务费用总额：申报书 1800万元，核实为 1450万元。理由：审计报告仅认可1450万元"))
        // An approximate figure is refused with the loader's reason (in Chinese), and nothing is saved.
        S.type([.enter] + S.chars("约1800") + [.enter], into: &model)
        #expect(model.message?.style == .bad)
        #expect(model.message?.text.contains("不是确切数值") == true)
        #expect(model.sessions[0].state.inputs.indicators["2.1"]?.numbers["investment"] == 1450)
    }

    @Test func countsChoicesTicksUndoAndRedo() throws {
        var model = try S.model()
        S.type(S.find("2.4") + [.tab], into: &model)
        // A1 ×2 and A2 ×1 with +; then 3 typed on B1 → 2×5 + 3 + 3×4 = 25 → capped at 15.
        S.type([.character("+"), .character("+"), .down, .character("+"), .down, .down, .down, .character("3"), .enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.4"]?.counts["workshop"] == ["A1": 2, "A2": 1, "B1": 3])
        #expect(model.sessions[0].sheet["2.4"] == 15)
        S.type([.character("u")], into: &model)          // undo the B1 count: journaled as count 0
        #expect(model.sessions[0].state.inputs.indicators["2.4"]?.counts["workshop"]?["B1"] == 0)
        #expect(model.sessions[0].sheet["2.4"] == 13)
        S.type([.control("r")], into: &model)            // redo it
        #expect(model.sessions[0].state.inputs.indicators["2.4"]?.counts["workshop"]?["B1"] == 3)
        // A choice on 1.1 and a tick on 5.1.
        S.type(S.find("自评估等级") + [.tab, .down, .enter], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["1.1"]?.choices["1"] == "B")
        S.type(S.find("5.1") + [.tab, .character(" "), .down, .character(" ")], into: &model)
        #expect(model.sessions[0].sheet["5.1"] == 5)                     // 按所获荣誉最高分取值: max(A 5, B 4)
        S.snapshot(model.render(), "review-5.1-ticked-120x40.txt")
    }

    @Test func pointsOverTheCapAreRefusedWithAMessageAndTheTextStays() throws {
        let session = S.session(try S.rubric("auto-superfactory.yaml"), profile: ApplicantProfile(), dossier: DossierText(id: "A", name: "甲"))
        var model = AppModel(sessions: [session], lang: .zh, ascii: true, width: 100, height: 30)
        S.type(S.find("1.1.1") + [.tab], into: &model)
        let effects = S.type([.enter] + S.chars("12") + [.enter], into: &model)
        #expect(effects.isEmpty)
        #expect(model.message?.style == .bad)
        #expect(model.message?.text.contains("10") == true)
        #expect(model.sessions[0].state.inputs.indicators["1.1.1"] == nil)
        // The prompt is still open with "12", and the refusal is on screen beside it.
        guard case .prompt(let prompt)? = model.overlay else { Issue.record("prompt closed"); return }
        #expect(prompt.text == "12")
        #expect(model.render().text.contains(model.message?.text ?? "?"))
        let ok = S.type([.control("u")] + S.chars("7.5") + [.enter], into: &model)
        #expect(S.actions(ok).count == 1)
        #expect(model.sessions[0].sheet["1.1.1"] == Decimal(string: "7.5"))
    }

    @Test func signedOffReviewIsReadOnly() throws {
        var state = ReviewState()
        state.apply(.signoff(head: String(repeating: "0", count: 64), signature: "x", fingerprint: "ab12"), time: S.now, seq: 1)
        var model = try S.model(state: state)
        let effects = S.type([.tab, .enter], into: &model)
        #expect(effects.isEmpty)
        #expect(model.message?.text.contains(":reopen") == true)
    }

    @Test func mouseSelectsRowsAndFieldsAndTheWheelScrolls() throws {
        var model = try S.model()
        let rows = model.sessions[0].treeRows(lang: .zh)
        let index = try #require(rows.firstIndex { $0.key == .node("2.2") })
        S.type([.mouseClick(row: model.layout.tree.row + 1 + index, column: 5)], into: &model)
        #expect(model.sessions[0].view.selected == .node("2.2"))
        #expect(model.sessions[0].view.focus == .tree)
        // Click the panel's first option twice: the first click focuses it, the second chooses it.
        let cell = try #require(S.cell(of: "( ) A", in: model.render()))
        let click = Key.mouseClick(row: cell.row, column: cell.column + 1)
        S.type([click, click], into: &model)
        #expect(model.sessions[0].state.inputs.indicators["2.2"]?.choices["1"] == "A")
        S.type([.wheelDown(row: model.layout.tree.row + 2, column: 3)], into: &model)
        let after = model.sessions[0].treeRows(lang: .zh)
        #expect(after.firstIndex { $0.key == model.sessions[0].view.selected } == index + 3)
    }

    @Test func signOffShowsTheSummaryAndAsks() throws {
        var model = try S.model()
        // With items open, the summary says what is open and asks whether to sign anyway.
        #expect(S.type([.character(":")] + S.chars("signoff") + [.enter], into: &model).isEmpty)
        #expect(model.overlay == .signOff(scroll: 0))
        var screen = model.render().text
        #expect(screen.contains("签署前核对"))
        #expect(screen.contains("未评指标（15 项）"))
        #expect(screen.contains("仍然签字？"))
        #expect(S.type([.escape], into: &model).isEmpty)
        #expect(model.overlay == nil && !model.sessions[0].state.isSignedOff)
        // Recused reviewers sign off their recusal without scoring: summary first, then y.
        S.type([.character(":")] + S.chars("recuse 利益冲突") + [.enter], into: &model)
        S.type([.character(":")] + S.chars("signoff") + [.enter], into: &model)
        screen = model.render().text
        #expect(screen.contains("已声明回避：利益冲突"))
        #expect(screen.contains("确认签字？"))
        let cancelled = S.type([.character("n")], into: &model)
        #expect(cancelled.isEmpty && model.overlay == nil && !model.sessions[0].state.isSignedOff)
        S.type([.character(":")] + S.chars("signoff") + [.enter], into: &model)
        let signed = S.type([.character("y")], into: &model)
        #expect(signed.contains { if case .signOff = $0 { return true } else { return false } })
        #expect(model.sessions[0].state.isSignedOff)
        S.type([.character(":")] + S.chars("signoff") + [.enter], into: &model)
        #expect(model.message?.text == "已经签字")
    }

    @Test func recusedReviewerCannotScore() throws {
        var model = try S.model()
        S.type([.character(":")] + S.chars("recuse 本人曾为申报单位提供咨询") + [.enter], into: &model)
        #expect(model.sessions[0].state.recusal == "本人曾为申报单位提供咨询")
        let validator = ActionValidator(rubric: model.sessions[0].rubric, profile: model.sessions[0].profile, lang: .en)
        #expect(validator.problem(with: .choose(indicator: "1.1", part: "1", option: "A"), state: model.sessions[0].state)?.contains("recused") == true)
        #expect(validator.problem(with: .comment(target: "", text: "回避"), state: model.sessions[0].state) == nil)
    }

    @Test func gateFailNeedsAReason() throws {
        var model = try S.model()
        S.type(S.find("G2") + [.tab], into: &model)
        #expect(model.sessions[0].view.selected == .gate("G2"))
        S.type([.down, .enter, .enter], into: &model)     // Fail, then an empty reason: refused, the prompt stays
        #expect(model.sessions[0].state.inputs.gates["G2"] == nil)
        S.type(S.chars("审计投入仅280万元") + [.enter], into: &model)
        #expect(model.sessions[0].state.inputs.gates["G2"] == GateInput(verdict: .fail, reason: "审计投入仅280万元"))
        #expect(model.sessions[0].sheet.outcome == .ineligible)
    }

    @Test func commentIsSavedOnPauseAndOnLeaving() throws {
        var model = try S.model()
        S.type([.character("c")] + S.chars("现场核验：MES已上线"), into: &model)
        #expect(model.sessions[0].state.comments["1"] == nil)
        #expect(model.handle(.idle(S.now.addingTimeInterval(0.5))).isEmpty)          // still typing
        let saved = model.handle(.idle(S.now.addingTimeInterval(2)))
        #expect(S.actions(saved) == [.comment(target: "1", text: "现场核验：MES已上线")])
        S.perform(saved, on: &model)
        S.snapshot(model.render(), "review-comment-editor-120x40.txt")
        // Leaving the editor saves what was typed since the pause, and leaves once it is confirmed.
        let left = S.type(S.chars("，APS未上线") + [.escape], into: &model)
        #expect(S.actions(left) == [.comment(target: "1", text: "现场核验：MES已上线，APS未上线")])
        #expect(model.overlay == nil)
    }

    @Test(arguments: [(81, 24), (99, 31), (133, 47), (200, 60)])
    func everySizeFromTheMinimumFitsAndCJKIsWhole(width: Int, height: Int) throws {
        var model = try S.model(width: width, height: height)
        S.type(S.find("2.3") + [.tab], into: &model)
        let grid = model.render()
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.line(row)) == width, "row \(row) at \(width)")
        }
        if width == 81 { S.snapshot(grid, "review-2.3-81x24.txt") }
    }

    @Test func tooSmallWindowSaysSo() throws {
        var model = try S.model(width: 79, height: 23)
        S.snapshot(model.render(), "too-small-79x23.txt")
        model.resize(width: 80, height: 24)
        #expect(!model.render().text.contains("窗口太小"))
    }

    @Test func englishInterface() throws {
        let model = try S.model(lang: .en, ascii: false)
        S.snapshot(model.render(), "review-initial-en-unicode-120x40.txt")
    }
}
