/// The output format of a rationale printout.
public enum RationaleFormat: String, Sendable, CaseIterable {
    /// Plain text, 80 display cells wide, ready to print.
    case text
    /// Markdown.
    case md
    /// Self-contained HTML for A4 printing.
    case html
}
