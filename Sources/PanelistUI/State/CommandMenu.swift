import PanelistCore

/// The less common commands, typed after `:` (Tab completes).
public enum CommandMenu {
    /// Command names with their one-line help.
    public static let commands: [(name: String, zh: String, en: String)] = [
        ("signoff", "签字确认本申报的评分（签后只读）", "Sign off this application's scores (read-only after)"),
        ("reopen", "重新打开已签字的评分：:reopen 原因", "Reopen a signed-off review: :reopen REASON"),
        ("recuse", "声明回避（利益冲突）：:recuse 原因", "Recuse yourself (conflict of interest): :recuse REASON"),
        ("rationale", "生成本人逐项评分理由（可打印签字）", "Write your per-indicator rationale for printing"),
        ("list", "申报列表（切换申报）", "Application list (switch application)"),
        ("lang", "界面语言：:lang zh 或 :lang en", "Interface language: :lang zh or :lang en"),
        ("ascii", "使用 ASCII 符号", "Draw with ASCII characters"),
        ("unicode", "使用 Unicode 符号", "Draw with Unicode symbols"),
        ("help", "帮助", "Help"),
        ("quit", "退出", "Quit"),
    ]

    /// The command names, for completion.
    public static var names: [String] { commands.map(\.name) }
}

extension AppModel {
    /// Runs a `:` command line.
    mutating func runCommand(_ line: String) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { $0 != " " })
        let argument = String(trimmed.dropFirst(name.count)).trimmingCharacters(in: .whitespaces)
        switch name {
        case "signoff":
            guard let session else { return [] }
            if session.state.isSignedOff {
                message = Message(lang.pick("已经签字", "Already signed off"), style: .dim)
                return []
            }
            if session.state.recusal == nil, !session.sheet.openIndicators.isEmpty || session.sheet.gates.contains(where: { $0.applicable && $0.verdict == .pending }) {
                let open = session.sheet.openIndicators.count
                message = Message(lang.pick("尚有 \(open) 项指标或门槛条件未评，不能签字（n 跳到待评项）", "\(open) indicators or gates are still open; cannot sign off (n jumps to them)"), style: .bad)
                return []
            }
            return [.signOff(session: current)]
        case "reopen":
            guard argument.count >= 2 else {
                message = Message(lang.pick("请写明重新打开的原因：:reopen 原因", "Give the reason: :reopen REASON"), style: .bad)
                return []
            }
            return appendIfValid(.reopen(reason: argument), undoable: false)
        case "recuse":
            guard argument.count >= 2 else {
                message = Message(lang.pick("请写明回避原因：:recuse 原因", "Give the reason: :recuse REASON"), style: .bad)
                return []
            }
            return appendIfValid(.recuse(reason: argument), undoable: false)
        case "rationale":
            return session == nil ? [] : [.rationale(session: current)]
        case "list", "apps":
            listCursor = current
            screen = .list
            return []
        case "lang":
            if let parsed = Lang.parse(argument) { lang = parsed } else {
                message = Message(lang.pick("用法：:lang zh 或 :lang en", "Usage: :lang zh or :lang en"), style: .bad)
            }
            return []
        case "ascii": glyphs = .ascii
        case "unicode": glyphs = .unicode
        case "help": mode = .help(scroll: 0)
        case "q", "quit": return saveAllViews() + [.quit]
        case "":
            return []
        default:
            message = Message(lang.pick("未知命令「\(name)」；可用：", "Unknown command '\(name)'; commands: ") + CommandMenu.names.joined(separator: " "), style: .bad)
        }
        return []
    }
}
