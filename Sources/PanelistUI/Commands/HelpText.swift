import PanelistCore

/// The help screen of a context, generated from the keymap in force there (and, where `:` is
/// bound, from the command table): nothing in it is written by hand.
public enum HelpText {
    /// One line of the help screen.
    public struct Line: Sendable, Equatable {
        /// The keys, e.g. `Up k`; empty for headings and notes.
        public var keys: String
        /// The help text or heading.
        public var text: String
        /// How the line is drawn.
        public var style: ScreenGrid.Style
        /// The command the line documents, if it documents one.
        public var command: CommandID?
        /// Whether the line documents a command typed after `:` (rather than a binding).
        public var typed = false
    }

    /// Width of the keys column.
    static let keyColumn = 18

    /// The help lines of a context.
    public static func lines(_ context: InputContext, lang: Lang) -> [Line] {
        let close = Keymap.map(.help).bindings.filter { $0.command == .back }.map { $0.trigger.label(lang) }.joined(separator: " ")
        var out = [Line(keys: "", text: lang.pick("帮助：\(context.title(lang))（\(close) 返回）", "Help: \(context.title(lang)) (\(close) returns)"),
                        style: .heading, command: nil), Line(keys: "", text: "", style: .normal, command: nil)]
        let commands = Keymap.commands(context)
        for group in CommandGroup.allCases {
            let rows = commands.filter { $0.command.group == group }
            guard !rows.isEmpty else { continue }
            out.append(Line(keys: "", text: group.title(lang), style: .bold, command: nil))
            for (command, triggers) in rows {
                out.append(Line(keys: triggers.map { $0.label(lang) }.joined(separator: " "), text: command.helpText(lang), style: .normal, command: command.id))
            }
            out.append(Line(keys: "", text: "", style: .normal, command: nil))
        }
        if commands.contains(where: { $0.command.id == .commandLine }) {
            out.append(Line(keys: "", text: lang.pick("「:」命令（Tab 补全）", "':' commands (Tab completes)"), style: .bold, command: nil))
            for command in Command.typed {
                out.append(Line(keys: typedName(command, lang), text: command.helpText(lang), style: .normal, command: command.id, typed: true))
            }
            out.append(Line(keys: "", text: "", style: .normal, command: nil))
            out.append(Line(keys: "", text: lang.pick("每一步操作都立即写入本地日志并同步到磁盘；状态栏显示最后保存时间。评语在离开编辑或停顿 1.5 秒后保存。",
                                                     "Every action is written to the local journal and synced to disk at once; the status line shows when. Comments are saved when you leave the editor or pause for 1.5 s."),
                            style: .dim, command: nil))
        }
        return out
    }

    /// `:reopen 原因`, `:quit (q)`: a typed command's name, argument and aliases.
    static func typedName(_ command: Command, _ lang: Lang) -> String {
        var text = ":" + (command.name ?? "")
        let argument = command.argument.placeholder(lang)
        if !argument.isEmpty { text += " " + argument }
        if !command.aliases.isEmpty { text += " (" + command.aliases.map { ":" + $0 }.joined(separator: " ") + ")" }
        return text
    }

    /// The help as display rows: keys padded to a column, long texts wrapped under it.
    public static func rows(_ context: InputContext, lang: Lang, width: Int) -> [(text: String, style: ScreenGrid.Style)] {
        var out: [(String, ScreenGrid.Style)] = []
        for line in lines(context, lang: lang) {
            if line.keys.isEmpty {
                for piece in TextLayout.wrap(line.text, width: max(10, width)) { out.append((piece, line.style)) }
                continue
            }
            let keys = "  " + line.keys
            let column = max(keyColumn, DisplayWidth.of(keys) + 1)
            let pieces = TextLayout.wrap(line.text, width: max(10, width - column))
            for (index, piece) in pieces.enumerated() {
                out.append(((index == 0 ? Fit.pad(keys, to: column) : String(repeating: " ", count: column)) + piece, line.style))
            }
        }
        return out
    }
}
