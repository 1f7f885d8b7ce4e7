import Foundation
import PanelistCore

extension ImportRun {
    /// Where a label was found and what its value is.
    struct Hit {
        var label: String
        var labelOrigin: DocLocation
        var inlines: [WordInline]
        var text: String
        var origin: DocLocation
    }

    /// The inlines after the colon that ends a label (：or :), skipping the colons inside the label itself; nil when there is none.
    static func afterColon(_ inlines: [WordInline], label: String = "") -> [WordInline]? {
        var skip = FormText.fold(label).filter { $0 == ":" }.count
        var out: [WordInline] = []
        var found = false
        for inline in inlines {
            if found { out.append(inline); continue }
            guard case .text(let s, let bold, let marked) = inline else { continue }
            var index = s.startIndex
            while let i = s[index...].firstIndex(where: { $0 == "：" || $0 == ":" }) {
                if skip > 0 {
                    skip -= 1
                    index = s.index(after: i)
                    continue
                }
                found = true
                let rest = String(s[s.index(after: i)...])
                if !rest.isEmpty { out.append(.text(rest, bold: bold, marked: marked)) }
                break
            }
        }
        return found ? out : nil
    }

    static func text(_ inlines: [WordInline]) -> String {
        var p = WordParagraph()
        p.inlines = inlines
        return p.text
    }

    /// The value of a label cell: written after its colon, in the cell to the right, or in the cell below.
    func value(ofLabel p: TableGrid.Placed, in grid: TableGrid, label: String) -> Hit {
        consumed.insert(p.cell.location)
        let cellInlines = inlines(p.cell)
        if let rest = Self.afterColon(cellInlines, label: label), !cleanValue(Self.text(rest)).value.isEmpty || ChoiceReader(rest).marks.contains(where: { ChoiceReader.isBox($0.char) }) {
            return Hit(label: p.cell.text, labelOrigin: p.cell.location, inlines: rest, text: Self.text(rest), origin: p.cell.location)
        }
        // the value to the right (past blank cells the applicant left, up to the next label), else below
        var right = grid.right(of: p)
        if let first = right, cleanValue(grid.text(first)).value.isEmpty {
            var scan = grid.right(of: first)
            while let next = scan, !isKnownLabel(grid.text(next)) {
                if !cleanValue(grid.text(next)).value.isEmpty { right = next; break }
                scan = grid.right(of: next)
            }
        }
        for candidate in [right, grid.below(p)].compactMap({ $0 }) where !isKnownLabel(grid.text(candidate)) {
            let source = candidate.cell.merge == .continued ? (grid.cell(row: candidate.mergeOrigin, column: candidate.column) ?? candidate) : candidate
            if consumed.contains(source.cell.location), source.cell.location != p.cell.location { continue }
            consumed.insert(source.cell.location)
            let content = inlines(source.cell)
            return Hit(label: p.cell.text, labelOrigin: p.cell.location, inlines: content, text: Self.text(content), origin: source.cell.location)
        }
        return Hit(label: p.cell.text, labelOrigin: p.cell.location, inlines: [], text: "", origin: p.cell.location)
    }

    /// Finds a field's label in the tables (within its row heading, if any) or in a body paragraph `label：value`.
    func locate(_ field: FormField) -> Hit? {
        for label in field.labels {
            for grid in grids {
                if let row = field.row {
                    for heading in grid.starts where FormText.matches(grid.text(heading), label: row) {
                        for r in grid.rowsCovered(by: heading) {
                            for p in grid.rows[r] where p.column > heading.column && p.cell.merge != .continued {
                                if !consumed.contains(p.cell.location), FormText.matches(p.cell.text, label: label) {
                                    consumed.insert(heading.cell.location)
                                    return value(ofLabel: p, in: grid, label: label)
                                }
                                // written inside a cell: 2.得分：3.62
                                for paragraph in p.cell.paragraphs {
                                    let folded = FormText.fold(paragraph.text)
                                    guard let range = folded.range(of: FormText.label(label)), folded[range.upperBound...].first == ":",
                                          let rest = Self.afterColon(paragraph.inlines, label: String(folded[..<range.upperBound])) else { continue }
                                    consumed.insert(heading.cell.location)
                                    consumed.insert(p.cell.location)
                                    return Hit(label: label, labelOrigin: p.cell.location, inlines: rest, text: Self.text(rest), origin: p.cell.location)
                                }
                            }
                        }
                    }
                } else {
                    for p in grid.starts where !consumed.contains(p.cell.location) && FormText.matches(p.cell.text, label: label) {
                        return value(ofLabel: p, in: grid, label: label)
                    }
                }
            }
            guard field.row == nil else { continue }
            for case .paragraph(let paragraph) in document.blocks where !consumedParagraphs.contains(paragraph.location) {
                let folded = FormText.fold(paragraph.text)
                let want = FormText.label(label)
                guard folded.hasPrefix(want), let rest = Self.afterColon(paragraph.inlines, label: want) else { continue }
                let between = folded.dropFirst(want.count).prefix { $0 != ":" }
                guard between.isEmpty || (between.first == "(" && between.last == ")") else { continue }
                consumedParagraphs.insert(paragraph.location)
                return Hit(label: label, labelOrigin: paragraph.location, inlines: rest, text: Self.text(rest), origin: paragraph.location)
            }
        }
        return nil
    }

