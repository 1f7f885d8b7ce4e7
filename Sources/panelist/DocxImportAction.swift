import Foundation
import PanelistApp
import PanelistCore
import PanelistDocx
import PanelistStore

/// Imports a .docx into a sibling application file: reads the document and the rubric's form template from disk,
/// runs the importer (no file system inside), writes the YAML atomically. Used by `app import` and `review FILE.docx`.
enum DocxImportAction {
    /// The outcome: where the file went, the import, and the report's lines.
    struct Outcome {
        var output: String
        var result: DocxImport
        var reportLines: [String]
    }

    /// `FILE.docx` → `FILE.yaml`.
    static func defaultOutput(_ docx: String) -> String {
        let url = URL(fileURLWithPath: docx)
        return url.deletingPathExtension().appendingPathExtension("yaml").path
    }

    /// An application id from a file name: letters and digits kept, anything else a dash.
    static func defaultID(_ output: String) -> String {
        let stem = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
        let mapped = String(stem.unicodeScalars.map { allowed.contains($0) ? Character($0) : "-" })
        return mapped.isEmpty ? "imported" : mapped
    }

    /// The form template of a rubric: `forms/<rubric-id>.form.yaml` beside a rubric given as a file, else in the rubric
    /// folders (`--rubrics`, `PANELIST_RUBRICS`), else bundled; loaded and checked; nil when there is none.
    static func template(for rubric: Rubric, library: RubricLibrary, besideFile: String?, lang: Lang) throws -> FormTemplate? {
        let relative = "forms/" + rubric.id + ".form.yaml"
        let beside = besideFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent(relative).path }
        guard let (path, bytes) = beside.flatMap({ p in FileManager.default.contents(atPath: p).map { (p, Array($0)) } }) ?? library.companion(relative) else {
            return nil
        }
        let data = Data(bytes)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(lang.pick("\(path)：不是 UTF-8 文本；请另存为 UTF-8", "\(path): the file is not UTF-8 text; save it as UTF-8"))
        }
        let (template, diagnostics) = FormTemplateLoader.load(yaml: text, file: path)
        guard let template else { throw CLIError(diagnostics.map(\.description).joined(separator: "\n")) }
        let problems = FormTemplateValidator.validate(template, against: rubric)
        if !problems.isEmpty { throw CLIError(problems.map(\.description).joined(separator: "\n")) }
        return template
    }

    /// Reads `docx`, imports it under `rubricID`, writes `output` (refusing to replace a file unless `force`).
    static func run(docx: String, rubricID: String, variant: String?, output: String?, id: String?, force: Bool, global: GlobalOptions) throws -> Outcome {
        let lang = global.language
        let out = output ?? defaultOutput(docx)
        if !force, FileManager.default.fileExists(atPath: out) {
            throw CLIError(lang.pick("\(out) 已存在；用 --out 指定另一个文件，或加 --force 覆盖", "\(out) already exists; name another file with --out, or add --force to replace it"))
        }
        guard let bytes = FileManager.default.contents(atPath: docx) else {
            throw CLIError(lang.pick("\(docx)：无法读取文件；请确认文件存在且可读", "\(docx): cannot read the file; check that it exists and is readable"))
        }
        let library = try global.rubricLibrary()
        let rubric: Rubric
        do { rubric = try library.find(rubricID) } catch let error as AppError { throw CLIError(error.description) }
        let template = try self.template(for: rubric, library: library, besideFile: rubricID.hasSuffix(".yaml") || rubricID.hasSuffix(".yml") ? rubricID : nil, lang: lang)
        let name = URL(fileURLWithPath: docx).lastPathComponent
        let result: DocxImport
        do {
            result = try DocxImporter.run(.init(bytes: bytes, name: name, output: out, id: id ?? defaultID(out), rubric: rubric,
                                                template: template, variant: variant))
        } catch let error as DocxError {
            throw CLIError(error.message(lang) + lang.pick("（未写入任何文件）", " (nothing was written)"))
        }
        do { try AtomicFile.write(out, text: result.yaml) } catch { throw CLIError(lang.pick(error.zh, error.en)) }
        return Outcome(output: out, result: result, reportLines: result.report.render(lang, output: out))
    }
}

extension DocxImportAction {
    /// For `panelist review`: each .docx is offered for import into its sibling .yaml (asked on the terminal), which is then opened.
    static func resolveForReview(_ files: [String], rubricID: String?, global: GlobalOptions) throws -> [String] {
        let lang = global.language
        return try files.map { file in
            guard file.lowercased().hasSuffix(".docx") else { return file }
            let yaml = defaultOutput(file)
            if FileManager.default.fileExists(atPath: yaml) {
                print(lang.pick("\(yaml) 已存在，直接打开（要重新导入请运行 panelist app import \(file) --rubric ID --force）",
                                "\(yaml) exists; opening it (to import again run 'panelist app import \(file) --rubric ID --force')"))
                return yaml
            }
            guard let rubricID else {
                throw CLIError(lang.pick("\(file) 是 Word 文档；请用 --rubric ID 指明它申报的评价细则，以便先导入", "\(file) is a Word document; name its rubric with --rubric ID so that it can be imported first"))
            }
            print(lang.pick("\(file) 是 Word 文档。先导入为 \(yaml) 再打开吗？[Y/n] ", "\(file) is a Word document. Import it into \(yaml) first, then open it? [Y/n] "), terminator: "")
            let answer = (readLine() ?? "n").trimmingCharacters(in: .whitespaces).lowercased()
            guard answer.isEmpty || answer == "y" || answer == "yes" || answer == "是" else {
                throw CLIError(lang.pick("未导入；可运行 panelist app import \(file) --rubric \(rubricID)", "not imported; run 'panelist app import \(file) --rubric \(rubricID)' when ready"))
            }
            let outcome = try run(docx: file, rubricID: rubricID, variant: nil, output: yaml, id: nil, force: false, global: global)
            let left = outcome.result.report.entries(.missing).count
            print(lang.pick("已导入 \(yaml)：读取 \(outcome.result.report.entries(.found).count) 项，推测 \(outcome.result.report.entries(.guessed).count) 项，待填写 \(left) 项（完整报告：panelist app import \(file) --rubric \(rubricID) --out 另一个文件）",
                            "Imported \(yaml): \(outcome.result.report.entries(.found).count) found, \(outcome.result.report.entries(.guessed).count) guessed, \(left) to fill (full report: 'panelist app import \(file) --rubric \(rubricID) --out OTHER')"))
            guard outcome.result.accepted else {
                for line in outcome.reportLines { print(line) }
                throw CLIError(lang.pick("\(yaml) 还不能评审：请补全“待填写”各项后运行 panelist review \(yaml)", "\(yaml) cannot be reviewed yet: fill in the items under 'To fill', then run 'panelist review \(yaml)'"))
            }
            return yaml
        }
    }
}
