/// Width-aware padding, truncation and wrapping for terminal text (CJK takes two cells).
public enum TextLayout {
    /// Pads with spaces on the right to exactly `width` cells (truncating when longer).
    public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let used = DisplayWidth.of(fitted)
        return fitted + String(repeating: " ", count: max(0, width - used))
    }

    /// Pads with spaces on the left to `width` cells.
    public static func padLeft(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
    }

    /// Cuts text to at most `width` cells, ending with `…` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let budget = width - DisplayWidth.of(ellipsis)
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        return budget >= 0 ? out + ellipsis : out
    }

    /// Wraps text into lines of at most `width` cells; breaks between CJK characters anywhere,
    /// and between Latin words at spaces; keeps closing punctuation off the start of a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(String(paragraph), width: width))
        }
        return lines
    }

    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", ",", ".", ";", ":", ")", "%", "％"]

    static func wrapParagraph(_ text: String, width: Int) -> [String] {
        if text.isEmpty { return [""] }
        // Tokens: a run of non-space ASCII (a word) or a single other character.
        var tokens: [String] = []
        var word = ""
        for ch in text {
            if ch.isASCII && ch != " " {
                word.append(ch)
            } else {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(ch))
            }
        }
        if !word.isEmpty { tokens.append(word) }

        var lines: [String] = []
        var line = ""
        var used = 0
        for token in tokens {
            let w = DisplayWidth.of(token)
            if token == " " && used == 0 && !lines.isEmpty { continue }
            if used + w <= width {
                line += token
                used += w
                continue
            }
            if w > width {
                // A word longer than the line: split it by characters.
                for ch in token {
                    let cw = DisplayWidth.of(ch)
                    if used + cw > width { lines.append(line); line = ""; used = 0 }
                    line.append(ch)
                    used += cw
                }
                continue
            }
            if let first = token.first, noLineStart.contains(first), let last = line.last, used > 0 {
                // Carry the last character down with the punctuation, so no line starts with it.
                let lastWidth = DisplayWidth.of(last)
                if !last.isASCII, lastWidth + w <= width, line.count > 1 {
                    line.removeLast()
                    lines.append(trimTrailing(line))
                    line = String(last) + token
                    used = lastWidth + w
                    continue
                }
            }
            lines.append(trimTrailing(line))
            if token == " " { line = ""; used = 0 } else { line = token; used = w }
        }
        lines.append(trimTrailing(line))
        return lines
    }

    static func trimTrailing(_ s: String) -> String {
        var out = s
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
