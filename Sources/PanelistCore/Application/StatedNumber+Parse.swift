import Foundation

extension StatedNumber {
    /// A figure parsed from text: the exact value and the unit written after it.
    public struct Parsed: Sendable, Equatable {
        /// The exact numeric value.
        public var value: Decimal
        /// The unit written after the number; empty when none.
        public var unit: String
    }

    /// Words that make a figure approximate or a bound rather than a value.
    static let approximateMarks = ["约", "大约", "近", "超过", "逾", "不少于", "不低于", "不超过", "以上", "以下", "左右",
                                   "余", "多", "≈", "~", "～", "≥", "≤", ">", "<", "+", "＋"]

    /// Parses a figure as people write it: `1800`, `1,800万元`, `85%`, `3.62`, `三级`, `１８００万元`.
    ///
    /// Refuses approximate figures (`约1800万`, `1800余万元`), ranges, misplaced commas and
    /// `万` without a currency, with a message saying what to write instead (English; the
    /// loader reports it with file, line and column).
    public static func parse(_ raw: String) -> Result<Parsed, ParseProblem> {
        var text = ""
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
            case 0xFF0E: text.append(".")
            case 0xFF0C: text.append(",")
            case 0xFF05: text.append("%")
            case 0x3000: text.append(" ")
            default: text.unicodeScalars.append(scalar)
            }
        }
        text = text.trimmingSpaces()
        guard !text.isEmpty else { return .failure(ParseProblem("the figure is empty; write the number the form states, e.g. 1800万元",
                                                                  zh: "数值为空；请填写申报书所列的数字，例如 1800万元")) }
        if let mark = approximateMarks.first(where: { text.contains($0) }) {
            return .failure(ParseProblem("'\(raw)' is not an exact figure ('\(mark)'); write the exact number the form states, e.g. 1800万元 — the reviewer verifies it on site",
                                       zh: "「\(raw)」不是确切数值（含「\(mark)」）；请填写确切数字，例如 1800万元，由评审专家现场核实"))
        }
        var numeral = ""
        var rest = Substring(text)
        while let ch = rest.first, ch.isASCII, ch.isNumber || ch == "," || ch == "." || (ch == "-" && numeral.isEmpty) {
            numeral.append(ch)
            rest = rest.dropFirst()
        }
        let unit = rest.trimmingSpaces()
        if numeral.isEmpty || numeral == "-" {
            if let level = chineseNumeral(text) { return .success(level) }
            return .failure(ParseProblem("'\(raw)' is not a number; write digits with an optional unit, e.g. 1800万元, 85% or 3.62",
                                           zh: "「\(raw)」不是数字；请写阿拉伯数字，可带单位，例如 1800万元、85% 或 3.62"))
        }
        if unit.contains(where: { $0.isASCII && $0.isNumber }) || unit.hasPrefix("-") {
            return .failure(ParseProblem("'\(raw)' is not a single figure; write one number with its unit, e.g. 1800万元 (no ranges or lists)",
                                       zh: "「\(raw)」不是单个数值；请只写一个数字及其单位，例如 1800万元（不要写范围或列举）"))
        }
        let unsigned = numeral.hasPrefix("-") ? String(numeral.dropFirst()) : numeral
        if unsigned.contains(",") {
            let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            let ok = parts.count <= 2 && !(parts.count == 2 && parts[1].contains(","))
                && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard ok else {
                return .failure(ParseProblem("'\(raw)': commas must separate groups of three digits (1,800); write the number without commas, e.g. \(numeral.replacingOccurrences(of: ",", with: ""))\(unit)",
                                           zh: "「\(raw)」：逗号只能用于每三位分隔（1,800）；请不带逗号书写，例如 \(numeral.replacingOccurrences(of: ",", with: ""))\(unit)"))
            }
        }
        guard let value = Decimal.exact(numeral.replacingOccurrences(of: ",", with: "")) else {
            return .failure(ParseProblem("'\(raw)' is not a number; write digits with an optional decimal point and unit, e.g. 1800万元 or 3.62",
                                       zh: "「\(raw)」不是数字；请写数字，可带小数点和单位，例如 1800万元 或 3.62"))
        }
        if unit == "万" || unit == "亿" {
            return .failure(ParseProblem("'\(raw)': '\(unit)' alone is not a unit; write the currency too, e.g. \(value.plain)\(unit)元",
                                       zh: "「\(raw)」：「\(unit)」不是完整的单位；请写明币种，例如 \(value.plain)\(unit)元"))
        }
        return .success(Parsed(value: value, unit: unit))
    }

    /// `三级`, `二`, `十二个` → 3 级, 2, 12 个 (whole numbers up to 99 written in Chinese).
    static func chineseNumeral(_ text: String) -> Parsed? {
        let digits: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        var value = 0
        var current = 0
        var used = 0
        var sawTen = false
        for ch in text {
            if let d = digits[ch] {
                current = d
            } else if ch == "十", !sawTen {
                value = (used == 0 ? 1 : current) * 10
                current = 0
                sawTen = true
            } else {
                break
            }
            used += 1
        }
        guard used > 0 else { return nil }
        value += current
        let unit = String(text.dropFirst(used)).trimmingSpaces()
        return Parsed(value: Decimal(value), unit: unit)
    }

    /// Why a figure could not be read, with what to write instead, in English and Chinese.
    public struct ParseProblem: Error, Sendable, Equatable {
        /// What is wrong and what to write instead, in English (the loader's diagnostics).
        public var message: String
        /// The same in Chinese.
        public var zh: String
        /// Creates a problem with its message in both languages.
        public init(_ message: String, zh: String) {
            self.message = message
            self.zh = zh
        }
        /// The message in a language.
        public func message(_ lang: Lang) -> String { lang.pick(zh, message) }
    }
}
