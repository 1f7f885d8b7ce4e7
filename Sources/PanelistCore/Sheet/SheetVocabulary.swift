/// The keywords of the sheet format, each in Chinese and English; the parser accepts both.
public enum SheetVocabulary {
    /// Keyword of a comment line.
    public static let comment = ("评语", "comment")
    /// Keyword of a gate's reason line.
    public static let reason = ("理由", "reason")
    /// Keyword of a gate's verdict line.
    public static let verdict = ("结论", "verdict")
    /// Keyword of expert points.
    public static let points = ("评分", "points")
    /// Keyword of a number line.
    public static let number = ("数值", "number")
    /// Keyword ending a count line.
    public static let count = ("数量", "count")
    /// Keyword of an evidence line.
    public static let evidence = ("佐证", "evidence")
    /// Keyword of an evidence note.
    public static let note = ("备注", "note")
    /// Keyword of the scenario line.
    public static let scenarios = ("场景", "scenarios")
    /// Keyword of scenarios outside the table.
    public static let other = ("其他", "other")
    /// Keyword of a part selector (`-- 部分 A`).
    public static let part = ("部分", "part")
    /// Id of the overall-opinion block.
    public static let overall = ("总体意见", "overall")
    /// Id of the stand-alone scenario block.
    public static let scenarioBlock = ("场景覆盖", "coverage")
    /// The answer "none of these" for choices and checklists.
    public static let none = ("无", "none")

    /// The word for a language.
    public static func word(_ pair: (String, String), _ lang: Lang) -> String { lang.pick(pair.0, pair.1) }

    /// Whether a token is either form of a keyword (English case-insensitive).
    public static func matches(_ token: some StringProtocol, _ pair: (String, String)) -> Bool {
        token == pair.0 || token.lowercased() == pair.1
    }

    /// A verdict's word.
    public static func verdictWord(_ verdict: GateVerdict, _ lang: Lang) -> String {
        switch verdict {
        case .pass: return lang.pick("通过", "pass")
        case .fail: return lang.pick("不通过", "fail")
        case .pending: return lang.pick("待定", "pending")
        }
    }

    /// Parses a verdict word in either language.
    public static func verdict(_ text: String) -> GateVerdict? {
        switch text.lowercased() {
        case "通过", "pass": return .pass
        case "不通过", "fail": return .fail
        case "待定", "pending", "": return .pending
        default: return nil
        }
    }

    /// An evidence mark's word.
    public static func markWord(_ mark: EvidenceMark, _ lang: Lang) -> String {
        switch mark {
        case .seen: return lang.pick("已见", "seen")
        case .missing: return lang.pick("缺失", "missing")
        case .doubtful: return lang.pick("存疑", "doubtful")
        }
    }

    /// Parses an evidence mark word in either language; `.some(nil)` for a blank mark, `nil` when unknown.
    public static func mark(_ text: String) -> EvidenceMark?? {
        switch text.lowercased() {
        case "": return .some(nil)
        case "已见", "seen": return .some(.seen)
        case "缺失", "missing": return .some(.missing)
        case "存疑", "doubtful": return .some(.doubtful)
        default: return nil
        }
    }
}
