import Foundation

/// Random text mixing every kind of grapheme cluster a reviewer can type or paste: ASCII, CJK,
/// fullwidth forms, Hangul syllables and conjoining jamo, combining marks (also with nothing to
/// combine with), emoji with VS16 and VS15, skin tones, ZWJ sequences, flags and lone regional
/// indicators, keycaps, ambiguous-width punctuation, zero-width spaces and newlines.
///
/// Shared by the core and UI test targets (the UI target's copy is a symbolic link to this file).
enum GraphemeSamples {
    /// The pieces random text is made of; neighbouring pieces may join into one cluster.
    static let pieces: [String] = [
        "a", "Z", "7", " ", " ", ",", ".", "-", "中", "智", "能", "厂", "，", "。", "（", "Ａ", "：", "한", "각",
        "\u{1100}\u{1161}\u{11A8}", "e\u{301}", "o\u{308}\u{304}", "\u{301}", "\u{20DD}",
        "⚠️", "❤️", "⚠", "⌚", "⌚︎", "👍", "👍🏻", "👍🏿", "👨‍👩‍👧", "🏳️‍🌈", "🇨🇳", "🇺🇸", "🇨", "1️⃣",
        "·", "…", "—", "“", "”", "\u{200B}", "\n",
    ]

    /// The text of the issue: what crashed the comment editor.
    static let issue = "⚠️ ❤️ 👍🏻 🇨🇳 e\u{301} 中文"

    /// `count` random strings of up to `maxPieces` pieces, the same for a seed.
    static func strings(count: Int, maxPieces: Int = 24, seed: UInt64 = 12) -> [String] {
        var rng = SplitMix64(seed: seed)
        var out = [issue]
        while out.count < count {
            let n = Int.random(in: 1...maxPieces, using: &rng)
            out.append((0..<n).map { _ in pieces.randomElement(using: &rng) ?? "a" }.joined())
        }
        return out
    }

    /// A small, seedable random number generator, so failures reproduce.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
