import PanelistCore

/// What a binding matches: one key, a class of keys, or a mouse action.
public enum Trigger: Sendable, Hashable {
    /// Exactly this key.
    case key(Key)
    /// Any digit 0-9 (typing a figure starts entering it).
    case digit
    /// Any printable character (text typed into an editor).
    case text
    /// A click.
    case click
    /// The wheel turned up.
    case wheelUp
    /// The wheel turned down.
    case wheelDown

    /// How the trigger is written in help and hints.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .key(let key): return key.label
        case .digit: return "0-9"
        case .text: return lang.pick("文字", "text")
        case .click: return lang.pick("点击", "click")
        case .wheelUp: return lang.pick("滚轮上", "wheel-up")
        case .wheelDown: return lang.pick("滚轮下", "wheel-down")
        }
    }

    /// The triggers an event can match, most specific first.
    static func candidates(for event: Event) -> [Trigger] {
        switch event {
        case .key(let key):
            guard case .character(let c) = key else { return [.key(key)] }
            if c.isASCII, c.isNumber { return [.key(key), .digit, .text] }
            return [.key(key), .text]
        case .mouse(let mouse):
            switch mouse.kind {
            case .click: return [.click]
            case .wheelUp: return [.wheelUp]
            case .wheelDown: return [.wheelDown]
            }
        case .resize, .idle:
            return []
        }
    }
}
