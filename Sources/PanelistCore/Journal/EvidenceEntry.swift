/// The expert's mark on one evidence document, with a note.
public struct EvidenceEntry: Sendable, Equatable {
    public var mark: EvidenceMark
    public var note: String

    /// Creates an entry.
    public init(mark: EvidenceMark, note: String = "") {
        self.mark = mark
        self.note = note
    }
}
