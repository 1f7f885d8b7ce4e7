import Foundation
import PanelistCore

extension ImportRun {
    /// A body paragraph's heading level: 1 for a chapter, 2 for a subsection, nil for text.
    func headingLevel(_ p: WordParagraph, _ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 80, !text.hasSuffix("；"), !text.hasSuffix(";") else { return nil }
        let style = p.style.flatMap { document.styles[$0] }
        let styleName = (style?.name ?? p.style ?? "").lowercased()
        if styleName.hasPrefix("toc") { return nil }
        var styled: Int?
        if styleName.hasPrefix("heading") || styleName.hasPrefix("标题") {
            styled = Int(styleName.filter(\.isNumber)) ?? 1
        } else if let level = p.outlineLevel ?? style?.outlineLevel, level < 9 {
            styled = level + 1
        }
        let number = HeadingNumber.parse(text)
        if let styled {
            if case .chapter? = number { return 1 }
            return min(styled, 3)
        }
        let bold = p.allBold || (style?.bold ?? false)
        let shortLine = text.count <= 40 && !text.hasSuffix("。")
        switch number {
        case .chapter?: return (bold || shortLine) ? 1 : nil
        case .sub?, .part?: return bold ? 2 : nil
        case .decimal(_, let depth)?: return (bold || shortLine) ? min(depth, 3) : nil
        default: return nil
        }
    }

    /// The template section a heading opens: exactly by its title, or by its number with a similar title (guessed).
    func matchSection(_ text: String, in rules: [FormSectionRule], used: Set<String>) -> (FormSectionRule, exact: Bool)? {
        let title = FormText.fold(FormText.headingTitle(text))
        let number = HeadingNumber.parse(text)
        for rule in rules where !used.contains(rule.id) {
            if FormText.fold(FormText.headingTitle(rule.heading)) == title { return (rule, true) }
        }
        for rule in rules where !used.contains(rule.id) {
            let ruleTitle = FormText.fold(FormText.headingTitle(rule.heading))
            guard let n = number, let m = HeadingNumber.parse(rule.heading), n == m else { continue }
            let a = String(title.dropFirst(n.ordinal.count + 1)), b = String(ruleTitle.dropFirst(m.ordinal.count + 1))
            if a.isEmpty || b.isEmpty { continue }
            if a.contains(b) || b.contains(a) || EditDistance.between(Array(a), Array(b)) <= max(2, b.count / 3) { return (rule, false) }
        }
        return nil
    }

    /// Opens a section from a template rule (or an unmatched heading).
    func openSection(rule: FormSectionRule?, title: String, heading: String, origin: DocLocation, exact: Bool) {
        let id = rule?.id ?? "section-\(draft.sections.count + 1)"
        draft.sections.append(.init(id: id, title: title, indicators: rule?.indicators ?? [], origin: origin, rule: rule))
        let path: [DraftYAML.Step] = [.key("sections"), .index(draft.sections.count - 1)]
        if rule == nil {
            if template != nil {
                add(.unmatched, heading, "sections.\(id)", "", origin, zh: "模板中没有此节；已按标题保留，未关联指标", en: "no such section in the template; kept by its heading, not linked", path: path)
            } else {
                add(.found, heading, "sections.\(id)", "", origin, path: path)
            }
        } else if exact {
            add(.found, heading, "sections.\(id)", "", origin, path: path)
        } else {
            add(.guessed, heading, "sections.\(id)", "", origin, zh: "标题与模板的“\(rule?.heading ?? "")”不完全相同，按序号对应", en: "heading differs from the template's '\(rule?.heading ?? "")'; matched by its number", path: path)
        }
    }

