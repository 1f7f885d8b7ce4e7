import PanelistCore

/// The status line's key hints, generated from the bindings in force in a context.
public enum Hints {
    /// Hint pieces such as `Enter 选择`, in keymap order.
    public static func pieces(_ context: InputContext, lang: Lang) -> [String] {
        Keymap.effective(context).filter(\.hint).map { $0.trigger.label(lang) + " " + Command[$0.command].hintText(lang) }
    }

    /// As many hints of a context as fit in `width` cells, the last ones (help, quit) kept first.
    public static func line(_ context: InputContext, lang: Lang, width: Int) -> String {
        line(pieces(context, lang: lang), width: width)
    }

    /// As many of the pieces as fit in `width` cells, the last ones kept first.
    static func line(_ pieces: [String], width: Int) -> String {
        var pieces = pieces
        while !pieces.isEmpty {
            let text = pieces.joined(separator: "  ")
            if DisplayWidth.of(text) <= width { return text }
            pieces.removeFirst()
        }
        return ""
    }
}
