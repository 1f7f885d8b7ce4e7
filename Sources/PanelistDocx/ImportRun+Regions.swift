import Foundation
import PanelistCore

extension ImportRun {
    /// Finds the tables that a table rule or the scenario rule reads (by their column headings).
    func classifyTables() {
        guard let template else { return }
        for grid in grids {
            let number = grid.table.number
            if let rule = template.scenarios, headerRow(grid, rule.header) != nil {
                scenarioTables.insert(number)
                continue
            }
            let best = template.tables.filter { headerRow(grid, $0.header) != nil }.max { $0.header.count < $1.header.count }
            if let best { ruledTables[number] = best }
        }
    }

    /// The first row holding every heading of `header` (序号 aside).
    func headerRow(_ grid: TableGrid, _ header: [String]) -> Int? {
        let wanted = header.filter { FormText.label($0) != "序号" }
        guard !wanted.isEmpty else { return nil }
        for (r, row) in grid.rows.enumerated() {
            let texts = row.map(\.cell.text)
            if wanted.allSatisfy({ h in texts.contains { FormText.matches($0, label: h) || FormText.label($0) == FormText.label(h) } }) { return r }
        }
        return nil
    }

    /// A figure cell of a matrix or block, as a KPI (or a form line when it is text).
    func readFigureCell(label: String, title: String, note: String, cell: WordCell?, origin: DocLocation) {
        let (value, _) = cleanValue(cell?.text ?? "")
        let starred = FormText.starred(label)
        guard !value.isEmpty else {
            add(starred ? .missing : .empty, title, "kpis", "", origin,
                zh: starred ? "带*必填，但此栏为空" : "此栏为空", en: starred ? "starred (required), but the cell is empty" : "the cell is empty", path: [.key("kpis")])
            return
        }
        switch figure(value, unit: FormText.unit(ofLabel: label)) {
        case .success(let text):
            draft.kpis.append(.init(title: title, value: .init(text: text, origin: origin), starred: starred, note: note))
            add(.found, title, "kpis", text, origin, path: [.key("kpis"), .index(draft.kpis.count - 1)])
        case .failure(let problem):
            formLines.append("- \(title)\(note.isEmpty ? "" : "（\(note)）")：\(value)")
            let approximate = ["约", "大约", "近", "超过", "逾", "不少于", "不低于", "≥", "≤", ">", "<", "～", "~"]
            if value.first.map({ $0.isNumber }) == true || approximate.contains(where: { value.hasPrefix($0) }) {
                add(.missing, title, "kpis", value, origin, zh: "不是确切数字（已写入基本情况表一节）：\(problem.message)",
                    en: "not an exact figure (kept as text in the form section): \(problem.message)", path: [.key("kpis")])
            } else {
                add(.found, title, "form", value, origin, zh: "文字，写入基本情况表一节", en: "text; kept in the form section", path: [.key("sections")])
            }
        }
    }

    /// Matrices (主要经济指标): column headings to the right of the label, one KPI per row label × column.
    func readMatrices() {
        guard let template else { return }
        for rule in template.matrices {
            guard let (grid, start) = firstStart(rule.label) else {
                add(.empty, rule.label, "kpis", "", .document, zh: "文档中没有这一栏", en: "the document has no such block")
                continue
            }
            consumed.insert(start.cell.location)
            var headers: [TableGrid.Placed] = []
            var next = grid.right(of: start)
            while let h = next {
                headers.append(h)
                consumed.insert(h.cell.location)
                next = grid.right(of: h)
            }
            var r = start.row + 1
            while grid.rows.indices.contains(r) {
                defer { r += 1 }
                let row = grid.rows[r]
                if TableGrid.isBlankRow(row) { continue }
                guard let labelCell = grid.cell(row: r, column: start.column), labelCell.cell.merge != .continued else { break }
                let label = labelCell.cell.text
                if isKnownLabel(label) || headers.contains(where: { grid.cell(row: r, column: $0.column)?.column != $0.column }) { break }
                consumed.insert(labelCell.cell.location)
                for h in headers {
                    guard let cell = grid.cell(row: r, column: h.column) else { continue }
                    consumed.insert(cell.cell.location)
                    readFigureCell(label: label, title: FormText.title(ofLabel: label), note: FormText.title(ofLabel: h.cell.text), cell: cell.cell, origin: cell.cell.location)
                }
            }
        }
    }

    /// Blocks (智能制造实施效果): in the rows under the heading, label/value pairs left to right.
    func readBlocks() {
        guard let template else { return }
        for rule in template.blocks {
            guard let (grid, start) = firstStart(rule.label) else {
                add(.empty, rule.label, "kpis", "", .document, zh: "文档中没有这一栏", en: "the document has no such block")
                continue
            }
            consumed.insert(start.cell.location)
            for r in grid.rowsCovered(by: start) {
                let cells = grid.rows[r].filter { $0.column > start.column && $0.cell.merge != .continued }
                var i = 0
                while i < cells.count {
                    let label = cells[i]
                    let value = i + 1 < cells.count ? cells[i + 1] : nil
                    i += 2
                    guard !cleanValue(label.cell.text).value.isEmpty else { continue }
                    consumed.insert(label.cell.location)
                    if let value { consumed.insert(value.cell.location) }
                    readFigureCell(label: label.cell.text, title: FormText.title(ofLabel: label.cell.text), note: "", cell: value?.cell, origin: value?.cell.location ?? label.cell.location)
                }
            }
        }
    }

    /// The first cell (not yet read) whose text is the label.
    func firstStart(_ label: String) -> (TableGrid, TableGrid.Placed)? {
        for grid in grids {
            if let p = grid.starts.first(where: { !consumed.contains($0.cell.location) && FormText.matches($0.cell.text, label: label) }) { return (grid, p) }
        }
        return nil
    }

    /// Cells of the form's tables that no field, matrix or block read: kept in the form section and reported.
    func reportUnknownCells() {
        for grid in grids where ruledTables[grid.table.number] == nil && !scenarioTables.contains(grid.table.number) {
            guard grid.starts.contains(where: { consumed.contains($0.cell.location) }) else { continue }
            var seen: Set<DocLocation> = []
            for p in grid.starts where !consumed.contains(p.cell.location) && !seen.contains(p.cell.location) {
                seen.insert(p.cell.location)
                let text = p.cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if text.isEmpty { continue }
                if isInstruction(text) || Self.isHint(text) {
                    add(.skipped, FormText.title(ofLabel: text).prefix(20).description, "", "", p.cell.location, zh: "表单自带的文字", en: "the form's own text")
                    continue
                }
                if let right = grid.right(of: p), !consumed.contains(right.cell.location), right.cell.merge != .continued {
                    let value = cleanValue(right.cell.text).value
                    seen.insert(right.cell.location)
                    formLines.append("- \(FormText.title(ofLabel: text))：\(value.replacingOccurrences(of: "\n", with: "；"))")
                    add(.unmatched, text, "form", value, p.cell.location, zh: "模板中没有此栏；已写入基本情况表一节", en: "no such field in the template; kept in the form section", path: [.key("sections")])
                } else {
                    formLines.append("- \(text.replacingOccurrences(of: "\n", with: "；"))")
                    add(.unmatched, text, "form", "", p.cell.location, zh: "模板中没有此栏；已写入基本情况表一节", en: "no such field in the template; kept in the form section", path: [.key("sections")])
                }
            }
        }
    }
}
