/// What takes the keyboard above the list or the review panes.
public enum Overlay: Sendable, Equatable {
    /// The help screen for a context, scrolled.
    case help(of: InputContext, scroll: Int)
    /// A one-line prompt.
    case prompt(Prompt)
    /// The comment editor.
    case comment(CommentEdit)
    /// The scenario checklist.
    case scenarios(ScenarioPicker)
    /// The sign-off summary, asking to confirm.
    case signOff(scroll: Int)

    /// The keyboard context of the overlay.
    public var context: InputContext {
        switch self {
        case .help: return .help
        case .prompt: return .prompt
        case .comment: return .comment
        case .scenarios: return .scenarios
        case .signOff: return .confirm
        }
    }
}
