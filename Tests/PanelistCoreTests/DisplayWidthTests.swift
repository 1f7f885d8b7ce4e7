import Testing
@testable import PanelistCore

@Suite("Display width and text layout")
struct DisplayWidthTests {
    @Test func cjkTakesTwoCells() {
        #expect(DisplayWidth.of("智能工厂") == 8)
        #expect(DisplayWidth.of("a智b") == 4)
        #expect(DisplayWidth.of("（10分）") == 8)
        #expect(DisplayWidth.of("□") == 1)  // East-Asian ambiguous: one cell, as glibc
    }

    @Test func padAndTruncateByCells() {
        #expect(TextLayout.pad("工厂", to: 6) == "工厂  ")
        #expect(TextLayout.truncate("智能制造标杆车间", to: 7) == "智能制…")
        #expect(DisplayWidth.of(TextLayout.truncate("智能制造标杆车间", to: 7)) == 7)
        #expect(TextLayout.padLeft("10", to: 4) == "  10")
    }

    @Test func wrapKeepsEveryLineWithinWidth() {
        let text = "企业应在《智能制造典型场景参考指引》涵盖的环节中选取与申报车间相关的2个及以上环节开展不少于3个场景的智能制造创新实践，并已经取得明显成效。"
        for width in [9, 10, 17, 31] {
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
            #expect(lines.joined() == text)
            #expect(!lines.dropFirst().contains { $0.hasPrefix("，") || $0.hasPrefix("。") })
        }
    }

    @Test func wrapBreaksLatinAtSpaces() {
        #expect(TextLayout.wrap("capped at 10 points", width: 10) == ["capped at", "10 points"])
    }
}
