import Foundation

/// Text as labels are compared: full-width forms folded (NFKC), spaces removed, trailing colons and stars dropped.
enum FormText {
    /// Glyphs applicants type for a ticked box (replacing □) or a tick beside an option.
    static let checkedBoxes: Set<Character> = ["☑", "■", "☒", "▣", "⊠", "✅", "◼", "▪", "●", "◉", "⬛", "✔️"]
    /// Bare tick marks, typed in place of a box or after an option.
    static let ticks: Set<Character> = ["√", "✓", "✔", "✔️", "Ｖ"]
    /// Glyphs of an empty box (and the "(" a lost □ becomes in text conversions).
    static let emptyBoxes: Set<Character> = ["□", "☐", "▢", "◻", "○", "◯", "口", "❏", "❑"]

    /// Full-width folded, whitespace removed.
    static func fold(_ text: String) -> String {
        var out = ""
        for ch in text.precomposedStringWithCompatibilityMapping where !ch.isWhitespace {
            out.append(ch)
        }
        return out
    }

    /// The form of a label that is compared: folded, without stars, trailing colons, or a word-count note.
    static func label(_ text: String) -> String {
        var s = fold(text).replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "＊", with: "")
        while let last = s.last, last == ":" || last == "：" { s.removeLast() }
        return s
    }

    /// Whether a cell's text is the label (exactly, or followed by a unit or hint in brackets or a colon).
    static func matches(_ cellText: String, label: String) -> Bool {
        let cell = Self.label(cellText)
        let want = Self.label(label)
        guard !want.isEmpty else { return false }
        if cell == want { return true }
        guard cell.hasPrefix(want) else { return false }
        let rest = cell.dropFirst(want.count)
        return rest.first == "(" || rest.first == ":" || rest.first == "（"
    }

    /// The unit a label states in brackets: （万元）, (%), （个）, （家）; the last such group wins.
    static func unit(ofLabel text: String) -> String? {
        let folded = fold(text)
        let units = ["万元", "元", "亿元", "%", "个", "人", "家", "台", "台套", "项", "年", "吨标煤", "辆", "万件"]
        var found: String?
        var rest = Substring(folded)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = String(rest[rest.index(after: open)..<close])
            if units.contains(inside) { found = inside }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// A label without its bracketed units or hints and without stars: 关键设备数控化率（%）* → 关键设备数控化率.
    static func title(ofLabel text: String) -> String {
        var out = ""
        var depth = 0
        for ch in text {
            switch ch {
            case "（", "(": depth += 1
            case "）", ")": depth = max(0, depth - 1)
            case "*", "＊": break
            default: if depth == 0, !ch.isWhitespace { out.append(ch) }
            }
        }
        while let last = out.last, last == ":" || last == "：" { out.removeLast() }
        if out.hasPrefix("其中:") || out.hasPrefix("其中：") { out = String(out.dropFirst(3)) }
        return out
    }

    /// Whether the label is starred (带*必填).
    static func starred(_ text: String) -> Bool { text.contains("*") || text.contains("＊") }

    /// The word count Chinese forms mean by 字: every character that is not whitespace or punctuation.
    static func characterCount(_ text: String) -> Int {
        text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.punctuationCharacters.contains($0) && !CharacterSet.symbols.contains($0) && $0 != "#" }.count
    }

    /// The word limit a heading states: （200字以内） / （不超过1000字） → at most; （1000字以上） → at least.
    static func wordLimit(_ heading: String) -> (max: Int?, min: Int?) {
        let s = fold(heading)
        func number(before suffix: String) -> Int? {
            guard let r = s.range(of: suffix) else { return nil }
            let digits = s[..<r.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
            return Int(String(digits.reversed()))
        }
        func number(after prefix: String) -> Int? {
            guard let r = s.range(of: prefix) else { return nil }
            return Int(String(s[r.upperBound...].prefix { $0.isASCII && $0.isNumber }))
        }
        if let n = number(before: "字以内") { return (n, nil) }
        if let n = number(after: "不超过"), s.contains("字") { return (n, nil) }
        if let n = number(after: "限"), s.contains("字") { return (n, nil) }
        if let n = number(before: "字以上") { return (nil, n) }
        return (nil, nil)
    }

    /// A heading without its word-limit note: 二、企业情况概述（200字以内） → 二、企业情况概述.
    static func headingTitle(_ heading: String) -> String {
        var s = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        if let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), s[open...].contains("字") {
            s = String(s[..<open])
        }
        return s.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\t；;。")))
    }

    /// The page or page range in 对应证明材料页数 cells: （第 41 页）, 第41-43页, P41 → 41, 41-43.
    static func pages(_ text: String) -> String? {
        let s = fold(text).replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-").replacingOccurrences(of: "~", with: "-")
            .replacingOccurrences(of: "～", with: "-").replacingOccurrences(of: "至", with: "-")
        let digits = s.filter { ($0.isASCII && $0.isNumber) || $0 == "-" }
        let parts = digits.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let rest = s.filter { !(($0.isASCII && $0.isNumber) || $0 == "-") }
        let allowed: Set<Character> = ["第", "页", "(", ")", "P", "p", ".", "、", "共"]
        guard rest.allSatisfy({ allowed.contains($0) }) else { return nil }
        return parts.joined(separator: "-")
    }
}
