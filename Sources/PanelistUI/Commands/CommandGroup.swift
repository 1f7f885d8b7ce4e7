import PanelistCore

/// The sections of the help screen, in display order.
public enum CommandGroup: String, Sendable, CaseIterable {
    case moving, searching, scoring, editing, mouse, commands

    /// The section's heading.
    public func title(_ lang: Lang) -> String {
        switch self {
        case .moving: return lang.pick("移动", "Moving")
        case .searching: return lang.pick("搜索", "Searching")
        case .scoring: return lang.pick("评分", "Scoring")
        case .editing: return lang.pick("编辑", "Editing")
        case .mouse: return lang.pick("鼠标", "Mouse")
        case .commands: return lang.pick("命令", "Commands")
        }
    }
}
