import CNcursesw
import Testing
@testable import PanelistCore
@testable import PanelistTerminal
@testable import PanelistUI

/// The frame encoder's bytes, played on a model terminal, leave exactly the screen a full repaint
/// of the new frame leaves, whatever the frame before it; and they hold only what changed.
@Suite("Terminal: frames as bytes")
struct FrameEncoderTests {
    /// Test codes: style n is `ESC [ 0 ; 1n m` and the reset `ESC [ 0 ; 10 m`, so the model
    /// terminal can tell them apart; the normal style has no codes of its own (as on a real terminal).
    static func codes(lastCellScrolls: Bool = false) -> TerminalCodes {
        .ansi(reset: Array("\u{1B}[0;10m".utf8),
              styles: ScreenGrid.Style.allCases.map { $0 == .normal ? [] : Array("\u{1B}[0;\(10 + Int($0.rawValue))m".utf8) },
              lastCellScrolls: lastCellScrolls)
    }

    /// A terminal that understands what the encoder sends: cursor moves, the test styles, erase
    /// to end of line, and UTF-8 text advancing by the C library's `wcwidth` (as xterm, VTE and tmux do).
    struct ModelTerminal {
        let width: Int
        let height: Int
        /// Each cell: the scalars drawn there ("" for the right half of a wide character) and a style.
        var cells: [(text: String, style: Int)]
        var row = 0
        var column = 0
        var style = 0
        /// Set when a write would have scrolled the screen (the last cell of a terminal that scrolls there).
        var scrolled = false
        var lastCellScrolls: Bool

        init(width: Int, height: Int, lastCellScrolls: Bool = false) {
            self.width = width
            self.height = height
            self.lastCellScrolls = lastCellScrolls
            cells = Array(repeating: (" ", 0), count: width * height)
        }