    /// Reads every field of the template.
    func readFields(variantOverride: String?) {
        guard let template else { return }
        for field in template.fields {
            let label = field.labels.first ?? ""
            let target = field.target.description
            let path = Self.path(field.target)
            guard let hit = locate(field) else {
                if field.target == .variant, let variantOverride {
                    draft.variant = ImportDraft.Value(text: variantOverride, origin: .document)
                    add(.found, label, target, variantOverride, .document, zh: "按 --variant 指定", en: "from --variant", path: path)
                } else if field.required || field.target == .variant {
                    add(.missing, label, target, "", .document, zh: "文档中没有找到“\(label)”；请填写", en: "'\(label)' is not in the document; fill it in", path: path)
                } else {
                    add(.empty, label, target, "", .document, zh: "文档中没有这一栏", en: "the document has no such field", path: path)
                }
                continue
            }
            if field.choices.isEmpty {
                readWritten(field, hit, label: label, path: path)
            } else {
                readTicked(field, hit, label: label, path: path, variantOverride: variantOverride)
            }
        }
    }

    func readWritten(_ field: FormField, _ hit: Hit, label: String, path: [DraftYAML.Step]) {
        let target = field.target.description
        let (value, hint) = cleanValue(hit.text)
        if let hint, value.isEmpty {
            add(.skipped, label, target, hint, hit.origin, zh: "栏内仍是表单的提示文字", en: "the cell still holds the form's hint text")
        }
        guard !value.isEmpty else {
            let required = field.required || FormText.starred(hit.label)
            add(required ? .missing : .empty, label, target, "", hit.origin,
                zh: required ? "必填，但文档中此栏为空" : "此栏为空", en: required ? "required, but the cell is empty" : "the cell is empty", path: path)
            return
        }
        if draft.has(field.target), let previous = draft.value(field.target) {
            if previous.text != value {
                add(.guessed, label, target, value, hit.origin, zh: "与\(previous.origin.text(.zh))的“\(previous.text)”不同；保留先读到的值", en: "differs from '\(previous.text)' at \(previous.origin.text(.en)); the first value is kept", path: path)
            }
            return
        }
        switch field.target {
        case .fact, .number, .kpi:
            let unit = field.unit ?? FormText.unit(ofLabel: hit.label)
            switch figure(value, unit: unit) {
            case .success(let text):
                if field.target == .kpi {
                    draft.kpis.append(.init(title: FormText.title(ofLabel: hit.label.isEmpty ? label : hit.label), value: .init(text: text, origin: hit.origin),
                                            starred: FormText.starred(hit.label), note: ""))
                    add(.found, label, "kpis", text, hit.origin, path: [.key("kpis"), .index(draft.kpis.count - 1)])
                } else {
                    draft.set(field.target, .init(text: text, origin: hit.origin))
                    add(.found, label, target, text, hit.origin, zh: text == value ? "" : "单位取自栏目名", en: text == value ? "" : "unit taken from the label", path: path)
                }
            case .failure(let problem):
                formLines.append("- \(FormText.title(ofLabel: label))：\(value)")
                add(.missing, label, target, value, hit.origin, zh: "不是确切数字（已写入基本情况表一节）：\(problem.message)",
                    en: "not an exact figure (kept as text in the form section): \(problem.message)", path: path)
            }
        case .form:
            formLines.append("- \(FormText.title(ofLabel: label))：\(value.replacingOccurrences(of: "\n", with: "；"))")
            add(.found, label, "form", value, hit.origin, path: [.key("sections")])
        default:
            draft.set(field.target, .init(text: value, origin: hit.origin))
            add(.found, label, target, value, hit.origin, path: path)
        }
    }

