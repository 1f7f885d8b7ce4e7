import Foundation

/// The parts of a .docx the importer reads, decompressed within the limits.
struct DocxParts {
    /// The main document part (`word/document.xml`).
    var document: Data
    /// Its path in the zip.
    var documentPath: String
    /// The styles part, if any.
    var styles: Data?
    /// Relationship id → target (image and object file names, relative to the document part).
    var relationships: [String: String]
    /// Decompressed bytes read in all.
    var bytesRead: Int
}
