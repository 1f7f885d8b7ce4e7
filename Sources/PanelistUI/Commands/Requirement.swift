import PanelistCore

/// A condition a command needs; when it does not hold, the command is refused with the reason.
public enum Requirement: Sendable, Equatable {
    /// An application is open on the review screen.
    case review
    /// The review may change: not signed off, not recused.
    case writable
    /// The review is signed off (to reopen it).
    case signedOff
    /// The review is not signed off yet.
    case notSignedOff
    /// There is an action of this session to undo.
    case undoable
    /// There is an undone action to redo.
    case redoable
    /// An evidence line is focused in the scoring panel.
    case evidenceField
    /// The selected row takes a comment (indicators and the overall opinion; not gates).
    case commentable
    /// A search was made before.
    case previousSearch
    /// There is somewhere to step back to.
    case outerLevel

    /// Why the requirement does not hold in `state`, or `nil` when it does.
    func problem(_ state: CommandState, lang: Lang) -> String? {
        switch self {
        case .review:
            return state.hasReview ? nil : lang.pick("请先在列表中打开一份申报（Enter）", "Open an application from the list first (Enter)")
        case .writable:
            if state.signedOff { return lang.pick("已签字，只读；如需修改请输入 :reopen 原因", "Signed off: read-only; use :reopen REASON to change it") }
            if state.recused { return lang.pick("已声明回避，不评分", "You recused yourself from this application") }
            return nil
        case .signedOff:
            return state.signedOff ? nil : lang.pick("尚未签字，无需重新打开", "Not signed off; there is nothing to reopen")
        case .notSignedOff:
            return state.signedOff ? lang.pick("已经签字", "Already signed off") : nil
        case .undoable:
            return state.canUndo ? nil : lang.pick("本次没有可撤销的操作", "Nothing to undo in this session")
        case .redoable:
            return state.canRedo ? nil : lang.pick("没有可重做的操作", "Nothing to redo")
        case .evidenceField:
            return state.evidenceFocused ? nil : lang.pick("请先在评分栏选中一条佐证材料", "Select an evidence line in the scoring panel first")
        case .commentable:
            return state.commentable ? nil : lang.pick("门槛条件的理由请在「理由」一行填写", "For gates, write the reason on the Reason line")
        case .previousSearch:
            return state.hasSearch ? nil : lang.pick("还没有搜索过；按 / 搜索", "Nothing searched yet; press / to search")
        case .outerLevel:
            return state.canStepBack ? nil : lang.pick("已在最外层；q 退出", "Already at the outermost level; q quits")
        }
    }
}
