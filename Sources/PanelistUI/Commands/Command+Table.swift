extension Command {
    /// The one command table, in help order within each section.
    public static let all: [Command] = [
        // Moving
        Command(.up, zh: "上一行", en: "Move up", group: .moving),
        Command(.down, zh: "下一行", en: "Move down", group: .moving),
        Command(.pageUp, zh: "上翻一页", en: "Page up", group: .moving),
        Command(.pageDown, zh: "下翻一页", en: "Page down", group: .moving),
        Command(.first, zh: "到开头", en: "Go to the first", group: .moving),
        Command(.last, zh: "到末尾", en: "Go to the last", group: .moving),
        Command(.collapse, zh: "折叠，或到上级", en: "Collapse, or go to the parent", group: .moving),
        Command(.expand, zh: "展开", en: "Expand", group: .moving),
        Command(.nextPane, zh: "切换到下一窗格", en: "Next pane", hint: ("窗格", "pane"), group: .moving),
        Command(.previousPane, zh: "切换到上一窗格", en: "Previous pane", group: .moving),
        Command(.back, zh: "返回上一层（窗格、编辑、列表）", en: "Step back out (pane, editor, list)", hint: ("返回", "back"),
                group: .moving, requires: [.outerLevel]),
        Command(.nextTodo, zh: "下一个待评指标或门槛", en: "Next indicator or gate needing work", hint: ("待评", "to do"), group: .moving),
        Command(.previousTodo, zh: "上一个待评指标或门槛", en: "Previous indicator or gate needing work", group: .moving),
        // Searching
        Command(.search, zh: "向下搜索指标与申报书", en: "Search the rubric and application, forward", hint: ("搜索", "search"), group: .searching),
        Command(.searchBackward, zh: "向上搜索指标与申报书", en: "Search the rubric and application, backward", group: .searching),
        Command(.searchNext, zh: "下一个搜索结果（向下）", en: "Next match (forward)", group: .searching, requires: [.previousSearch]),
        Command(.searchPrevious, zh: "上一个搜索结果（向上）", en: "Previous match (backward)", group: .searching, requires: [.previousSearch]),
        // Scoring
        Command(.activate, zh: "勾选、选择或编辑；在树上展开或进入评分栏", en: "Tick, choose or edit; in the tree, open or go to the scoring panel",
                hint: ("选择", "select"), group: .scoring),
        Command(.increment, zh: "数量加一", en: "Count up", group: .scoring, requires: [.writable]),
        Command(.decrement, zh: "数量减一", en: "Count down", group: .scoring, requires: [.writable]),
        Command(.clear, zh: "清除此项", en: "Clear this entry", group: .scoring, requires: [.writable]),
        Command(.typeValue, zh: "直接键入数值（数量、数值、评分）", en: "Type a figure (count, number, points)", group: .scoring, requires: [.writable]),
        Command(.markEvidence, zh: "佐证：已见 / 缺失 / 存疑 / 未核", en: "Evidence: seen / missing / doubtful / not checked",
                hint: ("佐证", "evidence"), group: .scoring, requires: [.writable, .evidenceField]),
        Command(.editComment, zh: "编辑评语", en: "Edit the comment", hint: ("评语", "comment"), group: .scoring, requires: [.writable, .commentable]),
        Command(.undo, name: "undo", zh: "撤销上一步（记入日志）", en: "Undo the last action (journaled)", hint: ("撤销", "undo"),
                group: .scoring, requires: [.writable, .undoable]),
        Command(.redo, name: "redo", zh: "重做撤销的一步（记入日志）", en: "Redo the undone action (journaled)", group: .scoring, requires: [.writable, .redoable]),
        // The application list
        Command(.open, zh: "打开申报", en: "Open the application", hint: ("打开", "open"), group: .moving),
        Command(.sort, name: "sort", zh: "排序：编号、申报单位、进度、总分（再按切换）", en: "Sort by id, applicant, progress, total (press again to change)",
                hint: ("排序", "sort"), group: .commands),
        // Editing
        Command(.edit, zh: "输入与编辑文字（方向键、Home/End、退格、C-a、C-e、C-u）", en: "Type and edit text (arrows, Home/End, Bksp, C-a, C-e, C-u)", group: .editing),
        Command(.submit, zh: "确定", en: "Enter it", hint: ("确定", "enter"), group: .editing),
        Command(.cancel, zh: "取消", en: "Cancel", hint: ("取消", "cancel"), group: .editing),
        Command(.complete, zh: "补全命令名", en: "Complete the command name", group: .editing),
        Command(.saveComment, zh: "保存评语并离开", en: "Save the comment and leave", hint: ("保存离开", "save, leave"), group: .editing),
        // Picker and confirmations
        Command(.toggle, zh: "勾选 / 取消", en: "Tick or untick", hint: ("勾选", "tick"), group: .scoring),
        Command(.confirm, zh: "确认", en: "Confirm", hint: ("确认", "confirm"), group: .scoring),
        // The chair
        Command(.resolve, zh: "录入议定分值与理由", en: "Record the agreed value and reason", hint: ("裁定", "resolve"), group: .scoring),
        Command(.nextUnresolved, zh: "下一个未裁定指标", en: "Next unresolved indicator", hint: ("未裁定", "open"), group: .moving),
        // The mouse
        Command(.click, zh: "选中所点的行；再点一次相当于 Enter", en: "Select the row clicked; a second click is Enter", group: .mouse),
        Command(.wheelUp, zh: "向上滚动", en: "Scroll up", group: .mouse),
        Command(.wheelDown, zh: "向下滚动", en: "Scroll down", group: .mouse),
        // Commands
        Command(.commandLine, zh: "命令行：签字、回避、打印、切换申报等", en: "Command line: sign off, recuse, print, switch...", hint: ("命令", "commands"), group: .commands),
        Command(.applications, name: "list", zh: "申报列表（切换申报）", en: "Application list (switch application)", hint: ("列表", "list"), group: .commands),
        Command(.signoff, name: "signoff", zh: "签字确认本申报的评分（先显示汇总；签后只读）", en: "Sign off this application's scores (shows a summary first; read-only after)",
                group: .commands, requires: [.review, .notSignedOff]),
        Command(.reopen, name: "reopen", zh: "重新打开已签字的评分", en: "Reopen a signed-off review", group: .commands,
                argument: .required(zh: "原因", en: "REASON"), requires: [.review, .signedOff]),
        Command(.recuse, name: "recuse", zh: "声明回避（利益冲突）", en: "Recuse yourself (conflict of interest)", group: .commands,
                argument: .required(zh: "原因", en: "REASON"), requires: [.review, .notSignedOff]),
        Command(.rationale, name: "rationale", zh: "写出本人逐项评分理由（可打印签字）", en: "Write your per-indicator rationale for printing", group: .commands, requires: [.review]),
        Command(.lang, name: "lang", zh: "界面语言", en: "Interface language", group: .commands, argument: .required(zh: "zh|en", en: "zh|en")),
        Command(.ascii, name: "ascii", zh: "只用 ASCII 字符绘制", en: "Draw with ASCII characters only", group: .commands),
        Command(.unicode, name: "unicode", zh: "使用 Unicode 符号绘制", en: "Draw with Unicode symbols", group: .commands),
        Command(.help, name: "help", zh: "本处可用的键", en: "The keys that work here", hint: ("帮助", "help"), group: .commands),
        Command(.interrupt, zh: "说明如何退出", en: "Say how to quit", group: .commands),
        Command(.quit, name: "quit", aliases: ["q"], zh: "退出（所有操作已保存）", en: "Quit (everything is saved)", hint: ("退出", "quit"), group: .commands),
    ]
}
