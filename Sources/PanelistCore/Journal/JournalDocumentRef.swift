/// A document a journal refers to (the rubric or the application), by id and content hash.
public struct JournalDocumentRef: Sendable, Equatable {
    /// The document's id.
    public var id: String
    /// Hex SHA-256 of the document's bytes.
    public var sha256: String

    /// Creates a reference.
    public init(id: String, sha256: String) {
        self.id = id
        self.sha256 = sha256
    }
}