    /// Walks the body: headings open sections, paragraphs become their text, tables are read or kept.
    func readBody() {
        let rules = template?.sections ?? []
        var used: Set<String> = []
        var top: FormSectionRule?
        var inContents = false
        var coverSkipped: [DocLocation] = []
        var instructionsSkipped: [Int: (count: Int, first: DocLocation)] = [:]
        let blocks = document.blocks
        for (index, block) in blocks.enumerated() {
            switch block {
            case .table(let table):
                readTable(table, at: index)
            case .paragraph(let p):
                if consumedParagraphs.contains(p.location) { continue }
                let text = p.text.trimmingCharacters(in: .whitespacesAndNewlines)
                collectImages(p, at: index)
                if text.isEmpty { appendLine("", to: nil); continue }
                let folded = FormText.fold(text)
                if folded == "目录" || folded == "目次" { inContents = true; coverSkipped.append(p.location); continue }
                let number = HeadingNumber.parse(text)
                if inContents {
                    if case .chapter? = number, matchSection(text, in: rules, used: used).map({ !$0.exact }) ?? true || text.hasSuffix("；") || text.hasSuffix("。") || text.hasSuffix(";") {
                        coverSkipped.append(p.location); continue
                    }
                    if isInstruction(text) { coverSkipped.append(p.location); continue }
                    inContents = false
                }
                let styleName = (p.style.flatMap { document.styles[$0]?.name } ?? p.style ?? "").lowercased()
                if styleName == "title" || styleName == "subtitle" {
                    if draft.title == nil {
                        draft.title = .init(text: text, origin: p.location)
                        add(.guessed, text, "title", text, p.location, zh: "文档标题（标题样式）作为项目名称", en: "the document's title (Title style) taken as the project name", path: [.key("title")])
                    } else {
                        coverSkipped.append(p.location)
                    }
                    continue
                }
                let level = headingLevel(p, text)
                // A chapter heading: the next section of the template, or an unmatched one.
                if level == 1 || (matchSection(text, in: rules, used: used) != nil && (level != nil || top == nil || number != nil)) {
                    if let (rule, exact) = matchSection(text, in: rules, used: used) {
                        used.insert(rule.id)
                        top = rule
                        openSection(rule: rule, title: FormText.headingTitle(rule.heading), heading: text, origin: p.location, exact: exact)
                        continue
                    }
                    if level == 1 {
                        top = nil
                        openSection(rule: nil, title: FormText.headingTitle(text), heading: text, origin: p.location, exact: true)
                        continue
                    }
                }
                // A subsection the template names.
                if let parent = top, !parent.subsections.isEmpty, level != nil || number != nil,
                   let (sub, exact) = matchSection(text, in: parent.subsections, used: used) {
                    used.insert(sub.id)
                    openSection(rule: sub, title: FormText.headingTitle(parent.heading) + "　" + FormText.headingTitle(sub.heading), heading: text, origin: p.location, exact: exact)
                    continue
                }
                guard !draft.sections.isEmpty else { coverSkipped.append(p.location); continue }
                if isInstruction(text) {
                    let s = draft.sections.count - 1
                    let previous = instructionsSkipped[s]
                    instructionsSkipped[s] = ((previous?.count ?? 0) + 1, previous?.first ?? p.location)
                    continue
                }
                if let l = level, l >= 2 {
                    appendLine("", to: nil)
                    if case .part? = number { appendLine("## " + text, to: nil) } else { appendLine("### " + text, to: nil) }
                    appendLine("", to: nil)
                } else if p.allBold, text.count <= 40, case .item? = number {
                    appendLine("**\(text)**", to: nil)
                } else {
                    appendLine(text, to: nil)
                }
                readEvidenceLine(text, origin: p.location)
            }
        }
        if !coverSkipped.isEmpty {
            add(.skipped, "封面与目录", "", "\(coverSkipped.count)", coverSkipped[0],
                zh: "第一个章节标题之前的 \(coverSkipped.count) 段（封面、目录、填写说明），除已读取的栏目外未导入",
                en: "\(coverSkipped.count) paragraphs before the first section heading (cover, contents, notes), besides the fields read, not imported")
        }
        for (s, info) in instructionsSkipped.sorted(by: { $0.key < $1.key }) {
            add(.skipped, draft.sections[s].title, "sections.\(draft.sections[s].id)", "\(info.count)", info.first,
                zh: "\(info.count) 段是表单的填写要求或示例（未删除），未导入", en: "\(info.count) paragraph(s) are the form's instructions or examples left in; not imported")
        }
        finishSections()
    }

    /// Adds a line to the current section (blank lines collapse).
    func appendLine(_ line: String, to section: Int?) {
        guard let s = section ?? (draft.sections.isEmpty ? nil : draft.sections.count - 1) else { return }
        if line.isEmpty, draft.sections[s].lines.last?.isEmpty ?? true { return }
        draft.sections[s].lines.append(line)
    }

