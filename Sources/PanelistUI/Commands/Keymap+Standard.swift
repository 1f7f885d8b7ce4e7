extension Keymap {
    /// The keymap of a context (without the global bindings it inherits).
    public static func map(_ context: InputContext) -> Keymap {
        switch context {
        case .list: return list
        case .tree: return tree
        case .text: return text
        case .panel: return panel
        case .scenarios: return scenarios
        case .comment: return comment
        case .prompt: return prompt
        case .help: return help
        case .confirm: return confirm
        case .chair: return chair
        case .tooSmall: return tooSmall
        }
    }

    /// The reviewer's global bindings, consulted after a browsing context's own.
    public static let global = Keymap([
        Binding(.key(.character("?")), .help, hint: true),
        Binding(.key(.character(":")), .commandLine),
        Binding(.key(.character("q")), .quit, hint: true),
        Binding(.key(.control("c")), .interrupt),
    ])

    static func keys(_ keys: [Key], _ command: CommandID, hint: Bool = false) -> [Binding] {
        keys.enumerated().map { Binding(.key($1), command, hint: hint && $0 == 0) }
    }

    /// Up, down, page and ends: the same keys in every list-like pane.
    static let movement: [Binding] =
        keys([.up, .character("k")], .up) + keys([.down, .character("j")], .down)
        + keys([.pageUp, .control("b")], .pageUp) + keys([.pageDown, .control("f")], .pageDown)
        + keys([.home, .character("g")], .first) + keys([.end, .character("G")], .last)

    static let wheel: [Binding] = [Binding(.wheelUp, .wheelUp), Binding(.wheelDown, .wheelDown)]
    static let mouse: [Binding] = [Binding(.click, .click)] + wheel

    /// What the three review panes share: panes, to-dos, search, comment, evidence, undo, the list.
    static let review: [Binding] =
        keys([.tab], .nextPane) + keys([.backTab], .previousPane)
        + keys([.character("n")], .nextTodo, hint: true) + keys([.character("N"), .character("p")], .previousTodo)
        + keys([.character("/")], .search, hint: true) + keys([.character("\\")], .searchBackward)
        + keys([.character("]")], .searchNext) + keys([.character("[")], .searchPrevious)
        + keys([.character("c")], .editComment) + keys([.character("e")], .markEvidence)
        + keys([.character("u")], .undo) + keys([.control("r")], .redo)
        + keys([.character("a")], .applications) + keys([.escape], .back)
        + mouse

    static let list = Keymap(
        movement
        + keys([.enter, .right, .character("l")], .open, hint: true)
        + keys([.character("s")], .sort, hint: true)
        + keys([.escape], .back)
        + mouse)

    static let tree = Keymap(
        movement
        + keys([.left, .character("h")], .collapse) + keys([.right, .character("l")], .expand)
        + keys([.enter, .character(" ")], .activate, hint: true)
        + review)

    static let panel = Keymap(
        movement
        + keys([.left, .character("h")], .back)
        + keys([.enter, .character(" "), .right, .character("l")], .activate, hint: true)
        + keys([.character("+"), .character("=")], .increment) + keys([.character("-")], .decrement)
        + keys([.character("x"), .delete], .clear)
        + [Binding(.digit, .typeValue)]
        + review.map { $0.command == .markEvidence || $0.command == .editComment || $0.command == .undo ? Binding($0.trigger, $0.command, hint: true) : $0 })

    static let text = Keymap(movement + keys([.character(" ")], .pageDown) + review)

    static let scenarios = Keymap(
        movement
        + keys([.character(" ")], .toggle, hint: true)
        + keys([.character("+"), .character("=")], .increment) + keys([.character("-")], .decrement)
        + keys([.enter], .confirm, hint: true)
        + keys([.escape, .character("q")], .cancel, hint: true)
        + keys([.control("c")], .interrupt)
        + mouse)

    static let editingKeys: [Key] = [.left, .right, .home, .end, .backspace, .delete, .control("a"), .control("e")]

    static let comment = Keymap(
        keys([.escape, .control("s"), .control("x")], .saveComment, hint: true)
        + [Binding(.text, .edit)]
        + keys([.enter, .up, .down] + editingKeys, .edit)
        + keys([.control("c")], .interrupt))

    static let prompt = Keymap(
        keys([.enter], .submit, hint: true)
        + keys([.escape], .cancel, hint: true)
        + keys([.tab], .complete)
        + [Binding(.text, .edit)]
        + keys(editingKeys + [.control("u")], .edit)
        + keys([.control("c")], .interrupt))

    static let help = Keymap(
        movement
        + keys([.escape, .character("q"), .character("?"), .enter], .back, hint: true)
        + keys([.control("c")], .interrupt)
        + wheel)

    static let confirm = Keymap(
        keys([.character("y"), .enter], .confirm, hint: true)
        + keys([.character("n"), .escape, .character("q")], .cancel, hint: true)
        + keys([.up, .character("k")], .up) + keys([.down, .character("j")], .down)
        + keys([.pageUp], .pageUp) + keys([.pageDown], .pageDown)
        + keys([.control("c")], .interrupt))

    static let chair = Keymap(
        movement
        + keys([.enter], .resolve, hint: true)
        + keys([.character("n")], .nextUnresolved, hint: true)
        + keys([.escape], .back)
        + keys([.character("?")], .help, hint: true)
        + keys([.character("q")], .quit, hint: true)
        + keys([.control("c")], .interrupt)
        + mouse)

    static let tooSmall = Keymap(keys([.character("q")], .quit, hint: true) + keys([.control("c")], .interrupt))
}
