import Foundation
import PanelistCore

extension ImportRun {
    /// A body table: the form (already read), the scenario list, a template table, or one kept as it is.
    func readTable(_ table: WordTable, at index: Int) {
        let grid = grids[table.number - 1]
        for p in grid.starts { for paragraph in p.cell.paragraphs where !paragraph.images.isEmpty { collectImages(paragraph, at: index) } }
        if scenarioTables.contains(table.number), let rule = template?.scenarios {
            readScenarios(grid, rule)
            appendLine("", to: nil)
            appendLine("（可实现的场景明细表：见“场景”列表）", to: nil)
            appendLine("", to: nil)
            return
        }
        if let rule = ruledTables[table.number] {
            readRuledTable(grid, rule)
            appendLine("", to: nil)
            appendLine("（\(rule.title)：见表格 \(rule.id)）", to: nil)
            appendLine("", to: nil)
            return
        }
        if grid.starts.contains(where: { consumed.contains($0.cell.location) }) { return }
        keepTable(grid, index: index)
    }

    /// The cell text of a table cell as the application keeps it: hints removed, 对应证明材料页数 as a page number.
    func tableCell(_ text: String, header: String) -> String {
        let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if FormText.fold(header).contains("页"), let pages = FormText.pages(raw) { return pages }
        var value = cleanValue(text).value
        if value == "……" || value == "..." || value == "…" { value = "" }
        return value.replacingOccurrences(of: "\n", with: " ")
    }

