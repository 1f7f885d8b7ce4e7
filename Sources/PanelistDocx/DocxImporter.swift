import Foundation
import PanelistCore

/// Imports an applicant's Word form (.docx bytes) into a `panelist-application/1` application and a report.
///
/// No file system: the caller reads the document and template and writes the result. The zip is read
/// with ZIPFoundation and the XML with Foundation's parser, within `DocxLimits`.
public enum DocxImporter {
    /// What to import.
    public struct Request: Sendable {
        /// The document's bytes.
        public var bytes: Data
        /// The document's name, for messages.
        public var name: String
        /// The output file's name, for the loader's messages and the report.
        public var output: String
        /// The application id to write.
        public var id: String
        /// The rubric applied under.
        public var rubric: Rubric
        /// The form template, if the rubric has one.
        public var template: FormTemplate?
        /// The variant, when the caller states it (overrides the document's tick).
        public var variant: String?
        /// The limits.
        public var limits: DocxLimits

        /// Creates a request.
        public init(bytes: Data, name: String, output: String, id: String, rubric: Rubric, template: FormTemplate?, variant: String? = nil, limits: DocxLimits = .standard) {
            self.bytes = bytes
            self.name = name
            self.output = output
            self.id = id
            self.rubric = rubric
            self.template = template
            self.variant = variant
            self.limits = limits
        }
    }

    /// Reads the document; throws `DocxError` for anything that is not a readable .docx within the limits.
    public static func run(_ request: Request) throws -> DocxImport {
        let parts = try DocxArchive.open(request.bytes, name: request.name, limits: request.limits)
        let document = try WordXMLReader.read(parts, limits: request.limits)
        let run = ImportRun(document: document, rubric: request.rubric, template: request.template, id: request.id, name: request.name)
        run.run(variant: request.variant)
        let header = ["Imported by 'panelist app import' from \(request.name) (\(request.template.map { "template \($0.file)" } ?? "no form template")).",
                      "Check it against the document and the import report; 'panelist app check' validates it."]
        let written: (yaml: String, origins: [(path: [DraftYAML.Step], origin: DocLocation)])
        do {
            written = try DraftYAML.write(run.draft, header: header)
        } catch {
            throw DocxError(.badXML, zh: "无法写出申报书文件：\(error)", en: "cannot write the application file: \(error)")
        }
        var report = run.report
        let paths = Set(report.entries.map(\.path).filter { !$0.isEmpty } + written.origins.map(\.path))
        let lines = DraftYAML.lines(of: Array(paths), in: written.yaml)
        for i in report.entries.indices {
            var path = report.entries[i].path
            while !path.isEmpty, lines[path] == nil { path.removeLast() }
            report.entries[i].yamlLine = path.isEmpty ? nil : lines[path]
        }
        let (application, diagnostics) = ApplicationLoader.load(yaml: written.yaml, file: request.output, rubric: request.rubric)
        merge(diagnostics, into: &report, origins: written.origins, lines: lines)
        return DocxImport(yaml: written.yaml, application: application, diagnostics: diagnostics, report: report)
    }

    /// The loader's findings, as report lines at the document location the value came from.
    static func merge(_ diagnostics: [Diagnostic], into report: inout ImportReport, origins: [(path: [DraftYAML.Step], origin: DocLocation)],
                      lines: [[DraftYAML.Step]: Int]) {
        let byLine = origins.compactMap { o in lines[o.path].map { ($0, o.origin) } }.sorted { $0.0 < $1.0 }
        for d in diagnostics {
            let origin = byLine.last { $0.0 <= d.location.line }?.1 ?? .document
            let exact = byLine.contains { $0.0 == d.location.line }
            if d.severity == .error, let i = report.entries.firstIndex(where: { $0.kind == .missing && $0.subject != "app check" && $0.yamlLine == d.location.line }) {
                report.entries[i].en += (report.entries[i].en.isEmpty ? "" : "; ") + "the loader says: " + d.message
                report.entries[i].zh += (report.entries[i].zh.isEmpty ? "" : "；") + "校验：" + d.message
                continue
            }
            var entry = ImportReport.Entry(d.severity == .error ? .missing : .guessed, subject: "app check", value: "",
                                           origin: exact ? origin : .document, zh: "校验：" + d.message, en: "the loader says: " + d.message)
            entry.yamlLine = d.location.line
            report.add(entry)
        }
    }
}
