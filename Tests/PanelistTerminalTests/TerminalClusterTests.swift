import CNcursesw
import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistTerminal
@testable import PanelistUI

/// Every cluster is sent in a form whose width, as the C library's `wcwidth` (and so ncursesw,
/// xterm, VTE and tmux) adds it up, is exactly the cells the grid gives it; and in a form every
/// terminal draws alike: one spacing character followed only by combining marks.
@Suite("Terminal: clusters as the terminal counts them")
struct TerminalClusterTests {
    /// Runs `body` with a UTF-8 locale on this thread only (the C library's widths depend on it).
    static func inUTF8<T>(_ body: () throws -> T) rethrows -> T {
        guard let utf8 = panelist_utf8_locale() else { return try body() }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return try body()
    }

    /// The clusters of the samples as the grid holds them, with their cells.
    static var cells: [(Character, Int)] {
        var out: [(Character, Int)] = []
        for text in GraphemeSamples.strings(count: 80) + GraphemeSamples.pieces {
            var grid = ScreenGrid(width: 200, height: 1)
            grid.write(text, row: 0, column: 0)
            for column in 0..<grid.width where !grid[0, column].continuation {
                let wide = column + 1 < grid.width && grid[0, column + 1].continuation
                out.append((grid[0, column].character, wide ? 2 : 1))
            }
        }
        return out
    }

    @Test func theTerminalAdvancesByTheGridsCells() {
        Self.inUTF8 {
            for (character, cells) in Self.cells {
                var out: [wchar_t] = []
                TerminalCluster.append(character, cells: cells, to: &out)
                let widths = out.map { Int(wcwidth($0)) }
                let name = character.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
                #expect(widths.allSatisfy { $0 >= 0 }, "\(name): \(widths)")
                #expect(widths.reduce(0, +) == cells, "\(name) in \(cells) cells is sent as \(out.map { String($0, radix: 16) }) of widths \(widths)")
                // Each spacing character is followed only by combining marks (what every terminal draws alike).
                for (index, value) in out.enumerated() where widths[index] == 0 {
                    #expect(index > 0 && widths[index - 1] >= 0)
                    if let scalar = Unicode.Scalar(UInt32(value)) { #expect(TerminalCluster.isMark(scalar), "\(name): U+\(String(value, radix: 16))") }
                }
            }
        }
    }

    @Test func howTheIssuesClustersAreSent() {
        Self.inUTF8 {
            func sent(_ text: String, _ cells: Int) -> String {
                var out: [wchar_t] = []
                TerminalCluster.append(Character(text), cells: cells, to: &out)
                return String(String.UnicodeScalarView(out.compactMap { Unicode.Scalar(UInt32($0)) }))
            }
            #expect(sent("⚠️", 2) == "⚠ ")                      // text form and a blank: 1 + 1 cells everywhere
            #expect(sent("👍🏻", 2) == "👍")                     // the modifier is left out: 2, not 4
            #expect(sent("🇨🇳", 2) == "CN")                     // a flag as its letters
            #expect(sent("e\u{301}", 1) == "e\u{301}")          // base and combining mark, one cell
            #expect(sent("👨‍👩‍👧", 2) == "👨")                  // the first of a ZWJ sequence
            #expect(sent("\u{1100}\u{1161}\u{11A8}", 2) == "\u{1100}\u{1161}\u{11A8}")
            #expect(sent("中", 2) == "中")
        }
    }
}