    /// A template table: columns by heading, 序号 dropped, group rows into the group column, blank and 合计 rows skipped.
    func readRuledTable(_ grid: TableGrid, _ rule: FormTableRule) {
        guard let headerRowIndex = headerRow(grid, rule.header) else { return }
        let headerCells = grid.rows[headerRowIndex]
        var columns: [(name: String, column: Int)] = []
        var extra: [String] = []
        for cell in headerCells {
            let text = cell.cell.text
            if FormText.label(text) == "序号" { continue }
            if let h = rule.header.first(where: { FormText.matches(text, label: $0) || FormText.label(text) == FormText.label($0) }) {
                columns.append((h, cell.column))
            } else if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let name = text.replacingOccurrences(of: "\n", with: "")
                columns.append((name, cell.column))
                extra.append(name)
            }
        }
        if !extra.isEmpty {
            add(.unmatched, rule.title, "tables.\(rule.id)", extra.joined(separator: "、"), grid.rows[headerRowIndex].first?.cell.location ?? .table(grid.table.number),
                zh: "模板中没有这些列；已保留", en: "columns not in the template; kept")
        }
        var names = columns.map(\.name)
        if let group = rule.groupColumn { names.insert(group, at: 0) }
        var rows: [[String]] = []
        var origins: [DocLocation] = []
        var group = ""
        var blank = 0
        func groupRow(_ row: [TableGrid.Placed]) -> TableGrid.Placed? {
            let filled = row.filter { !cleanValue($0.cell.text).value.isEmpty }
            guard filled.count == 1, let only = filled.first, only.span >= max(2, grid.width / 2) else { return nil }
            return only
        }
        for r in grid.rows.indices where r < headerRowIndex {
            if let g = groupRow(grid.rows[r]) { group = g.cell.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        for r in grid.rows.indices where r > headerRowIndex {
            let row = grid.rows[r]
            if row.contains(where: { consumed.contains($0.cell.location) }) { continue }
            if headerRow(TableGrid(WordTable(rows: [grid.table.rows[r]], number: 0)), rule.header) != nil { continue }
            if let first = row.first(where: { !$0.cell.text.allSatisfy(\.isWhitespace) }), FormText.label(first.cell.text) == "序号" { continue }
            if let only = groupRow(row) {
                group = only.cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if rule.groupColumn == nil { add(.unmatched, group, "tables.\(rule.id)", "", only.cell.location, zh: "分组行；模板未设分组列，未导入", en: "a group row; the template has no group column, so it is not imported") }
                continue
            }
            let cells = columns.map { col in tableCell(grid.cell(row: r, column: col.column).map { grid.text($0) } ?? "", header: col.name) }
            if cells.allSatisfy(\.isEmpty) { blank += 1; continue }
            rows.append((rule.groupColumn == nil ? [] : [group]) + cells)
            origins.append(row.first?.cell.location ?? .table(grid.table.number))
        }
        let id = draft.tables.contains(where: { $0.id == rule.id }) ? "\(rule.id)-\(draft.tables.count + 1)" : rule.id
        draft.tables.append(.init(id: id, title: rule.title, indicators: rule.indicators, columns: names, rows: rows, rowOrigins: origins, origin: .table(grid.table.number)))
        add(rows.isEmpty ? .empty : .found, rule.title, "tables.\(id)", rows.isEmpty ? "" : "\(rows.count)行", .table(grid.table.number),
            zh: blank > 0 ? "另有 \(blank) 个空行已跳过" : "", en: blank > 0 ? "\(blank) blank row(s) skipped" : "", path: [.key("tables"), .index(draft.tables.count - 1)])
    }

    /// A table no rule names: kept as it is, its first row as the columns.
    func keepTable(_ grid: TableGrid, index: Int) {
        let nonBlank = grid.rows.enumerated().filter { !TableGrid.isBlankRow($0.element) }
        guard let (headerIndex, header) = nonBlank.first else { return }
        let columns = header.map { c -> String in
            let t = c.cell.text.replacingOccurrences(of: "\n", with: "").trimmingCharacters(in: .whitespaces)
            return t
        }
        var names: [String] = []
        for (i, c) in columns.enumerated() { names.append(c.isEmpty ? "列\(i + 1)" : (names.contains(c) ? "\(c)（\(i + 1)）" : c)) }
        var rows: [[String]] = []
        var origins: [DocLocation] = []
        for (r, row) in nonBlank where r > headerIndex {
            let cells = header.map { h in tableCell(grid.cell(row: r, column: h.column).map { grid.text($0) } ?? "", header: "") }
            if cells.allSatisfy(\.isEmpty) { continue }
            rows.append(cells)
            origins.append(row.first?.cell.location ?? .table(grid.table.number))
        }
        var title = "表格\(grid.table.number)"
        if index > 0, case .paragraph(let p) = document.blocks[index - 1] {
            let t = p.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty, t.count <= 60, t.hasPrefix("表") || p.allBold || (p.style.map { document.styles[$0]?.name.lowercased().contains("caption") ?? false } ?? false) { title = t }
        }
        let id = "table-\(grid.table.number)"
        draft.tables.append(.init(id: id, title: title, indicators: [], columns: names, rows: rows, rowOrigins: origins, origin: .table(grid.table.number)))
        appendLine("", to: nil)
        appendLine("（\(title)：见表格 \(id)）", to: nil)
        appendLine("", to: nil)
        add(template == nil ? .found : .unmatched, title, "tables.\(id)", "\(rows.count)行", .table(grid.table.number),
            zh: template == nil ? "表格原样保留" : "模板中没有此表；原样保留，未关联指标", en: template == nil ? "kept as a table" : "no such table in the template; kept as it is, not linked",
            path: [.key("tables"), .index(draft.tables.count - 1)])
    }

    /// Whether a mark cell says the scenario is claimed (有, √, ☑ …), not claimed (无, blank), or neither.
    static func mark(_ text: String) -> Bool? {
        let folded = FormText.fold(text)
        if folded.isEmpty || ["无", "否", "×", "x", "X", "✗", "□", "-", "/"].contains(folded) { return false }
        if ["有", "是", "y", "Y", "yes", "Yes"].contains(folded) { return true }
        if folded.count <= 2, folded.contains(where: { FormText.ticks.contains($0) || FormText.checkedBoxes.contains($0) }) { return true }
        if folded.hasPrefix("有") || folded.hasPrefix("☑") || folded.hasPrefix("√") { return true }
        return nil
    }

    /// The scenario list: a 有/无 mark beside each scenario of the rubric's table, or an instance column; and 其他场景.
    func readScenarios(_ grid: TableGrid, _ rule: FormScenarioRule) {
        guard let table = rubric.scenarioTable else { return }
        let titles = table.allScenarios.map { (segment: $0.segment, id: $0.scenario.id, title: FormText.fold($0.scenario.title.text(.zh))) }
        let instanceColumn = rule.instance.flatMap { name in headerRow(grid, [name]).flatMap { r in grid.rows[r].first { FormText.matches($0.cell.text, label: name) }?.column } }
        var claimed = 0
        for p in grid.starts {
            let text = p.cell.text
            let folded = FormText.fold(text)
            if let other = rule.other, folded.hasPrefix(FormText.fold(other)) {
                readOtherScenarios(text, origin: p.cell.location, section: rule.section, grid: grid, cell: p)
                continue
            }
            guard let hit = titles.first(where: { $0.title == folded }) else { continue }
            if let column = instanceColumn {
                let instance = cleanValue(grid.cell(row: p.row, column: column).map { grid.text($0) } ?? "").value
                guard !instance.isEmpty else { continue }
                draft.scenarios.append(.init(segment: hit.segment, scenario: hit.id, other: nil, instance: instance, section: rule.section, origin: p.cell.location))
                add(.found, text, "scenarios", "\(hit.id) \(instance)", p.cell.location, path: [.key("scenarios"), .index(draft.scenarios.count - 1)])
                claimed += 1
                continue
            }
            guard let markCell = grid.right(of: p) else { continue }
            switch Self.mark(markCell.cell.text) {
            case true?:
                draft.scenarios.append(.init(segment: hit.segment, scenario: hit.id, other: nil, instance: text.trimmingCharacters(in: .whitespacesAndNewlines), section: rule.section, origin: markCell.cell.location))
                add(.found, text, "scenarios", "\(hit.id)", markCell.cell.location, zh: "勾选：\(markCell.cell.text.trimmingCharacters(in: .whitespacesAndNewlines))", en: "ticked: \(markCell.cell.text.trimmingCharacters(in: .whitespacesAndNewlines))",
                    path: [.key("scenarios"), .index(draft.scenarios.count - 1)])
                claimed += 1
            case false?:
                break
            case nil:
                add(.missing, text, "scenarios", markCell.cell.text, markCell.cell.location, zh: "“有/无”栏写的不是有或无；请确认是否申报此场景", en: "the 有/无 cell says neither 有 nor 无; ask whether the scenario is claimed")
            }
        }
        // in the rubric's table order (the form lists two columns side by side), others last
        let order = Dictionary(uniqueKeysWithValues: titles.enumerated().map { ($1.id, $0) })
        let indexed = draft.scenarios.enumerated().map { (i, s) in (key: s.scenario.flatMap { order[$0] } ?? (titles.count + i), s) }
        let sorted = indexed.enumerated().sorted { $0.element.key < $1.element.key }
        draft.scenarios = sorted.map(\.element.1)
        var moved: [Int: Int] = [:]
        for (new, old) in sorted.enumerated() { moved[old.offset] = new }
        for i in report.entries.indices {
            if report.entries[i].path.count == 2, report.entries[i].path[0] == .key("scenarios"), case .index(let old) = report.entries[i].path[1], let new = moved[old] {
                report.entries[i].path[1] = .index(new)
            }
        }
        if claimed == 0 {
            add(.missing, table.title.text(.zh), "scenarios", "", .table(grid.table.number), zh: "场景明细表中没有勾选任何场景", en: "no scenario is ticked in the list")
        }
    }

    func readOtherScenarios(_ text: String, origin: DocLocation, section: String?, grid: TableGrid, cell: TableGrid.Placed) {
        var rest = (Self.afterColon([.text(text, bold: false, marked: false)]).map(Self.text) ?? "")
        if rest.trimmingCharacters(in: .whitespaces).isEmpty, let right = grid.right(of: cell) { rest = right.cell.text }
        var names: [String] = []
        var hinted = ""
        var depth = 0
        for ch in rest {
            if ch == "（" || ch == "(" { depth += 1; continue }
            if ch == "）" || ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { hinted.append(ch) }
        }
        for part in hinted.split(whereSeparator: { "、，,；;\n".contains($0) }) {
            let name = part.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
        }
        for name in names {
            draft.scenarios.append(.init(segment: nil, scenario: nil, other: name, instance: name, section: section, origin: origin))
            add(.found, "上述未列出的其他场景", "scenarios", name, origin, path: [.key("scenarios"), .index(draft.scenarios.count - 1)])
        }
    }

    /// The applicant's instance names for ticked scenarios, from the describing section: `场景名（实例：…）` or `场景名——…`.
    func resolveScenarioInstances() {
        guard let rule = template?.scenarios, rule.instance == nil else { return }
        let lines = draft.sections.first { $0.id == rule.section }?.lines ?? []
        for i in draft.scenarios.indices where draft.scenarios[i].scenario != nil {
            let title = draft.scenarios[i].instance
            var found: String?
            for line in lines where line.contains(title) {
                let after = line[line.range(of: title)!.upperBound...]
                for open in ["（实例：", "(实例：", "（实例:", "（如："] {
                    if let r = after.range(of: open), let close = after[r.upperBound...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                        found = String(after[r.upperBound..<close]); break
                    }
                }
                if found == nil {
                    for dash in ["——", "—", "：", ":"] where after.hasPrefix(dash) {
                        found = String(after.dropFirst(dash.count)).trimmingCharacters(in: CharacterSet(charactersIn: "。； "))
                        break
                    }
                }
                if let f = found, !f.isEmpty { break }
                found = nil
            }
            if let instance = found?.trimmingCharacters(in: .whitespaces), !instance.isEmpty {
                draft.scenarios[i].instance = instance
                add(.found, title, "scenarios", instance, draft.scenarios[i].origin, zh: "实例名取自“\(rule.section ?? "")”一节", en: "instance name from section \(rule.section ?? "")",
                    path: [.key("scenarios"), .index(i)])
            } else {
                add(.guessed, title, "scenarios", title, draft.scenarios[i].origin, zh: "正文中没有找到此场景的实例名，暂用场景名；请填写申报单位的实例名", en: "no instance name found in the text; the scenario's title is used — write the applicant's instance name",
                    path: [.key("scenarios"), .index(i)])
            }
        }
    }

    /// Sums of a table column (004's local equipment for 4.1): guessed figures, reported with the rows added.
    func readSums() {
        guard let template else { return }
        for rule in template.sums {
            guard let table = draft.tables.first(where: { $0.id == rule.table }), let column = table.columns.firstIndex(of: rule.column) else {
                add(.missing, rule.target.description, rule.target.description, "", .document, zh: "表格 \(rule.table) 不在文档中，无法求和", en: "table \(rule.table) is not in the document, so nothing to add up", path: Self.path(rule.target))
                continue
            }
            if draft.has(rule.target) { continue }
            let filterColumn = rule.filter.flatMap { f in table.columns.firstIndex(of: f.column) }
            var total = Decimal(0)
            var used = 0
            var problem: String?
            for row in table.rows {
                if let f = rule.filter, let fc = filterColumn, !FormText.fold(row[fc]).contains(FormText.fold(f.contains)) { continue }
                let cell = row[column]
                if cell.isEmpty { continue }
                switch StatedNumber.parse(cell) {
                case .success(let parsed) where parsed.unit.isEmpty || parsed.unit == rule.unit:
                    total += parsed.value
                    used += 1
                case .success(let parsed):
                    problem = "'\(cell)' is in \(parsed.unit), not \(rule.unit)"
                case .failure(let p):
                    problem = p.message
                }
            }
            if let problem {
                add(.missing, rule.target.description, rule.target.description, "", table.origin, zh: "无法求和：\(problem)", en: "cannot add up the column: \(problem)", path: Self.path(rule.target))
                continue
            }
            let text = total.plain + rule.unit
            draft.set(rule.target, .init(text: text, origin: table.origin))
            let filterText = rule.filter.map { "（\($0.column)含“\($0.contains)”）" } ?? ""
            add(.guessed, rule.target.description, rule.target.description, text, table.origin,
                zh: "由表格 \(table.id) 的“\(rule.column)”列\(filterText) \(used) 行相加得出；请核对", en: "the sum of \(used) row(s) of column \(rule.column) of table \(table.id)\(rule.filter.map { " where \($0.column) contains \($0.contains)" } ?? ""); check it",
                path: Self.path(rule.target))
        }
    }
}
