import Foundation
import Testing

/// The real binary in tmux: a comment with emoji, a flag and combining marks is typed, drawn in
/// line with the grid (tmux's own cursor where the grid puts it), saved, and found intact after
/// quitting and reopening.
@Suite("Emoji and combining marks in tmux", .serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct GraphemeCommentTests {
    let fixture = "Fixtures/applications/zz-2024-w-hengchi.yaml"
    /// ⚠️ (VS16), 👍🏻 (skin tone), 🇨🇳 (flag), e + U+0301 and n + U+0303 (combining marks).
    let comment = "现场核验 \u{26A0}\u{FE0F} \u{1F44D}\u{1F3FB} \u{1F1E8}\u{1F1F3} e\u{301}n\u{303} 完毕"
    /// How the screen shows it: every terminal draws these forms at the same width.
    let shown = "现场核验 \u{26A0}  \u{1F44D} CN e\u{301}n\u{303} 完毕"

    /// Cells of a captured line, counted as the program counts them (wide CJK and emoji: 2).
    static func cells(_ text: Substring) -> Int {
        text.reduce(0) { total, ch in
            let v = ch.unicodeScalars.first?.value ?? 0
            let wide = (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
                || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0x1F300 && v <= 0x1FAFF)
            return total + (wide ? 2 : 1)
        }
    }

    /// The tree | panel separator's column on each body row that has one.
    static func separators(_ screen: String) -> Set<Int> {
        var columns = Set<Int>()
        for line in screen.split(separator: "\n").dropFirst().dropLast(2) {
            if let bar = line.firstIndex(of: "|") { columns.insert(cells(line[..<bar])) }
        }
        return columns
    }

    func cursor(_ t: TmuxDriver) throws -> (x: Int, y: Int, visible: Bool) {
        let out = try t.tmux(["display-message", "-p", "-t", t.session, "#{cursor_x} #{cursor_y} #{cursor_flag}"], output: true)
        let parts = out.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        guard parts.count == 3 else { throw TmuxDriver.Failure(description: "cursor: \(out)") }
        return (parts[0], parts[1], parts[2] == 1)
    }

    /// The comment texts in every journal under the private home.
    func journalComments(_ t: TmuxDriver) throws -> [String] {
        let state = t.home + "/state"
        var out: [String] = []
        for file in FileManager.default.enumerator(atPath: state)?.compactMap({ $0 as? String }) ?? [] where file.hasSuffix(".jsonl") {
            let text = try String(contentsOfFile: state + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      object["type"] as? String == "comment", let comment = object["text"] as? String else { continue }
                out.append(comment)
            }
        }
        return out
    }

    @Test func typeQuitReopenAndFindTheCommentIntact() throws {
        let t = try TmuxDriver()
        try t.start(["review", fixture, "--name", "周评审"])
        let first = try t.wait(for: "评分细则")
        let columns = Self.separators(first)
        #expect(columns.count == 1, "one separator column: \(columns)")
        #expect(try !cursor(t).visible, "no cursor while nothing is edited")

        try t.keys("/"); try t.type("2.2"); try t.keys("Enter", "c")
        try t.wait(for: "编辑评语")
        try t.type(comment)
        let typed = try t.wait(for: shown)
        // Drawn in line: the separator has not moved, and tmux's cursor is just after the text.
        #expect(Self.separators(typed) == columns, "\(typed)")
        let lines = typed.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains(shown) })
        let line = lines[row]
        let start = Self.cells(line[..<(line.range(of: shown)?.lowerBound ?? line.startIndex)])
        let at = try cursor(t)
        #expect(at.visible, "the real cursor is shown while a comment is edited")
        #expect(at.y == row)
        #expect(at.x == start + Self.cells(Substring(shown)), "cursor at \(at.x), text from \(start): \(line)")

        try t.keys("Escape")
        try t.wait(for: "已保存")
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        #expect(try journalComments(t).contains { $0.unicodeScalars.elementsEqual(comment.unicodeScalars) }, "the journal keeps every scalar")
        try t.endSession()

        try t.start(["review", fixture])
        try t.wait(for: "评分细则")
        try t.keys("/"); try t.type("2.2"); try t.keys("Enter")
        let reopened = try t.wait(for: shown)
        #expect(Self.separators(reopened) == columns)
        try t.keys("c")
        try t.wait(for: "编辑评语")
        try t.keys("BSpace")                                  // the last cluster, 毕, goes whole
        let edited = try t.wait(for: "现场核验 \u{26A0}  \u{1F44D} CN e\u{301}n\u{303} 完")
        #expect(!edited.contains("完毕"))
        try t.keys("Escape")
        try t.wait(for: "已保存")
        try t.keys("q")
        try t.wait(for: "PANELIST-EXITED 0")
        #expect(try journalComments(t).last.map { $0.unicodeScalars.elementsEqual(String(comment.dropLast()).unicodeScalars) } == true)
    }
}
