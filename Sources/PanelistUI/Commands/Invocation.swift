/// A command to run with what came with it: the key typed, the text after its `:` name, or
/// the screen cell of a click.
public struct Invocation: Sendable, Equatable {
    /// The command.
    public var command: CommandID
    /// What came with it.
    public var argument: Argument

    /// Creates an invocation.
    public init(_ command: CommandID, _ argument: Argument = .none) {
        self.command = command
        self.argument = argument
    }

    /// What came with a command.
    public enum Argument: Sendable, Equatable {
        case none
        /// The key that triggered it (text typed into an editor, a digit starting a figure).
        case key(Key)
        /// The text after the command's `:` name.
        case text(String)
        /// The screen cell of a click or wheel turn.
        case cell(row: Int, column: Int)
    }

    /// The argument's text (empty when there is none).
    public var text: String {
        if case .text(let t) = argument { return t }
        return ""
    }

    /// The argument's key, if any.
    public var key: Key? {
        if case .key(let k) = argument { return k }
        return nil
    }

    /// The argument's screen cell, if any.
    public var cell: (row: Int, column: Int)? {
        if case .cell(let r, let c) = argument { return (r, c) }
        return nil
    }
}
