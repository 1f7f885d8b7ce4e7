import Foundation
import Testing
@testable import PanelistCore

/// The Swift trims on the start-up path give exactly what Foundation's `trimmingCharacters`
/// gave (they replace it there: bridging long texts to NSString cost 4% of a start).
@Suite("Text: trimming without Foundation")
struct TextTrimmingTests {
    /// Every scalar either set holds or might be thought to hold, and ordinary text around them.
    static let alphabet: [String] = [
        " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}",
        "\u{2000}", "\u{2005}", "\u{200A}", "\u{200B}", "\u{200C}", "\u{2028}", "\u{2029}",
        "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "a", "中", "e\u{301}", "\u{301}", "👍🏻", "🇨🇳", "｜", "|",
    ]

    static func strings(count: Int) -> [String] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var out = alphabet
        for _ in 0..<count {
            let length = next() % 9
            out.append((0..<length).map { _ in alphabet[next() % alphabet.count] }.joined())
        }
        return out
    }

    @Test func spacesAsFoundationTrimsThem() {
        for text in Self.strings(count: 3000) {
            let expected = text.trimmingCharacters(in: .whitespaces)
            #expect(text.trimmingSpaces().unicodeScalars.elementsEqual(expected.unicodeScalars),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(text[...].trimmingSpaces().unicodeScalars.elementsEqual(expected.unicodeScalars))
        }
    }

    @Test func whitespaceAndNewlinesAsFoundationTrimsThem() {
        for text in Self.strings(count: 3000) {
            let expected = text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(text.trimmingWhitespaceAndNewlines().unicodeScalars.elementsEqual(expected.unicodeScalars),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
