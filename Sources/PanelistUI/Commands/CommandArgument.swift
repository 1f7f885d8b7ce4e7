import PanelistCore

/// Whether a command takes an argument after its `:` name, and what it is.
public enum CommandArgument: Sendable, Equatable {
    /// The command takes nothing.
    case none
    /// The command needs an argument, described for the help line (e.g. `原因` / `REASON`).
    case required(zh: String, en: String)

    /// The placeholder shown after the name in help, empty for `.none`.
    public func placeholder(_ lang: Lang) -> String {
        switch self {
        case .none: return ""
        case .required(let zh, let en): return lang.pick(zh, en)
        }
    }
}