    /// Puts the form lines in the section holding the form, checks word limits and drops empty sections (reported).
    func finishSections() {
        if !formLines.isEmpty {
            if let s = draft.sections.firstIndex(where: { $0.rule?.holdsForm == true }) ?? (draft.sections.isEmpty ? nil : 0) {
                draft.sections[s].lines = formLines + [""] + draft.sections[s].lines
            } else {
                draft.sections.append(.init(id: "form", title: "基本情况表", indicators: [], lines: formLines, origin: .document, rule: nil))
            }
        }
        var kept: [ImportDraft.Section] = []
        for (index, section) in draft.sections.enumerated() {
            let text = section.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty, let rule = section.rule, !rule.subsections.isEmpty {
                let count = draft.sections.filter { s in rule.subsections.contains { $0.id == s.id } }.map { FormText.characterCount($0.lines.joined()) }.reduce(0, +)
                if let max = FormText.wordLimit(rule.heading).max, count > max {
                    add(.guessed, section.title, "", "\(count)字", section.origin, zh: "各小节合计约 \(count) 字，超过表单要求的不超过 \(max) 字", en: "its subsections hold about \(count) characters, over the form's limit of \(max)")
                }
            }
            if text.isEmpty {
                let hasSubsections = !(section.rule?.subsections.isEmpty ?? true)
                // a heading whose text is in the subsections after it (2.2 主要内容 → 2.2.1, 2.2.2)
                var parentOfNext = false
                if case .decimal(let n, _)? = HeadingNumber.parse(section.rule?.heading ?? section.title), index + 1 < draft.sections.count,
                   case .decimal(let m, _)? = HeadingNumber.parse(draft.sections[index + 1].rule?.heading ?? "") {
                    parentOfNext = m.hasPrefix(n + ".")
                }
                if !hasSubsections && !parentOfNext {
                    add(.missing, section.title, "sections.\(section.id)", "", section.origin, zh: "有标题但没有正文；请补写", en: "the heading has no text under it; ask for it")
                }
                continue
            }
            if let rule = section.rule {
                let limit = FormText.wordLimit(rule.heading)
                let count = FormText.characterCount(text)
                    + draft.sections.filter { s in rule.subsections.contains { $0.id == s.id } }.map { FormText.characterCount($0.lines.joined()) }.reduce(0, +)
                if let max = limit.max, count > max {
                    add(.guessed, section.title, "sections.\(section.id)", "\(count)字", section.origin, zh: "约 \(count) 字，超过表单要求的 \(max) 字以内", en: "about \(count) characters, over the form's limit of \(max)")
                }
                if let min = limit.min, count < min {
                    add(.guessed, section.title, "sections.\(section.id)", "\(count)字", section.origin, zh: "约 \(count) 字，少于表单要求的 \(min) 字以上", en: "about \(count) characters, under the form's minimum of \(min)")
                }
            }
            kept.append(section)
        }
        draft.sections = kept
        // the report's paths into sections, now that empty ones are gone
        let formIndex = kept.firstIndex { $0.rule?.holdsForm == true } ?? (kept.isEmpty ? nil : 0)
        for i in report.entries.indices {
            let entry = report.entries[i]
            if entry.target.hasPrefix("sections.") {
                let id = String(entry.target.dropFirst("sections.".count))
                report.entries[i].path = kept.firstIndex { $0.id == id }.map { [.key("sections"), .index($0)] } ?? []
            } else if entry.path == [.key("sections")] {
                report.entries[i].path = formIndex.map { [.key("sections"), .index($0)] } ?? []
            }
        }
    }

    /// Template sections and tables the document does not have.
    func reportMissingSections() {
        guard let template else { return }
        for table in template.tables where !draft.tables.contains(where: { $0.id == table.id }) {
            add(.empty, table.title, "tables.\(table.id)", "", .document, zh: "文档中没有这张表", en: "the document has no such table")
        }
        let seen = Set(report.entries.filter { $0.target.hasPrefix("sections.") }.map { String($0.target.dropFirst("sections.".count)) })
        for rule in template.allSections where !seen.contains(rule.id) {
            add(.missing, FormText.headingTitle(rule.heading), "sections.\(rule.id)", "", .document,
                zh: "文档中没有这一节\(rule.indicators.isEmpty ? "" : "（对应 \(rule.indicators.joined(separator: "、"))）")",
                en: "the document has no such section\(rule.indicators.isEmpty ? "" : " (it answers \(rule.indicators.joined(separator: ", ")))")")
        }
    }

