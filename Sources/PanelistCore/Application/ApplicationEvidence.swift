/// A document the application supplies for an indicator or gate (佐证材料): file, description, page.
public struct ApplicationEvidence: Sendable, Equatable {
    /// The indicator or gate id it supports.
    public var target: Located<String>
    /// File name as supplied, e.g. 附件4-1 专项审计报告.pdf.
    public var file: String
    /// What the document shows, as the application describes it; empty when not given.
    public var description: String
    /// Page or page range in the bound application (e.g. `12` or `12-15`); empty when not given.
    public var page: String
    /// Where the entry is written in the application file.
    public var location: SourceLocation

    /// Creates an evidence entry for an indicator or gate.
    public init(target: Located<String>, file: String, description: String = "", page: String = "", location: SourceLocation) {
        self.target = target
        self.file = file
        self.description = description
        self.page = page
        self.location = location
    }
}