    func readTicked(_ field: FormField, _ hit: Hit, label: String, path: [DraftYAML.Step], variantOverride: String?) {
        let target = field.target.description
        let result = ChoiceReader(hit.inlines).read(field.choices)
        var ticked = result.ticked
        var how = result.how.joined(separator: " ")
        var guessed = false
        if ticked.isEmpty, !result.sawMarks, result.present.count == 1, field.choices.count > 1 {
            ticked = result.present
            how = "other options deleted"
            guessed = true
        }
        if field.many {
            guard !ticked.isEmpty else {
                add(.empty, label, target, "", hit.origin, zh: "未勾选任何选项", en: "no option ticked", path: path)
                return
            }
            var values = ticked.map(\.text)
            if let note = result.otherNote, let i = ticked.firstIndex(where: \.isOther) { values[i] = "其他（\(note)）" }
            formLines.append("- \(FormText.title(ofLabel: label))：\(values.joined(separator: "、"))")
            add(guessed ? .guessed : .found, label, target, values.joined(separator: "、"), hit.origin,
                zh: "勾选方式：\(how)", en: "ticked as: \(how)", path: path)
            return
        }
        if field.target == .variant, let variantOverride {
            let read = ticked.count == 1 ? ticked[0].value : nil
            draft.variant = .init(text: variantOverride, origin: hit.origin)
            if let read, read != variantOverride {
                add(.guessed, label, target, variantOverride, hit.origin, zh: "文档勾选的是 \(read)，按 --variant 改为 \(variantOverride)", en: "the document ticks \(read); --variant sets \(variantOverride)", path: path)
            } else {
                add(.found, label, target, variantOverride, hit.origin, zh: "按 --variant 指定", en: "from --variant", path: path)
            }
            return
        }
        guard ticked.count == 1, let choice = ticked.first else {
            let required = field.required || field.target == .variant || { if case .fact = field.target { return true } else { return false } }()
            if ticked.isEmpty {
                add(required ? .missing : .empty, label, target, "", hit.origin,
                    zh: "未勾选任何选项（\(field.choices.map(\.text).joined(separator: "、"))）", en: "no option ticked (\(field.choices.map(\.text).joined(separator: ", ")))", path: path)
            } else {
                add(.missing, label, target, ticked.map(\.text).joined(separator: "、"), hit.origin,
                    zh: "勾选了多个选项，只能选一个；请确认", en: "several options are ticked where one is allowed; ask which", path: path)
            }
            return
        }
        let kind: ImportReport.Kind = guessed ? .guessed : .found
        let note = guessed ? (zh: "未见勾选符号，其余选项已被删除，按剩下的选项读取", en: "no tick seen; the other options were deleted, so the one left is read")
                           : (zh: "勾选方式：\(how)", en: "ticked as: \(how)")
        switch field.target {
        case .form:
            var text = choice.text
            if choice.isOther, let other = result.otherNote { text += "（\(other)）" }
            formLines.append("- \(FormText.title(ofLabel: label))：\(text)")
            add(kind, label, "form", text, hit.origin, zh: note.zh, en: note.en, path: [.key("sections")])
        case .fact, .number:
            switch figure(choice.value, unit: nil) {
            case .success(let text):
                draft.set(field.target, .init(text: text, origin: hit.origin))
                add(kind, label, target, text, hit.origin, zh: note.zh, en: note.en, path: path)
            case .failure(let problem):
                add(.missing, label, target, choice.value, hit.origin, zh: problem.message, en: problem.message, path: path)
            }
        default:
            draft.set(field.target, .init(text: choice.value, origin: hit.origin))
            add(kind, label, target, choice.value, hit.origin, zh: note.zh, en: note.en, path: path)
        }
        if choice.isOther, let noteTarget = field.note {
            if let text = result.otherNote {
                draft.set(noteTarget, .init(text: text, origin: hit.origin))
                add(.found, label, noteTarget.description, text, hit.origin, path: Self.path(noteTarget))
            } else {
                add(.missing, label, noteTarget.description, "", hit.origin, zh: "勾选了“其他”但未注明", en: "其他 is ticked but not specified", path: Self.path(noteTarget))
            }
        }
    }
}
