import PanelistCore

extension ImportReport {
    /// The heading of each kind.
    static func heading(_ kind: Kind, _ lang: Lang) -> String {
        switch kind {
        case .found: return lang.pick("已读取", "Found")
        case .guessed: return lang.pick("推测（请核对）", "Guessed (check these)")
        case .missing: return lang.pick("待填写（必填，文档中没有或无法使用）", "To fill (required; absent from the document or not usable)")
        case .empty: return lang.pick("留空（非必填）", "Left empty (not required)")
        case .unmatched: return lang.pick("模板中没有（已保留，未关联指标）", "Not in the template (kept, not linked)")
        case .skipped: return lang.pick("表单自带的说明文字（未导入）", "The form's own instructions (not imported)")
        }
    }

    /// The report as lines of text: a heading per kind, then `subject → target = value   location (file line)  note`.
    public func render(_ lang: Lang, output: String) -> [String] {
        var lines = [lang.pick("导入报告：\(document) → \(output)", "Import report: \(document) → \(output)")]
        lines.append(template.map { lang.pick("表单模板：\($0)", "Form template: \($0)") }
                     ?? lang.pick("表单模板：无（按标题分节，表格原样保留，未关联指标）", "Form template: none (sections by heading, tables kept as tables, nothing linked)"))
        for kind in Kind.allCases {
            let list = entries(kind)
            guard !list.isEmpty else { continue }
            lines.append("")
            lines.append(lang.pick("\(Self.heading(kind, lang))（\(list.count)）", "\(Self.heading(kind, lang)) (\(list.count))"))
            for entry in list {
                var line = "  " + entry.subject
                if !entry.target.isEmpty { line += " → " + entry.target }
                if !entry.value.isEmpty { line += " = " + Self.shorten(entry.value) }
                line += "  [" + entry.origin.text(lang)
                if let y = entry.yamlLine { line += lang.pick("；\(output) 第\(y)行", "; \(output) line \(y)") }
                line += "]"
                let note = lang.pick(entry.zh, entry.en)
                if !note.isEmpty { line += "  " + note }
                lines.append(line)
            }
        }
        return lines
    }

    /// One line of at most 40 characters.
    static func shorten(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }
}
