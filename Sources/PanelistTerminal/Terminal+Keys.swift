import CNcursesw
import PanelistUI

extension Terminal {
    /// Waits up to `timeoutMs` for a key and translates it for the UI; nil on timeout or an unknown code.
    public func readEvent(timeoutMs: Int32) -> Key? {
        guard let raw = readKey(timeoutMs: timeoutMs) else { return nil }
        return Terminal.translate(raw)
    }

    /// Maps ncurses codes, control characters and mouse events to UI keys.
    public static func translate(_ raw: RawKey) -> Key? {
        switch raw {
        case .resize:
            return .resize
        case .mouse(let x, let y, let buttons):
            let b = mmask_t(buttons)
            if b & panelist_button4_pressed() != 0 { return .wheelUp(row: y, column: x) }
            if panelist_button5_pressed() != 0, b & panelist_button5_pressed() != 0 { return .wheelDown(row: y, column: x) }
            if b & panelist_button1_pressed() != 0 { return .mouseClick(row: y, column: x) }
            return nil
        case .function(let code):
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BTAB: return .backTab
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_ENTER: return .enter
            default: return nil
            }
        case .character(let c):
            guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return .character(c) }
            switch scalar.value {
            case 9: return .tab
            case 10, 13: return .enter
            case 27: return .escape
            case 8, 127: return .backspace
            case 1...26: return .control(Character(Unicode.Scalar(scalar.value + 96) ?? "a"))
            case 0..<32: return nil
            default: return .character(c)
            }
        }
    }
}