        mutating func play(_ bytes: [UInt8]) {
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x1B {
                    var j = i + 2
                    var parameters = ""
                    while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) {
                        parameters.append(Character(Unicode.Scalar(bytes[j])))
                        j += 1
                    }
                    let numbers = parameters.split(separator: ";").compactMap { Int($0) }
                    switch bytes[j] {
                    case 0x48: // H: move
                        row = numbers[0] - 1
                        column = numbers[1] - 1
                    case 0x6D: // m: a test style
                        style = numbers.count == 2 ? numbers[1] - 10 : 0
                    case 0x4B: // K: erase to end of line
                        for c in column..<width { cells[row * width + c] = (" ", style) }
                    default:
                        Issue.record("unexpected control \(parameters)\(Character(Unicode.Scalar(bytes[j])))")
                    }
                    i = j + 1
                    continue
                }
                // One UTF-8 scalar.
                let length = bytes[i] < 0x80 ? 1 : bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4
                let scalar = String(decoding: bytes[i..<(i + length)], as: UTF8.self).unicodeScalars.first ?? "?"
                i += length
                let w = Int(wcwidth(wchar_t(scalar.value)))
                if w == 0 {
                    cells[row * width + max(0, column - 1)].text.unicodeScalars.append(scalar)
                    continue
                }
                #expect(column + w <= width, "text written past the row's end at \(row),\(column)")
                guard column + w <= width else { continue }
                if lastCellScrolls, row == height - 1, column + w == width { scrolled = true }
                cells[row * width + column] = (String(scalar), style)
                if w == 2 { cells[row * width + column + 1] = ("", style) }
                column += w
            }
        }

        /// The screen as text, one cell a field, with styles.
        var picture: [String] {
            (0..<height).map { r in (0..<width).map { c in "\(cells[r * width + c].text)\(cells[r * width + c].style)" }.joined(separator: "|") }
        }
    }

    /// What a repaint of every cell, cluster by cluster, shows: the reference the encoder must equal.
    static func repainted(_ grid: ScreenGrid) -> [UInt8] {
        var out: [UInt8] = []
        var wide: [wchar_t] = []
        for row in 0..<grid.height {
            TerminalCodes.ansiMove(row, 0, &out)
            var col = 0
            while col < grid.width {
                let index = row * grid.width + col
                let cells = col + 1 < grid.width && grid.isContinuation(index + 1) ? 2 : 1
                out.append(contentsOf: Array("\u{1B}[0;\(10 + Int(grid.style(at: index).rawValue))m".utf8))
                wide.removeAll()
                TerminalCluster.append(grid.cell(at: index).character, cells: cells, to: &wide)
                for value in wide { FrameEncoder.appendUTF8(UInt32(bitPattern: value), to: &out) }
                col += cells
            }
        }
        return out
    }

    /// Random frames of the grapheme samples in random styles and places, some a small change of the one before.
    static func frames(width: Int, height: Int, count: Int) -> [ScreenGrid] {
        var seed: UInt64 = 0xC0FF_EE12_3456_789A
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33) % max(1, n)
        }
        let texts = GraphemeSamples.strings(count: 60) + GraphemeSamples.pieces + ["", "    ", "plain ascii text"]
        var frames: [ScreenGrid] = []
        var grid = ScreenGrid(width: width, height: height)
        for _ in 0..<count {
            if next(4) == 0 { grid = ScreenGrid(width: width, height: height) }
            for _ in 0..<(1 + next(6)) {
                let style = ScreenGrid.Style.allCases[next(ScreenGrid.Style.allCases.count)]
                if next(5) == 0 {
                    grid.fill(row: next(height), column: next(width), width: next(width), height: 1 + next(3), style: style)
                } else {
                    grid.write(texts[next(texts.count)], row: next(height), column: next(width), style: style)
                }
            }
            if next(3) == 0 { grid.placeCursor(row: next(height), column: next(width)) } else { grid.placeCursor(row: -1, column: 0) }
            frames.append(grid)
        }
        return frames
    }

    @Test(arguments: [false, true])
    func eachFrameLeavesWhatARepaintLeaves(lastCellScrolls: Bool) {
        TerminalClusterTests.inUTF8 {
            let encoder = FrameEncoder(codes: Self.codes(lastCellScrolls: lastCellScrolls))
            let (width, height) = (23, 6)
            var screen = ModelTerminal(width: width, height: height, lastCellScrolls: lastCellScrolls)
            var previous: ScreenGrid?
            for (number, grid) in Self.frames(width: width, height: height, count: 400).enumerated() {
                var bytes: [UInt8] = []
                encoder.encode(grid, over: previous, into: &bytes)
                screen.play(bytes)
                var reference = ModelTerminal(width: width, height: height)
                reference.play(Self.repainted(grid))
                var got = screen.picture
                var expected = reference.picture
                if lastCellScrolls {
                    // That one cell is never written; everything else is.
                    #expect(!screen.scrolled, "frame \(number) wrote the last cell")
                    got[height - 1] = String(got[height - 1].split(separator: "|").dropLast(2).joined(separator: "|"))
                    expected[height - 1] = String(expected[height - 1].split(separator: "|").dropLast(2).joined(separator: "|"))
                }
                #expect(got == expected, "frame \(number)")
                #expect(screen.style == 0, "frame \(number) does not end in the normal style")
                if let cursor = grid.cursor {
                    #expect(screen.row == cursor.row && screen.column == cursor.column, "frame \(number): cursor")
                }
                previous = grid
            }
        }
    }

    @Test func anUnchangedFrameSendsNothing() {
        let encoder = FrameEncoder(codes: Self.codes())
        for grid in Self.frames(width: 40, height: 8, count: 50) where grid.cursor == nil {
            var bytes: [UInt8] = []
            encoder.encode(grid, over: grid, into: &bytes)
            #expect(bytes.isEmpty)
        }
    }

    @Test func oneChangedCellIsOneMoveAndItsBytes() {
        let encoder = FrameEncoder(codes: Self.codes())
        var before = ScreenGrid(width: 200, height: 60)
        for row in 0..<60 { before.write(String(repeating: "数据 text ", count: 25), row: row, column: 0) }
        var after = before
        after.write("X", row: 30, column: 105, style: .bold)
        var bytes: [UInt8] = []
        encoder.encode(after, over: before, into: &bytes)
        // Move to row 31, column 106; the bold style; X; back to normal.
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[31;106H\u{1B}[0;11mX\u{1B}[0;10m")
    }

    @Test func blankTailsAreErased() {
        let encoder = FrameEncoder(codes: Self.codes())
        var before = ScreenGrid(width: 80, height: 2)
        before.write(String(repeating: "x", count: 80), row: 1, column: 0)
        var after = ScreenGrid(width: 80, height: 2)
        after.write("short", row: 1, column: 0)
        var bytes: [UInt8] = []
        encoder.encode(after, over: before, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[2;1Hshort\u{1B}[K")
    }

    @Test func aFirstFrameSendsOnlyWhatIsNotBlank() {
        let encoder = FrameEncoder(codes: Self.codes())
        var grid = ScreenGrid(width: 200, height: 60)
        grid.write("Panelist", row: 0, column: 0, style: .status)
        grid.write("中文", row: 59, column: 190)
        var bytes: [UInt8] = []
        TerminalClusterTests.inUTF8 { encoder.encode(grid, over: nil, into: &bytes) }
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[1;1H\u{1B}[0;18mPanelist\u{1B}[60;191H\u{1B}[0;10m中文")
    }

    @Test func blanksToTheEndBeyondTheChangeAreErased() {
        let encoder = FrameEncoder(codes: Self.codes())
        var before = ScreenGrid(width: 80, height: 1)
        before.write("a long line of text here", row: 0, column: 10)
        var after = ScreenGrid(width: 80, height: 1)
        after.write("a long", row: 0, column: 10)
        var bytes: [UInt8] = []
        encoder.encode(after, over: before, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[1;18H\u{1B}[K")
    }

    @Test func scalarsAreSentAsTheirUTF8() {
        for value in stride(from: UInt32(0), to: 0x11_0000, by: 7).map({ $0 }) + [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x1_0000, 0x10_FFFF] {
            var out: [UInt8] = []
            FrameEncoder.appendUTF8(value, to: &out)
            let expected = Unicode.Scalar(value).map { Array(String($0).utf8) } ?? [0xEF, 0xBF, 0xBD]
            #expect(out == expected, "U+\(String(value, radix: 16))")
        }
    }
}
