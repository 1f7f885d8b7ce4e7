import PanelistCore

/// Fitting text to cells on screen, marking a cut with ASCII dots (never the ambiguous-width `…`).
enum Fit {
    /// What ends a cut text.
    static let ellipsis = "..."

    /// Cuts text to at most `width` cells.
    static func truncate(_ text: String, to width: Int) -> String {
        TextLayout.truncate(text, to: width, ellipsis: ellipsis)
    }

    /// Pads (or cuts) text on the right to exactly `width` cells.
    static func pad(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// Pads (or cuts) text on the left to exactly `width` cells.
    static func padLeft(_ text: String, to width: Int) -> String {
        let fitted = truncate(text, to: width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
    }
}
