import Foundation
import PanelistCore

/// Draws the review screen: rubric tree | application text over the scoring panel.
public enum ReviewScreen {
    /// A line of the text pane.
    public struct Line: Sendable, Equatable {
        /// The text shown.
        public var text: String
        /// How the line is drawn.
        public var style: ScreenGrid.Style
        /// Creates a line.
        public init(_ text: String, _ style: ScreenGrid.Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    /// Draws the whole review screen into `grid`.
    static func draw(_ model: AppModel, session: ReviewSession, into grid: inout ScreenGrid) {
        let layout = model.layout
        let lang = model.lang
        drawTitle(model, session: session, into: &grid)
        drawTree(model, session: session, rect: layout.tree, into: &grid)
        for r in layout.tree.row..<(layout.tree.row + layout.tree.height) {
            grid.write(model.glyphs.separator, row: r, column: layout.tree.width, style: .dim)
        }
        drawText(model, session: session, rect: layout.text, into: &grid)
        switch model.mode {
        case .scenarios(let picker): drawScenarios(model, session: session, picker: picker, rect: layout.panel, into: &grid)
        case .comment(let edit): drawComment(model, edit: edit, rect: layout.panel, into: &grid)
        default: drawPanel(model, session: session, rect: layout.panel, into: &grid)
        }
        drawStatus(model, session: session, lang: lang, into: &grid)
    }

    static func header(_ title: String, focused: Bool, rect: Layout.Rect, into grid: inout ScreenGrid) {
        grid.fill(row: rect.row, column: rect.column, width: rect.width, height: 1, style: focused ? .selected : .heading)
        grid.write(" " + title, row: rect.row, column: rect.column, style: focused ? .selected : .heading, limit: rect.width)
    }

    static func drawTitle(_ model: AppModel, session: ReviewSession, into grid: inout ScreenGrid) {
        let lang = model.lang
        let title = session.rubric.title.text(lang, variant: session.profile.variant)
        let dot = model.glyphs.dot
        let text = " Panelist \(dot) \(session.dossier.name) (\(session.dossier.id)) \(dot) \(title)"
        grid.fill(row: 0, column: 0, width: grid.width, height: 1, style: .status)
        grid.write(model.glyphs.truncate(text, to: grid.width), row: 0, column: 0, style: .status)
    }

    // MARK: - Tree

    static func drawTree(_ model: AppModel, session: ReviewSession, rect: Layout.Rect, into grid: inout ScreenGrid) {
        let focused = session.view.focus == .tree && model.mode == .normal
        let (done, total) = session.progress
        header(model.lang.pick("评分细则 \(done)/\(total)", "Rubric \(done)/\(total)"), focused: focused, rect: rect, into: &grid)
        let rows = session.treeRows(lang: model.lang)
        let visible = rect.height - 1
        let selected = rows.firstIndex { $0.key == session.view.selected } ?? 0
        let scroll = effectiveScroll(session.view.treeScroll, selected: selected, count: rows.count, visible: visible)
        for i in 0..<visible {
            let index = scroll + i
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let r = rect.row + 1 + i
            let isSelected = index == selected
            let style: ScreenGrid.Style = isSelected ? (focused ? .selected : .bold) : (row.mark == .notApplicable ? .dim : .normal)
            if isSelected { grid.fill(row: r, column: rect.column, width: rect.width, height: 1, style: style) }
            let expander = row.hasChildren ? (row.expanded ? model.glyphs.expanded : model.glyphs.collapsed) : model.glyphs.leaf
            let indent = String(repeating: " ", count: min(8, row.depth * 2))
            let right = model.glyphs.padLeft(row.points, to: 7) + " " + mark(row.mark, model.glyphs)
            let rightWidth = DisplayWidth.of(right)
            let labelWidth = max(1, rect.width - rightWidth - 1)
            let left = model.glyphs.pad(indent + expander + " " + row.label, to: labelWidth)
            grid.write(left, row: r, column: rect.column, style: style)
            let markStyle: ScreenGrid.Style = isSelected ? style : row.mark == .failed ? .bad : row.mark == .done ? .good : row.mark == .partial ? .warning : style
            grid.write(right, row: r, column: rect.column + rect.width - rightWidth, style: markStyle)
        }
    }

    static func mark(_ mark: TreeRow.Mark, _ glyphs: Glyphs) -> String {
        switch mark {
        case .untouched: return glyphs.untouched
        case .partial: return glyphs.partial
        case .done: return glyphs.done
        case .failed: return glyphs.failed
        case .notApplicable: return glyphs.notApplicable
        }
    }

    /// A scroll offset that keeps the selected row visible.
    static func effectiveScroll(_ stored: Int, selected: Int, count: Int, visible: Int) -> Int {
        guard visible > 0 else { return 0 }
        var scroll = min(stored, max(0, count - visible))
        if selected < scroll { scroll = selected }
        if selected >= scroll + visible { scroll = selected - visible + 1 }
        return max(0, scroll)
    }

    // MARK: - Application text

    /// The application text pane's lines for the selected row, wrapped at `width`.
    public static func textLines(session: ReviewSession, lang: Lang, width: Int, glyphs: Glyphs = .ascii) -> [Line] {
        var out: [Line] = []
        func add(_ text: String, _ style: ScreenGrid.Style = .normal, indent: String = "") {
            for line in TextLayout.wrap(text, width: max(4, width - DisplayWidth.of(indent))) { out.append(Line(indent + line, style)) }
        }
        let key = session.view.selected
        let variant = session.profile.variant
        let dossier = session.dossier
        var evidenceTarget = key
        if key.hasPrefix("gate:") {
            let id = String(key.dropFirst(5))
            evidenceTarget = id
            if let gate = session.rubric.gates.first(where: { $0.id == id }) {
                add("\(gate.id) " + gate.title.text(lang, variant: variant), .heading)
                if let text = gate.text { add(text.text(lang, variant: variant), .dim) }
                if case .fact(let factID, _)? = gate.check, let stated = dossier.stated[factID] {
                    add(lang.pick("申报书所述：", "Application states: ") + stated, .bold)
                }
            }
        } else if let node = session.rubric.node(key) {
            add("\(node.id) " + node.title.text(lang, variant: variant), .heading)
            if let text = node.text { add(text.text(lang, variant: variant), .dim) }
            for field in node.numbers {
                if let fact = field.fact, let stated = dossier.stated[fact] {
                    add(lang.pick("申报书所述 ", "Application states ") + field.title.text(lang, variant: variant) + lang.pick("：", ": ") + stated, .bold)
                }
            }
            let ids = Set(Self.subtree(node))
            let sections = dossier.sections(for: ids)
            if sections.isEmpty && node.children.isEmpty {
                add(lang.pick("申报书未关联本项的章节。", "No application section is linked to this indicator."), .warning)
            }
            for section in sections {
                out.append(Line(""))
                add(lang.pick("【\(section.title)】", "[\(section.title)]"), .bold)
                for paragraph in section.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    add(String(paragraph))
                }
            }
        } else {
            add(dossier.name + lang.pick("（\(dossier.id)）", " (\(dossier.id))"), .heading)
            for section in dossier.sections { add(glyphs.bullet + " " + section.title) }
        }
        let evidence = dossier.evidence.filter { $0.target == evidenceTarget }
        if !evidence.isEmpty {
            out.append(Line(""))
            add(lang.pick("申报书所附佐证：", "Evidence listed by the applicant:"), .bold)
            for item in evidence {
                let page = item.page.isEmpty ? "" : lang.pick("（第\(item.page)页）", " (p. \(item.page))")
                add("\(glyphs.bullet) \(item.file)\(page) \(item.description)", .normal, indent: "")
            }
        }
        return out
    }

