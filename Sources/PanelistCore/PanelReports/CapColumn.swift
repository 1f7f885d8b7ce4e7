/// How a table column of caps (满分) marks the figures that are Panelist defaults: when every cap
/// in the column is a default, the heading carries the mark once (`满分（默认）`) and the cells stay
/// bare figures; otherwise each default cell is marked (`10（默认）`). Either way every default
/// figure is marked, and a column of defaults stays narrow enough for an A4 table or 80 columns.
public struct CapColumn: Sendable, Equatable {
    /// Whether every cap in the column is a default (the heading is marked).
    public let allDefault: Bool
    /// Whether any cap in the column is a default.
    public let anyDefault: Bool
    let defaults: Set<String>
    let lang: Lang

    /// The column for these node ids of a rubric.
    public init(rubric: Rubric, ids: [String], lang: Lang) {
        let marked = ids.filter { rubric.capIsDefault($0) }
        defaults = Set(marked)
        anyDefault = !marked.isEmpty
        allDefault = !ids.isEmpty && marked.count == ids.count
        self.lang = lang
    }

    /// The column's heading, marked when every cap is a default.
    public func heading(_ text: String) -> String { allDefault ? text + DefaultMark.tag(lang) : text }

    /// One cell: the figure, marked when the node's cap is a default and the heading does not say so.
    public func cell(_ figure: String, id: String) -> String {
        DefaultMark.figure(figure, isDefault: !allDefault && defaults.contains(id), lang)
    }
}