    /// A line of the attachments section that names a document with its pages: evidence.
    func readEvidenceLine(_ text: String, origin: DocLocation) {
        guard let section = draft.sections.last, let rules = section.rule?.evidence, !rules.isEmpty else { return }
        guard let rule = rules.first(where: { FormText.fold(text).contains(FormText.fold($0.match)) }) else {
            add(.unmatched, text, "sections.\(section.id)", "", origin, zh: "附件清单中的这一行没有对应的指标；已保留在正文", en: "this attachment line matches no indicator; kept in the text")
            return
        }
        let (file, page) = Self.splitPages(text)
        guard let page else {
            add(.empty, text, "evidence", "", origin, zh: "未注明页码，未作为佐证材料导入（可能是表单原有的清单）", en: "no page given, so not taken as evidence (it may be the form's own list)")
            return
        }
        draft.evidence.append(.init(target: rule.target, file: file, description: "", page: page, origin: origin))
        add(.found, rule.match, "evidence.\(rule.target)", "\(file) p.\(page)", origin, path: [.key("evidence"), .index(draft.evidence.count - 1)])
    }

    /// `（四）近三年财务审计报告（第31-40页）` → the name and `31-40`.
    static func splitPages(_ text: String) -> (String, String?) {
        let patterns = ["（第", "(第", "第", "（P", "(P", "P"]
        for open in patterns {
            guard let r = text.range(of: open, options: .backwards) else { continue }
            let tail = String(text[r.lowerBound...])
            if let pages = FormText.pages(tail.trimmingCharacters(in: CharacterSet(charactersIn: "；;。 "))) {
                var name = String(text[..<r.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: "；;。：: "))
                if case .sub? = HeadingNumber.parse(name), let close = name.firstIndex(where: { $0 == "）" || $0 == ")" }) {
                    name = String(name[name.index(after: close)...])
                }
                return (name.trimmingCharacters(in: .whitespaces), pages)
            }
        }
        return (text, nil)
    }

    /// Pictures and objects: evidence placeholders for the section's first indicator, with their captions.
    func collectImages(_ p: WordParagraph, at index: Int) {
        for (image, isObject) in p.images {
            let caption = caption(near: index) ?? (image.description.isEmpty ? image.name : image.description)
            let file = (image.target as NSString).lastPathComponent
            let kindZh = isObject ? "嵌入对象" : "图片"
            let label = isObject ? "\(kindZh) \(image.name.isEmpty ? file : image.name)" : "\(kindZh) \(file)"
            let placeholder = "文档内\(label)" + (caption.isEmpty ? "" : "：\(caption)")
            if let section = draft.sections.last {
                appendLine("［\(isObject ? "嵌入对象" : "图")：\(caption.isEmpty ? file : caption)］", to: nil)
                let gates = Set(rubric.gates.map(\.id))
                if let first = section.indicators.first(where: { !gates.contains($0) }) ?? section.indicators.first {
                    draft.evidence.append(.init(target: first, file: placeholder, description: "申报书正文中的\(kindZh)，需另附原件或清晰版本", page: "", origin: p.location))
                    add(.guessed, caption.isEmpty ? file : caption, "evidence.\(first)", placeholder, p.location,
                        zh: "\(kindZh)列为佐证材料占位，归入所在章节关联的第一个指标 \(first)；请核对", en: "\(isObject ? "embedded object" : "picture") listed as an evidence placeholder under \(first), the first indicator its section answers; check",
                        path: [.key("evidence"), .index(draft.evidence.count - 1)])
                    continue
                }
            }
            add(.unmatched, caption.isEmpty ? file : caption, "", placeholder, p.location, zh: "\(kindZh)所在章节未关联指标，未列为佐证材料", en: "the section holding it links no indicator, so it is not listed as evidence")
        }
    }

    /// The caption beside a picture: the next (or previous) paragraph starting 图 or styled as a caption.
    func caption(near index: Int) -> String? {
        for i in [index, index + 1, index - 1] where document.blocks.indices.contains(i) {
            guard case .paragraph(let p) = document.blocks[i] else { continue }
            let text = p.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let styleName = (p.style.flatMap { document.styles[$0]?.name } ?? p.style ?? "").lowercased()
            if !text.isEmpty, text.hasPrefix("图") || text.hasPrefix("表") || styleName.contains("caption") || styleName.contains("题注") { return text }
        }
        return nil
    }
}
