/// The numbering a heading starts with, as Chinese forms write it.
enum HeadingNumber: Equatable {
    /// 一、 二、 … (a chapter).
    case chapter(String)
    /// 第一部分 ….
    case part(String)
    /// （一）（二）….
    case sub(String)
    /// 1.1, 2.2.1 … (depth = number of parts).
    case decimal(String, depth: Int)
    /// 1. 2、 ….
    case item(String)

    static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The numbering at the start of `text` (already trimmed), if any.
    static func parse(_ text: String) -> HeadingNumber? {
        let folded = FormText.fold(text)
        let chars = Array(folded)
        var i = 0
        while i < chars.count, numerals.contains(chars[i]) { i += 1 }
        if i > 0, i < chars.count, chars[i] == "、" || chars[i] == "." { return .chapter(String(chars[0..<i])) }
        if chars.first == "第" {
            var j = 1
            while j < chars.count, numerals.contains(chars[j]) { j += 1 }
            if j > 1, j + 1 < chars.count, chars[j] == "部", chars[j + 1] == "分" { return .part(String(chars[1..<j])) }
        }
        if chars.first == "(" {
            var j = 1
            while j < chars.count, numerals.contains(chars[j]) { j += 1 }
            if j > 1, j < chars.count, chars[j] == ")" { return .sub(String(chars[1..<j])) }
        }
        var k = 0
        var parts = 0
        var digits = false
        while k < chars.count, chars[k].isASCII, chars[k].isNumber || chars[k] == "." {
            if chars[k] == "." { parts += 1 } else { digits = true }
            k += 1
        }
        if digits, k < chars.count {
            let number = String(chars[0..<k])
            if parts >= 1, !number.hasSuffix(".") { return .decimal(number, depth: parts + 1) }
            if number.hasSuffix("."), parts == 1 { return .item(String(number.dropLast())) }
            if parts == 0, chars[k] == "、" { return .item(number) }
        }
        return nil
    }

    /// The number's text (一, 1.1 …) for comparing headings.
    var ordinal: String {
        switch self {
        case .chapter(let s), .part(let s), .sub(let s), .item(let s): return s
        case .decimal(let s, _): return s
        }
    }
}
