/// A key as the terminal layer reads it (it translates raw codes). The mouse and resize cases
/// are what the terminal reports too; the model turns every one of them into an `Event`.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// Ctrl plus a letter, e.g. `.control("s")`.
    case control(Character)
    case mouseClick(row: Int, column: Int)
    case wheelUp(row: Int, column: Int)
    case wheelDown(row: Int, column: Int)
    case resize

    /// How the key is written in help and hints (ASCII, so it reads the same in both styles).
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .control(let c): return "C-\(c)"
        case .mouseClick: return "click"
        case .wheelUp: return "wheel-up"
        case .wheelDown: return "wheel-down"
        case .resize: return "resize"
        }
    }
}
