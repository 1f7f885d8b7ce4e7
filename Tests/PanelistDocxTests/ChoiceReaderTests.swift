import Foundation
import PanelistCore
@testable import PanelistDocx
import Testing

/// Ticks as Word users type them (DOMAIN.md: "ticks are typed as ☑ ■ √ replacing a □"; seed 003: a lone "(" is a lost □).
@Suite("Import: reading ticks")
struct ChoiceReaderTests {
    let options = ["国有", "民营", "三资", "其他"].map { FormChoice(value: $0, text: $0) }

    func ticked(_ inlines: [WordInline]) -> [String] { ChoiceReader(inlines).read(options).ticked.map(\.text) }
    func ticked(_ text: String) -> [String] { ticked([.text(text, bold: false, marked: false)]) }

    @Test func aBoxReplacedByAnyGlyph() {
        for glyph in ["☑", "■", "√", "✓", "☒", "✔"] {
            #expect(ticked("□国有  \(glyph)民营  □三资  □其他：    （请注明）") == ["民营"], "\(glyph)")
        }
        #expect(ticked("(国有 ■民营 (三资 (其他") == ["民营"])                     // the seed's converted text
        #expect(ticked("□国有    □民营") == [])
    }

    @Test func aTickTypedAfterTheOption() {
        #expect(ticked("□国有  □民营√  □三资") == ["民营"])
        #expect(ticked("□国有√ □民营 □三资") == ["国有"])
        #expect(ticked("□国有☑民营") == ["民营"])                                   // the box of the next option, not a tick after the first
    }

    @Test func highlightedOrShadedOption() {
        #expect(ticked([.text("□国有 □", bold: false, marked: false), .text("三资", bold: false, marked: true), .text(" □其他", bold: false, marked: false)]) == ["三资"])
    }

    @Test func checkBoxControlsAndFields() {
        #expect(ticked([.box(checked: false), .text("国有 ", bold: false, marked: false), .box(checked: true), .text("民营", bold: false, marked: false)]) == ["民营"])
    }

    @Test func otherWithANote() {
        let result = ChoiceReader([.text("□国有 □民营 □三资 ☑其他：股份合作制（请注明）", bold: false, marked: false)]).read(options)
        #expect(result.ticked.map(\.text) == ["其他"])
        #expect(result.otherNote == "股份合作制")
    }

    @Test func fullWidthAndStraySpacesFoldForLabels() {
        #expect(FormText.matches("企 业 名 称：", label: "企业名称"))
        #expect(FormText.matches("近三年企业（车间）实施智能制造的总投入\n（万元）", label: "近三年企业（车间）实施智能制造的总投入"))
        #expect(!FormText.matches("企业名称缩写", label: "企业名称"))
        #expect(FormText.unit(ofLabel: "关键装备数控化(%)*\n（带*必填）") == "%")
        #expect(FormText.title(ofLabel: "其中：核心技术装备购置费（万元）") == "核心技术装备购置费")
        #expect(FormText.pages("（第 41 页）") == "41")
        #expect(FormText.pages("第41-43页") == "41-43")
        #expect(FormText.wordLimit("二、企业情况概述（200字以内）").max == 200)
        #expect(FormText.wordLimit("一、背景和需求介绍（不超过1000字）").max == 1000)
        #expect(FormText.wordLimit("三、智能制造实施内容（1000字以上）").min == 1000)
    }
}
