/// Width-aware padding, truncation and wrapping for terminal text (CJK takes two cells).
public enum TextLayout {
    /// Pads with spaces on the right to exactly `width` cells (truncating when longer).
    public static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let used = DisplayWidth.of(text)
        if used <= width { return used == width ? text : text + String(repeating: " ", count: width - used) }
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// Pads with spaces on the left to `width` cells.
    public static func padLeft(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let fitted = truncate(text, to: width, ellipsis: ellipsis)
        let padding = max(0, width - DisplayWidth.of(fitted))
        guard padding > 0 else { return fitted }
        // A text that starts with a mark would join the last space: give it one more to sit on.
        let joins = fitted.unicodeScalars.first.map { DisplayWidth.of($0) == 0 } == true && (" " + fitted).count == fitted.count
        return String(repeating: " ", count: padding + (joins ? 1 : 0)) + fitted
    }

    /// Cuts text to at most `width` cells, ending with `…` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let budget = width - DisplayWidth.of(ellipsis)
        if budget >= 0, let cut = DisplayWidth.simpleCut(text, cells: budget) { return String(text[..<cut.end]) + ellipsis }
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
    ///
    /// Works on whole grapheme clusters, each measured once: a line never splits a cluster.
    /// The same text at the same width is wrapped once (`WrapCache`).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return WrapCache.shared.lines(text, width: width) { wrapUncached(text, width: width) }
    }

    static func wrapUncached(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        var lines: [String] = []
        var start = 0
        for (index, ch) in chars.enumerated() where ch == "\n" || ch == "\r\n" {
            wrapParagraph(chars[start..<index], width: width, into: &lines)
            start = index + 1
        }
        wrapParagraph(chars[start..<chars.count], width: width, into: &lines)
        return lines
    }

    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", ",", ".", ";", ":", ")", "%", "％"]

    /// Wraps one paragraph (no newlines) into `lines`.
    static func wrapParagraph(_ chars: ArraySlice<Character>, width: Int, into lines: inout [String]) {
        if chars.isEmpty {
            lines.append("")
            return
        }
        let first = lines.count
        var line: [Character] = []
        var used = 0
        var i = chars.startIndex
        // Tokens: a run of non-space ASCII (a word) or a single other cluster.
        while i < chars.endIndex {
            let tokenStart = i
            var w = 0
            if chars[i].isASCII && chars[i] != " " {
                while i < chars.endIndex, chars[i].isASCII, chars[i] != " " {
                    w += DisplayWidth.of(chars[i])
                    i += 1
                }
            } else {
                w = DisplayWidth.of(chars[i])
                i += 1
            }
            let token = chars[tokenStart..<i]
            let isSpace = i - tokenStart == 1 && chars[tokenStart] == " "
            if isSpace && used == 0 && lines.count > first { continue }
            if used + w <= width {
                line.append(contentsOf: token)
                used += w
                continue
            }
            if w > width {
                // A word longer than the line: split it by clusters.
                for ch in token {
                    let cw = DisplayWidth.of(ch)
                    if used + cw > width {
                        lines.append(String(line))
                        line.removeAll(keepingCapacity: true)
                        used = 0
                    }
                    line.append(ch)
                    used += cw
                }
                continue
            }
            if let tokenFirst = token.first, noLineStart.contains(tokenFirst), let last = line.last, used > 0 {
                // Carry the last character down with the punctuation, so no line starts with it.
                let lastWidth = DisplayWidth.of(last)
                if !last.isASCII, lastWidth + w <= width, line.count > 1 {
                    line.removeLast()
                    lines.append(trimmed(line))
                    line = [last] + token
                    used = lastWidth + w
                    continue
                }
            }
            lines.append(trimmed(line))
            if isSpace {
                line.removeAll(keepingCapacity: true)
                used = 0
            } else {
                line = Array(token)
                used = w
            }
        }
        lines.append(trimmed(line))
    }

    /// A line without the spaces that end it.
    static func trimmed(_ line: [Character]) -> String {
        var end = line.count
        while end > 0, line[end - 1] == " " { end -= 1 }
        return String(line[..<end])
    }

    static func trimTrailing(_ s: String) -> String {
        var out = s
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
