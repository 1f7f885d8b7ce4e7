/// How a figure that is a Panelist default (not the seed's) is marked wherever it is shown.
///
/// One mark for every place: `10（默认）` in Chinese, `10 (default)` in English, ASCII-safe
/// in English and without East-Asian ambiguous-width characters in either language.
public enum DefaultMark {
    /// The word that marks a default figure: `默认` / `default`.
    public static func word(_ lang: Lang) -> String { lang.pick("默认", "default") }

    /// The mark as it follows a figure: `（默认）` / ` (default)`.
    public static func tag(_ lang: Lang) -> String { lang.pick("（默认）", " (default)") }

    /// The figure followed by the mark when it is a default, else the figure alone.
    public static func figure(_ text: String, isDefault: Bool, _ lang: Lang) -> String {
        isDefault ? text + tag(lang) : text
    }
}
