/// How a note is printed for a reader: with one `注：` / `Note: ` in front, never two.
///
/// Seed notes often begin with `注：` themselves (004: "注：企业必须提供相关佐证材料…"); a note
/// that already starts so is printed as it is. Every screen, sheet and printout uses this.
public enum NoteText {
    /// The note in a language, prefixed once.
    public static func line(_ note: LocalizedText, _ lang: Lang, variant: String? = nil) -> String {
        prefixed(note.text(lang, variant: variant), lang)
    }

    /// A note's text with `注：` (or `Note: `) in front unless it already starts with one.
    public static func prefixed(_ text: String, _ lang: Lang) -> String {
        if hasPrefix(text) { return text }
        return lang.pick("注：", "Note: ") + text
    }

    /// Whether the text already begins with a note prefix (`注：`, `注:`, `Note:`).
    static func hasPrefix(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "\u{3000}" }
        return trimmed.hasPrefix("注：") || trimmed.hasPrefix("注:") || trimmed.lowercased().hasPrefix("note:")
    }
}
