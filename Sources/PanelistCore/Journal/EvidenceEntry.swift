/// The expert's mark on one evidence document, with a note.
public struct EvidenceEntry: Sendable, Equatable {
    /// The expert's verdict on the document.
    public var mark: EvidenceMark
    /// The expert's note on the document; empty when none.
    public var note: String

    /// Creates an entry.
    public init(mark: EvidenceMark, note: String = "") {
        self.mark = mark
        self.note = note
    }
}
