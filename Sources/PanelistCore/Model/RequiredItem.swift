/// A figure or table the programme's application form requires (`required:` in a rubric file):
/// 003's starred KPIs (带*必填), 001's appendix 2 equipment list behind 1.1.d and 1.3.e.
///
/// An application meets a required figure when it states the named rubric fact, or a form
/// figure (`kpis:`) whose title contains one of `match`; a required table when it has a table
/// whose title contains one of `match`, with rows and every column in `columns`.
public struct RequiredItem: Sendable, Equatable {
    /// A single figure or a whole table.
    public enum Kind: String, Sendable, CaseIterable {
        case figure
        case table
    }

    /// Stable id within the rubric.
    public var id: String
    /// Figure or table.
    public var kind: Kind
    /// The form's label, verbatim from the seed.
    public var title: LocalizedText
    /// Where the form asks for it (e.g. 附件2 一、智能工厂申请表（带*必填）).
    public var source: LocalizedText?
    /// Title fragments that identify it in an application (spaces, `*`, `(%)` ignored).
    public var match: [String]
    /// The rubric fact that states the figure, if any.
    public var fact: String?
    /// For tables: the columns the linked indicators read.
    public var columns: [String]
    /// Indicators and gates that need it, where the screen and printouts name it.
    public var indicators: [String]
    /// Where it is written in the rubric file, if loaded from one.
    public var location: SourceLocation?

    /// Creates a required item.
    public init(id: String, kind: Kind, title: LocalizedText, source: LocalizedText? = nil, match: [String] = [],
                fact: String? = nil, columns: [String] = [], indicators: [String] = [], location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.source = source
        self.match = match
        self.fact = fact
        self.columns = columns
        self.indicators = indicators
        self.location = location
    }
}
