import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// Issue #11's stale automatic comment: the line about a verified figure is derived from the
/// current figure whenever it is drawn, and the reviewer's own words are never touched.
@Suite("Verified figures and their reasons")
struct FigureOverrideScreenTests {
    typealias S = UITestSupport
    static let key = FigureKey(indicator: "2.1", number: "investment")

    func enter(_ figure: String, reason: String?, into model: inout AppModel) {
        S.type([.enter] + S.chars(figure) + [.enter], into: &model)
        if let reason { S.type(S.chars(reason) + [.enter], into: &model) }
    }

    @Test func changingTheFigureBackRemovesTheLineAndKeepsTheComment() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)                 // on the figure (the application states 1800万元)
        enter("500", reason: "现场核实仅500万元", into: &model)
        var screen = S.panelText(model)
        #expect(screen.contains("核实为 500万元。理由：现场核实仅500万元"))
        // The reviewer's own words.
        S.type([.character("c")] + S.chars("设备清单已逐项核对") + [.escape], into: &model)
        #expect(model.sessions[0].state.comments["2.1"] == "设备清单已逐项核对")
        // Back to the application's figure: no prompt, the line goes, the comment stays.
        S.type([.home], into: &model)
        for _ in 0..<6 where model.focusedField?.target != .number(Self.key) { S.type([.down], into: &model) }
        enter("1800", reason: nil, into: &model)
        #expect(model.overlay == nil)
        screen = S.panelText(model)
        #expect(!screen.contains("核实为"))
        #expect(screen.contains("设备清单已逐项核对"))
        #expect(model.sessions[0].state.figureReasons[Self.key] == nil)
        // Entering 500 again asks again and shows one line, not two.
        enter("500", reason: "审计报告认可500万元", into: &model)
        screen = S.panelText(model)
        #expect(screen.components(separatedBy: "核实为 500万元").count == 2)
        #expect(screen.contains("理由：审计报告认可500万元"))
        #expect(!screen.contains("现场核实仅500万元"))
        #expect(model.sessions[0].state.comments["2.1"] == "设备清单已逐项核对")
    }

    @Test func theLineIsWordedAtDrawTimeInTheCurrentLanguage() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)
        enter("1450", reason: "审计", into: &model)
        S.type([.character(":")] + S.chars("lang en") + [.enter], into: &model)
        let screen = S.panelText(model)
        #expect(screen.contains("application states 1800万元, verified 1450万元. Reason: 审计"))
        #expect(screen.contains("application states 1,800万元"))   // the suggestion too, worded now
    }

    @Test func aFigureWithoutAReasonIsFlagged() throws {
        var model = try S.model()
        S.type(S.find("2.1") + [.tab], into: &model)
        S.type([.enter] + S.chars("1450") + [.enter, .escape], into: &model)
        #expect(model.message?.text.contains("未写理由") == true)
        #expect(S.panelText(model).contains("核实为 1450万元。（未写理由）"))
    }
}
