/// A key performance figure of the form (主要经济指标, 智能制造实施效果, 003's starred KPIs).
public struct KeyFigure: Sendable, Equatable {
    /// The form's label, e.g. 关键设备数控化率.
    public var title: String
    /// The figure as written, parsed to a value and unit.
    public var number: StatedNumber
    /// The form marks the field required (带*必填).
    public var starred: Bool
    /// Free text, e.g. the baseline and the period compared.
    public var note: String

    /// Creates a key figure.
    public init(title: String, number: StatedNumber, starred: Bool = false, note: String = "") {
        self.title = title
        self.number = number
        self.starred = starred
        self.note = note
    }
}
