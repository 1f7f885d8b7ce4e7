/// One row of a keymap: a trigger, the command it runs, and whether the status line hints it.
public struct Binding: Sendable, Equatable {
    /// The key, key class or mouse action.
    public var trigger: Trigger
    /// The command it runs.
    public var command: CommandID
    /// Whether the status line shows it as a hint.
    public var hint: Bool

    /// Creates a binding.
    public init(_ trigger: Trigger, _ command: CommandID, hint: Bool = false) {
        self.trigger = trigger
        self.command = command
        self.hint = hint
    }
}
