import CNcursesw
import PanelistCore

/// How one grid cell's grapheme cluster is sent to the terminal so that the terminal's own
/// cursor advance equals the cells `DisplayWidth` gives it, whatever the terminal.
///
/// ncursesw measures a cell by the C library's `wcwidth` of its first scalar and sends the
/// zero-width scalars after it (`setcchar`'s combining characters, at most `CCHARW_MAX - 1`).
/// Terminals agree on that form — a spacing character and its combining marks — but not on
/// emoji sequences (see `DisplayWidth`: `⚠️` is 1 cell in xterm, VTE and tmux 3.3a and 2 in
/// kitty; `👍🏻` is 4 in xterm and tmux, 2 in kitty; `👨‍👩‍👧` 6 in xterm, 2 in tmux and kitty).
/// So a cluster is presented as:
/// - its base and the combining marks (Mn, Me) and Hangul medial and final jamo that follow,
///   when the C library gives the base the cluster's width;
/// - the same padded with a space, when the base is narrower (VS16 emoji such as `⚠️` are
///   drawn as their text form `⚠` and a blank cell);
/// - a flag as its two letters (`🇨🇳` as `CN`), a lone regional indicator as its letter;
/// - what follows a variation selector, a zero-width joiner or an emoji modifier is left out
///   (`👍🏻` is drawn `👍`, `👨‍👩‍👧` is drawn `👨`);
/// - `?` (padded) when the C library does not know the base or measures it wider.
/// The text itself is never changed; only its picture on this screen is simplified.
enum TerminalCluster {
    /// At most this many combining scalars follow a base in one ncurses cell.
    static let maximumMarks = 4

    /// The wide characters that present `character` in `cells` cells, appended to `out`.
    static func append(_ character: Character, cells: Int, to out: inout [wchar_t]) {
        if let ascii = character.asciiValue {
            out.append(wchar_t(ascii))
            return
        }
        let scalars = character.unicodeScalars
        guard let base = scalars.first else {
            pad(&out, cells)
            return
        }
        if DisplayWidth.isRegionalIndicator(base.value) {
            var letters = 0
            for scalar in scalars where DisplayWidth.isRegionalIndicator(scalar.value) && letters < cells {
                out.append(wchar_t(0x41 + scalar.value - 0x1F1E6))
                letters += 1
            }
            pad(&out, cells - letters)
            return
        }
        let baseWidth = Int(wcwidth(wchar_t(base.value)))
        guard baseWidth >= 1, baseWidth <= cells else {
            out.append(wchar_t(0x3F))
            pad(&out, cells - 1)
            return
        }
        out.append(wchar_t(base.value))
        var marks = 0
        for scalar in scalars.dropFirst() {
            guard marks < maximumMarks, isMark(scalar), wcwidth(wchar_t(scalar.value)) == 0 else { break }
            out.append(wchar_t(scalar.value))
            marks += 1
        }
        pad(&out, cells - baseWidth)
    }

    /// The wide characters that present a cluster of one scalar in `cells` cells, appended to
    /// `out`: the same as `append(_:cells:to:)` gives its `Character`, without making one.
    static func append(scalar value: UInt32, cells: Int, to out: inout [wchar_t]) {
        if value < 0x80 {
            out.append(wchar_t(value))
            pad(&out, cells - 1)
            return
        }
        if DisplayWidth.isRegionalIndicator(value) {
            out.append(wchar_t(0x41 + value - 0x1F1E6))
            pad(&out, cells - 1)
            return
        }
        let baseWidth = Int(wcwidth(wchar_t(bitPattern: value)))
        guard baseWidth >= 1, baseWidth <= cells else {
            out.append(wchar_t(0x3F))
            pad(&out, cells - 1)
            return
        }
        out.append(wchar_t(bitPattern: value))
        pad(&out, cells - baseWidth)
    }

    /// A scalar every terminal draws over the one before it: a combining mark (not a variation
    /// selector) or a Hangul medial or final jamo.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (v >= 0x1160 && v <= 0x11FF) || (v >= 0xD7B0 && v <= 0xD7FF) { return true }
        if (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0xE0100 && v <= 0xE01EF) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func pad(_ out: inout [wchar_t], _ count: Int) {
        if count > 0 { out.append(contentsOf: repeatElement(wchar_t(0x20), count: count)) }
    }
}
