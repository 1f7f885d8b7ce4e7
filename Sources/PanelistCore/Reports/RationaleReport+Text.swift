/// The rubric-ordered rationale as 80-cell plain text.
extension RationaleReport {
    static func text(_ doc: Document, _ lang: Lang) -> String {
        let width = textWidth
        var out: [String] = []
        let rule = String(repeating: "=", count: width)
        let thin = String(repeating: "-", count: width)
        out.append(centered(doc.title, width))
        out.append(rule)
        for field in doc.intro { out += fieldLines(field, indent: 0, width: width, lang: lang) }
        if let notice = doc.notice { out += TextLayout.wrap(notice, width: width) }
        if !doc.gates.isEmpty {
            out.append(rule)
            out.append(doc.gatesTitle)
            for gate in doc.gates { out += entryLines(gate, indent: 2, width: width, lang: lang) }
        }
        out.append(rule)
        out.append(doc.indicatorsTitle)
        for entry in doc.indicators {
            if entry.depth == 0 { out.append(thin) }
            out += entryLines(entry, indent: entry.depth == 0 ? 0 : 2, width: width, lang: lang)
        }
        out.append(rule)
        out.append(doc.totalsTitle)
        for field in doc.totals { out += fieldLines(field, indent: 2, width: width, lang: lang) }
        if let overall = doc.overall {
            out.append(rule)
            out += fieldLines(Field(label: lang.pick("总体意见", "Overall opinion"), value: overall), indent: 0, width: width, lang: lang)
        }
        out.append(rule)
        out.append(doc.signTitle)
        for field in doc.sign { out += fieldLines(field, indent: 2, width: width, lang: lang) }
        out.append("")
        out.append("")
        out.append(doc.signatureLine)
        return out.joined(separator: "\n") + "\n"
    }

    static func centered(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        return String(repeating: " ", count: max(0, (width - w) / 2)) + text
    }

    /// `id title ....... score`, the title wrapped left of the score column, then the fields.
    static func entryLines(_ entry: Entry, indent: Int, width: Int, lang: Lang) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let scoreWidth = max(10, DisplayWidth.of(entry.score) + 2)
        let head = "\(entry.id) \(entry.title)"
        let titleWidth = width - indent - scoreWidth
        let wrapped = TextLayout.wrap(head, width: titleWidth)
        var out: [String] = []
        for (i, line) in wrapped.enumerated() {
            if i == 0 {
                out.append(pad + TextLayout.pad(line, to: titleWidth) + TextLayout.padLeft(entry.score, to: scoreWidth))
            } else {
                out.append(pad + "  " + line)
            }
        }
        for field in entry.fields { out += fieldLines(field, indent: indent + 4, width: width, lang: lang) }
        return out.map { TextLayout.trimTrailing($0) }
    }

    /// `label：value` (`label: value` in English) with the value wrapped and its continuation lines aligned under it.
    static func fieldLines(_ field: Field, indent: Int, width: Int, lang: Lang = .zh) -> [String] {
        let label = field.label.isEmpty ? "" : field.label + lang.pick("：", ": ")
        let labelWidth = DisplayWidth.of(label)
        let pad = String(repeating: " ", count: indent)
        let hanging = labelWidth <= 20 ? labelWidth : 4
        var out: [String] = []
        let first = width - indent - labelWidth
        if first < 10 {
            out.append(pad + label)
            for line in TextLayout.wrap(field.value, width: width - indent - hanging) {
                out.append(pad + String(repeating: " ", count: hanging) + line)
            }
            return out
        }
        // First line after the label, the rest under the value.
        var lines = TextLayout.wrap(field.value, width: width - indent - hanging)
        if hanging == labelWidth {
            out.append(pad + label + (lines.first ?? ""))
            lines = Array(lines.dropFirst())
        } else {
            out.append(pad + label)
        }
        for line in lines { out.append(pad + String(repeating: " ", count: hanging) + line) }
        return out.map { TextLayout.trimTrailing($0) }
    }
}
