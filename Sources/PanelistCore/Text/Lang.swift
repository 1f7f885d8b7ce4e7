/// The interface language: Chinese or English.
public enum Lang: String, Sendable, CaseIterable {
    case zh
    case en

    /// Chooses from `--lang`, then `PANELIST_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`; default Chinese.
    public static func detect(override: String? = nil, environment: [String: String]) -> Lang {
        if let override, let lang = parse(override) { return lang }
        for key in ["PANELIST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                if let lang = parse(value) { return lang }
                if value == "C" || value == "POSIX" || value.hasPrefix("C.") { return .en }
            }
        }
        return .zh
    }

    /// Parses `zh`, `zh_CN.UTF-8`, `en`, `en_US` and the like.
    public static func parse(_ text: String) -> Lang? {
        let lower = text.lowercased()
        if lower.hasPrefix("zh") { return .zh }
        if lower.hasPrefix("en") { return .en }
        return nil
    }

    /// Picks the Chinese or English form of a message.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
