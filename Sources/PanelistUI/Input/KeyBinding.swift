import PanelistCore

/// One row of the key table: an action, its keys, a one-line help text and its group.
public struct KeyBinding: Sendable {
    /// The action the keys trigger.
    public var action: KeyAction
    /// The keys bound to the action.
    public var keys: [Key]
    /// One-line help text in Chinese and English.
    public var help: (zh: String, en: String)
    /// The help screen section the binding is listed under.
    public var group: Group

    /// Creates a binding.
    public init(_ action: KeyAction, _ keys: [Key], zh: String, en: String, group: Group) {
        self.action = action
        self.keys = keys
        self.help = (zh, en)
        self.group = group
    }

    /// Groups of the help screen, in display order.
    public enum Group: String, Sendable, CaseIterable {
        case movement, scoring, commands

        /// The group's heading.
        public func title(_ lang: Lang) -> String {
            switch self {
            case .movement: return lang.pick("移动", "Movement")
            case .scoring: return lang.pick("评分", "Scoring")
            case .commands: return lang.pick("命令", "Commands")
            }
        }
    }
}
