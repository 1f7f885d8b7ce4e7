/// A document the application supplies for an indicator or gate (佐证材料): file, description, page.
public struct ApplicationEvidence: Sendable, Equatable {
    /// The indicator or gate id it supports.
    public var target: Located<String>
    /// File name as supplied, e.g. 附件4-1 专项审计报告.pdf.
    public var file: String
    public var description: String
    /// Page or page range in the bound application (e.g. `12` or `12-15`); empty when not given.
    public var page: String
    public var location: SourceLocation

    public init(target: Located<String>, file: String, description: String = "", page: String = "", location: SourceLocation) {
        self.target = target
        self.file = file
        self.description = description
        self.page = page
        self.location = location
    }
}
