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

    /// The form template of a rubric: `forms/<rubric-id>.form.yaml` in the rubric folder, loaded and checked; nil when there is none.
    static func template(for rubric: Rubric, in directory: URL, lang: Lang) throws -> FormTemplate? {
        let path = directory.appendingPathComponent("forms").appendingPathComponent(rubric.id + ".form.yaml").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
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
        let directory = try global.rubricDirectory()
        let rubric: Rubric
        do { rubric = try RubricCatalog.find(rubricID, in: directory) } catch let error as AppError { throw CLIError(error.description) }
        let rubricFolder = rubricID.hasSuffix(".yaml") || rubricID.hasSuffix(".yml") ? URL(fileURLWithPath: rubricID).deletingLastPathComponent() : directory
        let template = try self.template(for: rubric, in: rubricFolder, lang: lang)
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
