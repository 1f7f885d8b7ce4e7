/// A narrative section of the application (Markdown), linked to the indicators it answers.
public struct ApplicationSection: Sendable, Equatable {
    /// Stable id of the section within the application.
    public var id: String
    /// The form's heading, e.g. 三、智能制造实施内容.
    public var title: String
    /// Indicator or gate ids the section answers.
    public var indicators: [Located<String>]
    /// Markdown text.
    public var text: String
    /// Where the section is written in the application file.
    public var location: SourceLocation

    /// Creates a narrative section.
    public init(id: String, title: String, indicators: [Located<String>] = [], text: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.indicators = indicators
        self.text = text
        self.location = location
    }
}
