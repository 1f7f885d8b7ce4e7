import PanelistCore

/// The UI's key bindings; the help screen and the key handler are both generated from it.
public struct KeyTable: Sendable {
    /// Every binding, in help-screen order.
    public var bindings: [KeyBinding]

    /// The default bindings: arrows and vi keys, PgUp/PgDn, Home/End, n/p, Tab, /, ?, :, q, u.
    public static let standard = KeyTable(bindings: [
        KeyBinding(.up, [.up, .character("k")], zh: "上一行", en: "Move up", group: .movement),
        KeyBinding(.down, [.down, .character("j")], zh: "下一行", en: "Move down", group: .movement),
        KeyBinding(.collapse, [.left, .character("h")], zh: "折叠 / 到上级", en: "Collapse, or go to parent", group: .movement),
        KeyBinding(.expand, [.right, .character("l")], zh: "展开", en: "Expand", group: .movement),
        KeyBinding(.pageUp, [.pageUp, .control("b")], zh: "上翻一页", en: "Page up", group: .movement),
        KeyBinding(.pageDown, [.pageDown, .control("f")], zh: "下翻一页", en: "Page down", group: .movement),
        KeyBinding(.top, [.home, .character("g")], zh: "到开头", en: "Go to first", group: .movement),
        KeyBinding(.bottom, [.end, .character("G")], zh: "到末尾", en: "Go to last", group: .movement),
        KeyBinding(.nextTodo, [.character("n")], zh: "下一个待评指标", en: "Next indicator needing work", group: .movement),
        KeyBinding(.previousTodo, [.character("p")], zh: "上一个待评指标", en: "Previous indicator needing work", group: .movement),
        KeyBinding(.focusNext, [.tab], zh: "切换窗格", en: "Next pane", group: .movement),
        KeyBinding(.focusPrevious, [.backTab], zh: "反向切换窗格", en: "Previous pane", group: .movement),
        KeyBinding(.search, [.character("/")], zh: "搜索指标与申报书", en: "Search rubric and application", group: .movement),
        KeyBinding(.searchNext, [.character("N")], zh: "下一个搜索结果", en: "Next search match", group: .movement),
        KeyBinding(.activate, [.enter, .character(" ")], zh: "勾选 / 选择 / 编辑", en: "Tick, choose or edit", group: .scoring),
        KeyBinding(.increment, [.character("+"), .character("=")], zh: "数量加一", en: "Count up", group: .scoring),
        KeyBinding(.decrement, [.character("-")], zh: "数量减一", en: "Count down", group: .scoring),
        KeyBinding(.clear, [.character("x"), .delete], zh: "清除此项", en: "Clear this entry", group: .scoring),
        KeyBinding(.markEvidence, [.character("e")], zh: "佐证：已见 / 缺失 / 存疑", en: "Evidence: seen / missing / doubtful", group: .scoring),
        KeyBinding(.editComment, [.character("c")], zh: "编辑评语", en: "Edit the comment", group: .scoring),
        KeyBinding(.undo, [.character("u")], zh: "撤销上一步（记入日志）", en: "Undo the last action (journaled)", group: .scoring),
        KeyBinding(.commandMenu, [.character(":")], zh: "命令：签字、回避、打印、切换申报", en: "Commands: sign off, recuse, print, switch", group: .commands),
        KeyBinding(.applications, [.character("a")], zh: "申报列表", en: "Application list", group: .commands),
        KeyBinding(.help, [.character("?"), .character("H")], zh: "帮助", en: "Help", group: .commands),
        KeyBinding(.quit, [.character("q")], zh: "退出（所有操作已保存）", en: "Quit (everything is saved)", group: .commands),
    ])

    /// The action bound to a key, if any.
    public func action(for key: Key) -> KeyAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The keys of an action, as the help screen writes them.
    public func keys(for action: KeyAction) -> String {
        bindings.first { $0.action == action }?.keys.map(\.label).joined(separator: " ") ?? ""
    }
}
