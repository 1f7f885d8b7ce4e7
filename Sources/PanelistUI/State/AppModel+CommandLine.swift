import Foundation
import PanelistCore

extension AppModel {
    /// Runs a `:` line: the command named (or aliased), with its argument; refused with the
    /// reason when it cannot run, with the names when it is unknown.
    mutating func runCommandLine(_ line: String) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        let name = String(trimmed.prefix { $0 != " " })
        let argument = String(trimmed.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)
        guard let command = Command.named(name) else {
            say(lang.pick("未知命令「\(name)」；可用：", "Unknown command '\(name)'; commands: ") + Command.typed.compactMap(\.name).joined(separator: " "), .bad)
            return []
        }
        if case .required = command.argument, argument.isEmpty {
            say(lang.pick("用法：", "Usage: ") + HelpText.typedName(command, lang), .bad)
            return []
        }
        if let reason = command.disabledReason(commandState, lang: lang) {
            say(reason, .warning)
            return []
        }
        switch command.id {
        case .signoff:
            startSignOff()
        case .reopen:
            return append(.reopen(reason: argument), purpose: .final)
        case .recuse:
            return append(.recuse(reason: argument), purpose: .final)
        case .rationale:
            return [.rationale(session: route.current)]
        case .applications:
            return goToList()
        case .lang:
            guard let parsed = Lang.parse(argument) else {
                say(lang.pick("用法：", "Usage: ") + HelpText.typedName(command, lang), .bad)
                return []
            }
            settings.lang = parsed
        case .ascii:
            settings.glyphs = .ascii
        case .unicode:
            settings.glyphs = .unicode
        case .help:
            route.overlay = .help(of: context, scroll: 0)
        case .quit:
            return saveAllViews() + [.quit]
        case .undo:
            return undo()
        case .redo:
            return redo()
        case .sort:
            list.sort = ListSort.parse(argument) ?? list.sort.next
            say(list.sort.title(lang), .dim)
        default:
            break
        }
        return []
    }

    /// `:signoff`: the summary `panelist signoff` prints (totals, gates, what is open or unmarked), asking to confirm.
    mutating func startSignOff() {
        route.overlay = .signOff(scroll: 0)
    }
}
