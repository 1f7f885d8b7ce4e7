import PanelistCore

/// Where the keyboard is: each context has its own keymap, looked up before the global one.
public enum InputContext: String, Sendable, CaseIterable {
    case list, tree, text, panel, scenarios, comment, prompt, help, confirm, chair, tooSmall

    /// The context's name in help.
    public func title(_ lang: Lang) -> String {
        switch self {
        case .list: return lang.pick("申报列表", "Application list")
        case .tree: return lang.pick("评分细则树", "Rubric tree")
        case .text: return lang.pick("申报书正文", "Application text")
        case .panel: return lang.pick("评分栏", "Scoring panel")
        case .scenarios: return lang.pick("场景核对", "Scenario picker")
        case .comment: return lang.pick("评语编辑", "Comment editor")
        case .prompt: return lang.pick("输入行", "Prompt")
        case .help: return lang.pick("帮助", "Help")
        case .confirm: return lang.pick("签字确认", "Sign-off confirmation")
        case .chair: return lang.pick("组长待议指标", "Chair's agenda")
        case .tooSmall: return lang.pick("窗口太小", "Window too small")
        }
    }

    /// Whether keys this context does not bind fall through to the global keymap. Editors,
    /// pickers, help and confirmations take the whole keyboard, so `q` there never quits.
    public var inheritsGlobal: Bool {
        switch self {
        case .list, .tree, .text, .panel: return true
        case .chair, .scenarios, .comment, .prompt, .help, .confirm, .tooSmall: return false
        }
    }
}
