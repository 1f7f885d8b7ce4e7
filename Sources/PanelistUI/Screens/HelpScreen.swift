import PanelistCore

/// The help screen, generated from the key table and the command menu.
public enum HelpScreen {
    /// The help text as lines.
    public static func lines(keys: KeyTable, lang: Lang) -> [(text: String, style: ScreenGrid.Style)] {
        var out: [(String, ScreenGrid.Style)] = [(lang.pick("Panelist 帮助（任意键返回）", "Panelist help (any key returns)"), .heading), ("", .normal)]
        for group in KeyBinding.Group.allCases {
            out.append((group.title(lang), .bold))
            for binding in keys.bindings where binding.group == group {
                let keyText = binding.keys.map(\.label).joined(separator: " ")
                out.append(("  " + TextLayout.pad(keyText, to: 14, ellipsis: "...") + " " + (lang == .zh ? binding.help.zh : binding.help.en), .normal))
            }
            out.append(("", .normal))
        }
        out.append((lang.pick("「:」命令", "':' commands"), .bold))
        for command in CommandMenu.commands {
            out.append(("  :" + TextLayout.pad(command.name, to: 13, ellipsis: "...") + " " + (lang == .zh ? command.zh : command.en), .normal))
        }
        out.append(("", .normal))
        out.append((lang.pick("鼠标：点击选中行与字段，滚轮滚动；按住 Shift 拖动可选中文字复制（--no-mouse 不用鼠标）。",
                              "Mouse: click selects rows and fields, the wheel scrolls; Shift-drag selects text to copy (--no-mouse leaves the mouse alone)."), .dim))
        out.append((lang.pick("每一步操作都立即写入本地日志并同步到磁盘；状态栏显示最后保存时间。评语在离开编辑或停顿 1.5 秒后保存。",
                              "Every action is written to the local journal and synced to disk at once; the status line shows when. Comments are saved when you leave the editor or pause for 1.5 s."), .dim))
        return out
    }

    static func draw(_ model: AppModel, scroll: Int, into grid: inout ScreenGrid) {
        var rows: [(String, ScreenGrid.Style)] = []
        for (text, style) in lines(keys: model.keys, lang: model.lang) {
            for piece in TextLayout.wrap(text, width: max(10, grid.width - 2)) { rows.append((piece, style)) }
        }
        let start = min(scroll, max(0, rows.count - grid.height))
        for i in 0..<grid.height {
            guard rows.indices.contains(start + i) else { break }
            grid.write(rows[start + i].0, row: i, column: 1, style: rows[start + i].1)
        }
    }
}
