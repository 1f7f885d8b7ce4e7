import Foundation
import PanelistCore
@testable import PanelistDocx
import ZIPFoundation

/// The fixture documents of Fixtures/docx (made by make_fixtures.py), the bundled rubrics and their form templates.
enum DocxFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func rubric(_ id: String) throws -> Rubric {
        let (rubric, diagnostics) = RubricLoader.load(yaml: try text("Rubrics/\(id).yaml"), file: id)
        guard let rubric else { throw Failure(description: diagnostics.map(\.description).joined(separator: "\n")) }
        return rubric
    }

    static func template(_ id: String) throws -> FormTemplate {
        let (template, diagnostics) = FormTemplateLoader.load(yaml: try text("Rubrics/forms/\(id).form.yaml"), file: "\(id).form.yaml")
        guard let template else { throw Failure(description: diagnostics.map(\.description).joined(separator: "\n")) }
        return template
    }

    /// Imports a fixture document under a rubric, with its template unless `withTemplate` is false.
    static func importing(_ document: String, rubric id: String, withTemplate: Bool = true, variant: String? = nil) throws -> DocxImport {
        let bytes = try Data(contentsOf: root.appendingPathComponent("Fixtures/docx/\(document)"))
        return try DocxImporter.run(.init(bytes: bytes, name: document, output: "out.yaml", id: "imported", rubric: try rubric(id),
                                          template: withTemplate ? try template(id) : nil, variant: variant))
    }

    /// A .docx made in memory from parts (path → XML text).
    static func docx(_ parts: [(String, String)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Failure(description: "no archive data") }
        return data
    }

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
    """

    /// A minimal document.xml around body XML.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>\(body)</w:body></w:document>
        """
    }
}

extension DocxImport {
    /// Report entries about a subject (label, heading or title).
    func entries(_ kind: ImportReport.Kind, _ subject: String) -> [ImportReport.Entry] {
        report.entries(kind).filter { $0.subject == subject }
    }

    /// The KPI with a title (and note), if any.
    func kpi(_ title: String, note: String = "") -> KeyFigure? {
        application?.keyFigures.first { $0.title == title && $0.note == note }
    }
}
