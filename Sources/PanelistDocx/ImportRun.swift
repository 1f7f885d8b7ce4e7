import Foundation
import PanelistCore

/// One import: the document, the template and rubric, and the draft and report being built.
final class ImportRun {
    let document: WordDocument
    let rubric: Rubric
    let template: FormTemplate?
    let grids: [TableGrid]
    var draft: ImportDraft
    var report: ImportReport
    /// Cells read as a label or value of the form (not table rows, not unknown).
    var consumed: Set<DocLocation> = []
    /// Body paragraphs read as fields (cover lines).
    var consumedParagraphs: Set<DocLocation> = []
    /// Lines for the section holding the form, with their origin.
    var formLines: [String] = []
    /// Tables read by a table rule or the scenario rule.
    var ruledTables: [Int: FormTableRule] = [:]
    var scenarioTables: Set<Int> = []
    /// Folded labels the template knows (field labels, row headings, matrices, blocks).
    let knownLabels: [String]

    init(document: WordDocument, rubric: Rubric, template: FormTemplate?, id: String, name: String) {
        self.document = document
        self.rubric = rubric
        self.template = template
        grids = document.tables.map(TableGrid.init)
        draft = ImportDraft(id: id, rubric: rubric.id)
        report = ImportReport(document: name, template: template?.file)
        var labels: [String] = []
        for field in template?.fields ?? [] {
            labels += field.labels
            if let row = field.row { labels.append(row) }
        }
        labels += (template?.matrices ?? []).map(\.label) + (template?.blocks ?? []).map(\.label)
        knownLabels = labels.map(FormText.label)
    }

    /// Reads everything into the draft and the report.
    func run(variant: String?) {
        classifyTables()
        if template != nil {
            readFields(variantOverride: variant)
            readMatrices()
            readBlocks()
            reportUnknownCells()
        } else if let variant {
            draft.variant = ImportDraft.Value(text: variant, origin: .document)
        }
        readBody()
        readSums()
        resolveScenarioInstances()
        reportMissingSections()
    }

    // MARK: - Helpers

    /// Whether a cell's text is one of the template's labels.
    func isKnownLabel(_ text: String) -> Bool {
        let folded = FormText.label(text)
        guard !folded.isEmpty else { return false }
        return knownLabels.contains { FormText.matches(folded, label: $0) }
    }

    /// Whether a paragraph is one of the form's printed instructions (（要求：…, 注：…).
    func isInstruction(_ text: String) -> Bool {
        let folded = FormText.fold(text)
        guard !folded.isEmpty else { return false }
        return (template?.instructions ?? []).contains { folded.hasPrefix(FormText.fold($0)) }
    }

    /// A value as written, without underscores, blanks, or the form's own hint text.
    func cleanValue(_ text: String) -> (value: String, hint: String?) {
        var lines: [String] = []
        var hint: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            let trimmed = line.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "＿", with: "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if isInstruction(trimmed) || Self.isHint(trimmed) {
                hint = trimmed
                continue
            }
            lines.append(trimmed)
        }
        return (lines.joined(separator: "\n"), hint)
    }

    /// Text the form prints in a value cell for the applicant to replace: （按国民经济行业分类具体到中类）, 填写格式：xx县, xx年xx月.
    static func isHint(_ text: String) -> Bool {
        let folded = FormText.fold(text)
        if folded.hasPrefix("("), folded.hasSuffix(")") { return true }
        if folded.hasPrefix("填写格式") || folded.hasPrefix("以企业简称") { return true }
        if folded.lowercased().contains("xx") { return true }
        return false
    }

    /// The paragraphs of a cell without instruction paragraphs, as inlines for choice reading.
    func inlines(_ cell: WordCell) -> [WordInline] {
        cell.paragraphs.filter { !isInstruction($0.text) }.flatMap { $0.inlines + [.text("\n", bold: false, marked: false)] }
    }

    func add(_ kind: ImportReport.Kind, _ subject: String, _ target: String = "", _ value: String = "", _ origin: DocLocation,
             zh: String = "", en: String = "", path: [DraftYAML.Step] = []) {
        var entry = ImportReport.Entry(kind, subject: subject, target: target, value: value, origin: origin, zh: zh, en: en)
        entry.path = path
        report.add(entry)
    }

    /// The YAML path of a target.
    static func path(_ target: FormTarget) -> [DraftYAML.Step] {
        switch target {
        case .title: return [.key("title")]
        case .date: return [.key("date")]
        case .variant: return [.key("variant")]
        case .applicant(let key): return [.key("applicant"), .key(key)]
        case .person(let role, _): return [.key("applicant"), .key(role)]
        case .attribute(let id): return [.key("attributes"), .key(id)]
        case .fact(let id): return [.key("facts"), .key(id)]
        case .number(let indicator, _): return [.key("numbers"), .key(indicator)]
        case .kpi: return [.key("kpis")]
        case .form: return [.key("sections")]
        }
    }

    /// A figure as the YAML loader reads it, with the unit added when the cell has a bare number and the label states one.
    func figure(_ text: String, unit: String?) -> Result<String, StatedNumber.ParseProblem> {
        let written = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch StatedNumber.parse(written) {
        case .success(let parsed):
            if parsed.unit.isEmpty, let unit, !unit.isEmpty, written.last.map({ $0.isNumber }) == true { return .success(written + unit) }
            return .success(written)
        case .failure(let problem):
            return .failure(problem)
        }
    }
}