    static func subtree(_ node: RubricNode) -> [String] {
        [node.id] + node.children.flatMap(subtree)
    }

    static func drawText(_ model: AppModel, session: ReviewSession, rect: Layout.Rect, into grid: inout ScreenGrid) {
        let focused = session.view.focus == .text && model.mode == .normal
        header(model.lang.pick("申报书", "Application") + " \(model.glyphs.dot) " + session.dossier.name, focused: focused, rect: rect, into: &grid)
        let lines = textLines(session: session, lang: model.lang, width: rect.width - 1, glyphs: model.glyphs)
        let visible = rect.height - 1
        let scroll = min(session.view.textScroll, max(0, lines.count - visible))
        for i in 0..<visible {
            guard lines.indices.contains(scroll + i) else { break }
            let line = lines[scroll + i]
            grid.write(line.text, row: rect.row + 1 + i, column: rect.column + 1, style: line.style, limit: rect.width - 1)
        }
        if lines.count > visible {
            let more = "\(scroll + 1)-\(min(lines.count, scroll + visible))/\(lines.count)"
            grid.write(more, row: rect.row, column: rect.column + rect.width - DisplayWidth.of(more) - 1, style: focused ? .selected : .heading)
        }
    }

    // MARK: - Scoring panel

    /// Wrapped panel lines with the field each belongs to.
    static func panelLines(_ model: AppModel, session: ReviewSession, width: Int) -> [(text: String, trailer: String, field: Int, style: ScreenGrid.Style)] {
        let fields = session.panelFields(lang: model.lang, glyphs: model.glyphs)
        var out: [(String, String, Int, ScreenGrid.Style)] = []
        for (index, field) in fields.enumerated() {
            let prefix = field.prefix.isEmpty ? "" : field.prefix + " "
            let trailerWidth = field.trailer.isEmpty ? 0 : DisplayWidth.of(field.trailer) + 1
            let available = max(8, width - DisplayWidth.of(prefix) - trailerWidth)
            let wrapped = TextLayout.wrap(field.label, width: available)
            let limit = field.focusable ? 3 : 6
            for (n, piece) in wrapped.prefix(limit).enumerated() {
                let text = (n == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix)))
                    + (n == limit - 1 && wrapped.count > limit ? model.glyphs.truncate(piece + model.glyphs.ellipsis, to: available) : piece)
                out.append((text, n == 0 ? field.trailer : "", index, field.style))
            }
        }
        return out
    }

    /// Panel line → field index, for mouse clicks.
    static func panelRowMap(model: AppModel) -> [Int?] {
        guard let session = model.session else { return [] }
        return panelLines(model, session: session, width: model.layout.panel.width - 1).map { Optional($0.field) }
    }

    static func drawPanel(_ model: AppModel, session: ReviewSession, rect: Layout.Rect, into grid: inout ScreenGrid) {
        let focused = session.view.focus == .panel && model.mode == .normal
        var title = model.lang.pick("评分", "Scoring")
        let dot = model.glyphs.dot
        if session.state.isSignedOff { title += model.lang.pick(" \(dot) 已签字（只读）", " \(dot) signed off (read-only)") }
        if session.state.recusal != nil { title += model.lang.pick(" \(dot) 已回避", " \(dot) recused") }
        header(title, focused: focused, rect: rect, into: &grid)
        let lines = panelLines(model, session: session, width: rect.width - 1)
        let visible = rect.height - 1
        let selectedLine = lines.firstIndex { $0.field == session.view.field } ?? 0
        let scroll = effectiveScroll(session.view.panelScroll, selected: selectedLine, count: lines.count, visible: visible)
        for i in 0..<visible {
            guard lines.indices.contains(scroll + i) else { break }
            let line = lines[scroll + i]
            let r = rect.row + 1 + i
            let isFocused = line.field == session.view.field && session.view.focus == .panel
            let style: ScreenGrid.Style = isFocused ? (focused ? .selected : .bold) : line.style
            if isFocused { grid.fill(row: r, column: rect.column + 1, width: rect.width - 1, height: 1, style: style) }
            grid.write(line.text, row: r, column: rect.column + 1, style: style, limit: rect.width - 1)
            if !line.trailer.isEmpty {
                let w = DisplayWidth.of(line.trailer)
                grid.write(line.trailer, row: r, column: rect.column + rect.width - w, style: style)
            }
        }
    }

    static func drawComment(_ model: AppModel, edit: UIMode.CommentEdit, rect: Layout.Rect, into grid: inout ScreenGrid) {
        let lang = model.lang
        let target = edit.target.isEmpty ? lang.pick("总体意见", "overall opinion") : edit.target
        let dot = model.glyphs.dot
        header(lang.pick("编辑评语：", "Comment: ") + target + (edit.dirty ? lang.pick(" \(dot) 未保存", " \(dot) unsaved") : lang.pick(" \(dot) 已保存", " \(dot) saved")),
               focused: true, rect: rect, into: &grid)
        let width = max(10, rect.width - 2)
        let rows = edit.editor.rows(width: width)
        let cursor = edit.editor.cursorPosition(width: width)
        let visible = rect.height - 1
        let scroll = effectiveScroll(0, selected: cursor.row, count: rows.count, visible: visible)
        for i in 0..<visible {
            guard rows.indices.contains(scroll + i) else { break }
            let r = rect.row + 1 + i
            grid.write(edit.editor.text(of: rows[scroll + i]), row: r, column: rect.column + 1)
            if scroll + i == cursor.row { grid.placeCursor(row: r, column: rect.column + 1 + cursor.column) }
        }
    }

    static func drawScenarios(_ model: AppModel, session: ReviewSession, picker: UIMode.ScenarioPicker, rect: Layout.Rect, into grid: inout ScreenGrid) {
        let lang = model.lang
        guard let table = session.rubric.scenarioTable else { return }
        let all = table.allScenarios
        header(lang.pick("核对场景：Space 勾选，Enter 保存，Esc 取消（已选 \(picker.selected.count + picker.other)）",
                         "Check scenarios: Space ticks, Enter saves, Esc cancels (\(picker.selected.count + picker.other) chosen)"),
               focused: true, rect: rect, into: &grid)
        let visible = rect.height - 1
        let scroll = effectiveScroll(picker.scroll, selected: picker.cursor, count: all.count + 1, visible: visible)
        for i in 0..<visible {
            let index = scroll + i
            let r = rect.row + 1 + i
            let style: ScreenGrid.Style = index == picker.cursor ? .selected : .normal
            if index < all.count {
                let (segment, scenario) = all[index]
                let segTitle = table.segments.first { $0.id == segment }?.title.text(lang) ?? segment
                let box = picker.selected.contains(scenario.id) ? model.glyphs.checked : model.glyphs.unchecked
                let claimed = session.dossier.instances[scenario.id].map { lang.pick(" 〔申报：\($0)〕", " [claimed: \($0)]") } ?? ""
                if style == .selected { grid.fill(row: r, column: rect.column + 1, width: rect.width - 1, height: 1, style: style) }
                grid.write("\(box) \(scenario.id) \(segTitle)\(model.glyphs.dot)\(scenario.title.text(lang))\(claimed)", row: r, column: rect.column + 1, style: style, limit: rect.width - 1)
            } else if index == all.count {
                if style == .selected { grid.fill(row: r, column: rect.column + 1, width: rect.width - 1, height: 1, style: style) }
                grid.write(lang.pick("表外其他场景：\(picker.other)（+ / - 调整）", "Other scenarios outside the table: \(picker.other) (+ / -)"),
                           row: r, column: rect.column + 1, style: style, limit: rect.width - 1)
            }
        }
    }

    // MARK: - Status

    static func drawStatus(_ model: AppModel, session: ReviewSession, lang: Lang, into grid: inout ScreenGrid) {
        let messageRow = grid.height - 2
        let statusRow = grid.height - 1
        drawMessage(model, row: messageRow, into: &grid)
        let sheet = session.sheet
        let dot = model.glyphs.dot
        var status = " \(session.reviewerName) \(dot) "
        status += lang.pick("基础 \(sheet.base.plain) + 加分 \(sheet.bonus.plain) = \(sheet.total.plain)",
                            "base \(sheet.base.plain) + bonus \(sheet.bonus.plain) = \(sheet.total.plain)")
        if let threshold = sheet.threshold { status += lang.pick("（线 \(threshold.plain)）", " (threshold \(threshold.plain))") }
        status += " \(dot) " + UIText.outcome(sheet.outcome, lang: lang)
        if let saved = session.state.lastSaved { status += " \(dot) " + lang.pick("已存 ", "saved ") + UIText.clock(saved, in: model.timeZone) }
        let help = lang.pick("? 帮助 ", "? help ")
        grid.fill(row: statusRow, column: 0, width: grid.width, height: 1, style: .status)
        grid.write(model.glyphs.truncate(status, to: grid.width - DisplayWidth.of(help) - 1), row: statusRow, column: 0, style: .status)
        grid.write(help, row: statusRow, column: grid.width - DisplayWidth.of(help), style: .status)
    }

    static func drawMessage(_ model: AppModel, row: Int, into grid: inout ScreenGrid) {
        if case .prompt(let prompt) = model.mode {
            let titleWidth = DisplayWidth.of(prompt.title)
            grid.write(prompt.title, row: row, column: 0, style: .bold)
            let view = prompt.editor.view(width: max(2, grid.width - titleWidth - 1))
            grid.write(view.text, row: row, column: titleWidth, style: prompt.editor.selected ? .selected : .normal)
            grid.placeCursor(row: row, column: titleWidth + view.cursorColumn)
            return
        }
        if let message = model.message {
            grid.write(model.glyphs.truncate(" " + model.glyphs.plain(message.text), to: grid.width), row: row, column: 0, style: message.style)
        }
    }
}
