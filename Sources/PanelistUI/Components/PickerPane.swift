import PanelistCore

/// The scenario checklist, drawn in the scoring panel's place while it is open.
struct PickerPane: Component {
    /// Where the pane is drawn.
    var rect: Layout.Rect
    /// The table's scenarios with their segment titles, in table order.
    var scenarios: [(id: String, label: String)]

    /// Every scenario plus the "other scenarios" row.
    var lineCount: Int { scenarios.count + 1 }

    /// Lays out the table of a rubric for a dossier's claims.
    init(rubric: Rubric, dossier: DossierText, rect: Layout.Rect, lang: Lang) {
        self.rect = rect
        guard let table = rubric.scenarioTable else { scenarios = []; return }
        scenarios = table.allScenarios.map { segment, scenario in
            let segTitle = table.segments.first { $0.id == segment }?.title.text(lang) ?? segment
            let claimed = dossier.instances[scenario.id].map { lang.pick("〔申报：\($0)〕", " [claimed: \($0)]") } ?? ""
            return (scenario.id, "\(scenario.id) \(segTitle) / \(scenario.title.text(lang))\(claimed)")
        }
    }

    /// What a picker command asks the model to do once the picker state is updated.
    enum Outcome: Equatable { case none, confirm, cancel }

    /// Handles a command meant for the picker, updating its state.
    func handle(_ invocation: Invocation, picker: inout ScenarioPicker) -> Outcome {
        let last = scenarios.count
        func toggle(_ index: Int) {
            guard scenarios.indices.contains(index) else { return }
            let id = scenarios[index].id
            if picker.selected.contains(id) { picker.selected.remove(id) } else { picker.selected.insert(id) }
        }
        switch invocation.command {
        case .up: picker.cursor -= 1
        case .down: picker.cursor += 1
        case .pageUp: picker.cursor -= page
        case .pageDown: picker.cursor += page
        case .first: picker.cursor = 0
        case .last: picker.cursor = last
        case .wheelUp: picker.cursor -= 3
        case .wheelDown: picker.cursor += 3
        case .toggle: toggle(picker.cursor)
        case .increment where picker.cursor == last: picker.other += 1
        case .decrement where picker.cursor == last: picker.other = max(0, picker.other - 1)
        case .click:
            guard let cell = invocation.cell, let line = hitTest(row: cell.row, column: cell.column, scroll: picker.scroll) else { return .none }
            if line == picker.cursor { toggle(line) } else { picker.cursor = line }
        case .confirm: return .confirm
        case .cancel: return .cancel
        default: break
        }
        picker.cursor = min(last, max(0, picker.cursor))
        return .none
    }

    /// Draws the checklist from the stored scroll.
    func render(picker: ScenarioPicker, glyphs: Glyphs, lang: Lang, into grid: inout ScreenGrid) {
        drawHeader(lang.pick("核对场景（已选 \(picker.selected.count + picker.other)）", "Check scenarios (\(picker.selected.count + picker.other) chosen)"),
                   focused: true, right: position(scroll: picker.scroll), into: &grid)
        for i in 0..<visibleRows {
            let index = picker.scroll + i
            guard index < lineCount else { break }
            let r = rect.row + 1 + i
            let style: ScreenGrid.Style = index == picker.cursor ? .selected : .normal
            if style == .selected { grid.fill(row: r, column: rect.column + 1, width: rect.width - 1, height: 1, style: style) }
            let text: String
            if index < scenarios.count {
                let box = picker.selected.contains(scenarios[index].id) ? glyphs.checked : glyphs.unchecked
                text = box + " " + scenarios[index].label
            } else {
                text = lang.pick("表外其他场景：\(picker.other)（+ / - 调整）", "Other scenarios outside the table: \(picker.other) (+ / -)")
            }
            grid.write(text, row: r, column: rect.column + 1, style: style, limit: rect.width - 1)
        }
    }
}
