/// Terminal display width of text: ONE rule, per extended grapheme cluster (a Swift `Character`),
/// used by the screen grid, the editors, `TextLayout` and every printout.
///
/// The rule (Unicode 17 tables in `DisplayWidth+Tables.swift`):
///
/// | cluster | cells | example |
/// |---|---|---|
/// | ASCII printable | 1 | `a` |
/// | control characters (C0, DEL, C1), alone or as `\r\n` | 0 | tab, CR |
/// | format characters alone (ZWSP, ZWJ, LRM, BOM …) | 0 | U+200B |
/// | base East-Asian Wide or Fullwidth (CJK, kana, Hangul syllables, fullwidth forms, emoji with default emoji presentation) | 2 | `中` `Ａ` `한` `👍` |
/// | a narrow base followed by U+FE0F (VS16), when it has an emoji variation sequence | 2 | `⚠️` `❤️` `1️⃣` |
/// | two regional indicators (a flag) | 2 | `🇨🇳` |
/// | a lone regional indicator | 1 | `🇨` |
/// | anything else: the base's width, East-Asian Ambiguous counted as 1 | 1 | `é` (e + U+0301), `·`, `…` |
/// | a cluster that starts with a combining mark (nothing to combine with) | 1 | U+0301 at the start of a line |
///
/// Whatever follows the base inside the cluster adds nothing: combining marks (é), U+FE0E (VS15,
/// text presentation: keeps the base's width, `⌚︎` is 2), skin-tone modifiers (`👍🏻` is 2),
/// zero-width-joiner sequences (`👨‍👩‍👧` is 2), tag sequences, Hangul medial and final jamo
/// (ᄀ + ᅡ + ᆨ is 2, like the syllable 각).
///
/// What others do. Measured here (glibc 2.36 `wcwidth`; tmux 3.3a, `#{cursor_x}` after each cluster):
/// - glibc `wcwidth` (and so ncursesw, which adds it up per code point): VS16 and ZWJ are 0 and
///   nothing joins, so `⚠️` is 1, `👍🏻` is 4, `👨‍👩‍👧` is 6; a flag is 1 + 1 = 2.
/// - tmux 3.3a: a cluster takes its first scalar's width, except that a skin-tone modifier is a
///   character of its own: `⚠️` 1, `👍🏻` 4, `👨‍👩‍👧` 2, flag 2, `é` 1, Hangul jamo 2.
/// Not measured here (reported by the terminals' trackers and the ucs-detect survey of
/// terminals): xterm and VTE (GNOME Terminal) count per code point much as `wcwidth` does, so
/// VS16, skin tones and ZWJ sequences come out as above or wider; kitty (like WezTerm, foot and
/// iTerm2) segments clusters and applies emoji presentation: `⚠️` 2, `👍🏻` 2, `👨‍👩‍👧` 2, flag 2 —
/// this rule is theirs, and that of UTS #51 / UAX #11.
///
/// Since terminals disagree on VS16, modifiers and ZWJ sequences, the terminal layer never sends
/// those sequences as they are: it presents each cluster in a form whose width every one of them
/// agrees on and that fills exactly this rule's cells (`TerminalCluster` in PanelistTerminal:
/// the base with its combining marks, padded with a space when the rule is wider; a flag as its
/// two letters). The text itself is never changed: journals, sheets and printouts keep it whole.
///
/// East-Asian Ambiguous characters (□ ☑ ○ · … → —) count as one cell, as glibc does; the
/// program never draws them itself (see `Glyphs`), since a CJK-configured terminal draws them in two.
public enum DisplayWidth {
    /// Cells taken by one Unicode scalar on its own: 0, 1 or 2 (its width as a cluster's base).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if v < 0x300 || isRegionalIndicator(v) { return 1 }
        if isWide(v) { return 2 }
        return isZeroWidth(v) ? 0 : 1
    }

    /// Cells taken by a character (an extended grapheme cluster), by the rule above.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        // The common case, one scalar of two to four UTF-8 bytes, without iterating scalars.
        let utf8 = character.utf8
        if let v = singleScalar(utf8) {
            if v >= 0x4E00 && v <= 0x9FFF { return 2 }
            if let scalar = Unicode.Scalar(v), !isZeroWidth(v) || scalar.properties.generalCategory != .format {
                return isZeroWidth(v) ? 1 : of(scalar)
            }
            return 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return 0 }
        let v = base.value
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        if isRegionalIndicator(v) { return scalars.next().map { isRegionalIndicator($0.value) } == true ? 2 : 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if isWide(v) { return 2 }
        if isZeroWidth(v) {
            // Nothing before it to combine with: a mark is shown on its own cell, a format character not at all.
            return base.properties.generalCategory == .format ? 0 : 1
        }
        if let next = scalars.next(), next.value == 0xFE0F, inRanges(v, emojiVariationBases) { return 2 }
        return 1
    }

    /// Cells taken by a string: the sum over its clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        if let quick = simpleWidth(text.unicodeScalars) { return quick }
        var total = 0
        for ch in text { total += of(ch) }
        return total
    }

    /// The width of text in which every scalar is a cluster of its own (ASCII, Latin-1, CJK
    /// ideographs and punctuation, kana, Hangul syllables, fullwidth forms, general
    /// punctuation) — most of what the program shows — by adding up scalars, without segmenting;
    /// nil as soon as a scalar could join a cluster (a mark, a joiner, a selector, an emoji, a
    /// regional indicator, a jamo).
    public static func simpleWidth(_ scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var total = 0
        for scalar in scalars {
            guard let w = simpleWidth(scalar.value) else { return nil }
            total += w
        }
        return total
    }

    /// `simpleWidth(_:)` of a string's scalars, compiled for them (the generic one, called from
    /// another module, walks the scalars through witness tables: a tenth of a frame's drawing).
    public static func simpleWidth(_ scalars: String.UnicodeScalarView) -> Int? {
        var total = 0
        for scalar in scalars {
            guard let w = simpleWidth(scalar.value) else { return nil }
            total += w
        }
        return total
    }

    /// A scalar's width when it is always a cluster of its own, else nil.
    @inline(__always)
    public static func simpleWidth(_ v: UInt32) -> Int? {
        // The cases do not overlap; the commonest (ASCII, then CJK ideographs) come first.
        switch v {
        case 0x20...0x7E: return 1
        case 0x4E00...0x9FFF: return 2
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0xFF61...0xFF9D: return 1
        case 0..<0x0D, 0x0E..<0x20, 0x7F..<0xA0: return 0
        case 0x3000...0x3029, 0x3030...0x303E, 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6: return 2
        // Superscripts and currency; letterlike symbols to miscellaneous symbols and arrows (no marks there;
        // an emoji among them joins only through a selector or joiner, which are not simple).
        case 0x2070...0x20CF, 0x2100...0x2BFF: return isWide(v) ? 2 : 1
        default: return nil
        }
    }

    /// Where text must be cut to fit `cells` (whole clusters), and the cells kept, when the text
    /// up to the cut and the scalar after it are all clusters of their own; nil otherwise.
    static func simpleCut(_ text: String, cells: Int) -> (end: String.Index, used: Int)? {
        var used = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard let w = simpleWidth(scalars[index].value) else { return nil }
            if used + w > cells { return (index, used) }
            used += w
            index = scalars.index(after: index)
        }
        return (index, used)
    }

    /// The scalar of a character that is exactly one scalar of two to four bytes, else nil.
    static func singleScalar(_ utf8: Character.UTF8View) -> UInt32? {
        var bytes = utf8.makeIterator()
        guard let b0 = bytes.next(), b0 >= 0xC2 else { return nil }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var v = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for _ in 1..<length {
            guard let b = bytes.next() else { return nil }
            v = v << 6 | UInt32(b & 0x3F)
        }
        return bytes.next() == nil ? v : nil
    }

    /// Whether a scalar is East-Asian Ambiguous: one cell here, two in a CJK-configured terminal.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA1 && inRanges(scalar.value, ambiguousRanges)
    }

    /// Whether a scalar is East-Asian Wide or Fullwidth.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool { isWide(scalar.value) }

    /// Whether a scalar is a regional indicator (half of a flag).
    public static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        v >= 0x300 && inRanges(v, zeroRanges)
    }

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        // The common case first: CJK ideographs, CJK punctuation, fullwidth forms.
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        return inRanges(v, wideRanges)
    }

    /// Binary search in sorted, disjoint ranges.
    static func inRanges(_ v: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
