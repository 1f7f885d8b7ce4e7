import Testing
@testable import PanelistUI

@Suite("Line and text editors")
struct EditorTests {
    @Test func lineEditorMovesByCharacterAndScrollsByWidth() {
        var e = LineEditor("产线改造")
        e.handle(.left)
        e.handle(.character("柔"))
        #expect(e.text == "产线改柔造")
        #expect(e.cursor == 4)
        // 5 characters × 2 cells in a 6-cell field: the view scrolls past 产线 so the cursor
        // (before 造, 8 cells in) stays inside, at cell 4 of "改柔造".
        let view = e.view(width: 6)
        #expect(view.text == "改柔造")
        #expect(view.cursorColumn == 4)
        e.handle(.home)
        e.handle(.delete)
        #expect(e.text == "线改柔造")
        #expect(e.view(width: 20) == ("线改柔造", 0))
    }

    @Test func textEditorWrapsCJKAndMovesByDisplayColumn() {
        var t = TextEditor("")
        for ch in "现场核验：MES已上线" { t.handle(.character(ch), width: 8) }
        let rows = t.rows(width: 8)
        #expect(rows.count == 3)                 // 现场核验 | ：MES已 | 上线
        #expect(t.cursorPosition(width: 8) == (2, 4))
        t.handle(.up, width: 8)
        #expect(t.cursorPosition(width: 8).row == 1)
        t.handle(.enter, width: 8)
        #expect(t.text.contains("\n"))
        t.handle(.backspace, width: 8)
        #expect(t.text == "现场核验：MES已上线")
    }
}
