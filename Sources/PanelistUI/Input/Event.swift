import Foundation

/// Everything the screen models handle: a key, the mouse, a new terminal size, or a pause.
public enum Event: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// A click or a wheel turn.
    case mouse(MouseEvent)
    /// The terminal's new size, in cells.
    case resize(width: Int, height: Int)
    /// No input for a while; `Date` is now (comments being typed are saved after a pause).
    case idle(Date)

    /// The event a key read from the terminal stands for; `nil` for `.resize`, which carries
    /// no size (the runner sends `.resize(width:height:)` with the terminal's size instead).
    public init?(_ key: Key) {
        switch key {
        case .mouseClick(let row, let column): self = .mouse(MouseEvent(.click, row: row, column: column))
        case .wheelUp(let row, let column): self = .mouse(MouseEvent(.wheelUp, row: row, column: column))
        case .wheelDown(let row, let column): self = .mouse(MouseEvent(.wheelDown, row: row, column: column))
        case .resize: return nil
        default: self = .key(key)
        }
    }
}
