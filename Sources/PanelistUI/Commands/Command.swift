import PanelistCore

/// One command as data: its `:` name and aliases, help text in both languages, its help
/// section, whether it takes an argument, and what it needs to run.
public struct Command: Sendable {
    /// The command.
    public var id: CommandID
    /// The name typed after `:`; `nil` for commands reached only by keys or the mouse.
    public var name: String?
    /// Other names typed after `:`, shown in help beside the name.
    public var aliases: [String]
    /// One-line help in Chinese and English.
    public var help: (zh: String, en: String)
    /// A word or two for the status-line hints.
    public var hint: (zh: String, en: String)
    /// The help section it is listed under.
    public var group: CommandGroup
    /// Whether it takes an argument after its `:` name.
    public var argument: CommandArgument
    /// What must hold for it to run.
    public var requirements: [Requirement]

    /// Creates a command record.
    public init(_ id: CommandID, name: String? = nil, aliases: [String] = [], zh: String, en: String, hint: (zh: String, en: String)? = nil,
                group: CommandGroup, argument: CommandArgument = .none, requires: [Requirement] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.help = (zh, en)
        self.hint = hint ?? (zh, en)
        self.group = group
        self.argument = argument
        self.requirements = requires
    }

    /// The help line's text in a language.
    public func helpText(_ lang: Lang) -> String { lang.pick(help.zh, help.en) }

    /// The hint's text in a language.
    public func hintText(_ lang: Lang) -> String { lang.pick(hint.zh, hint.en) }

    /// Why the command cannot run now, shown instead of running it; `nil` when it can.
    public func disabledReason(_ state: CommandState, lang: Lang) -> String? {
        for requirement in requirements {
            if let problem = requirement.problem(state, lang: lang) { return problem }
        }
        return nil
    }

    /// The record of a command.
    public static subscript(_ id: CommandID) -> Command { table[id] ?? Command(id, zh: id.rawValue, en: id.rawValue, group: .commands) }

    /// The command typed as `name` after `:` (its name or an alias).
    public static func named(_ name: String) -> Command? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The commands that can be typed after `:`, in table order.
    public static var typed: [Command] { all.filter { $0.name != nil } }

    static let table: [CommandID: Command] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
