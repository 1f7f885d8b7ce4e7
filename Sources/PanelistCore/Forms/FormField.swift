/// A labelled field of the form: where it is (label, optionally within a row heading) and where its value goes.
public struct FormField: Sendable, Equatable {
    /// The labels the form prints (alternatives, e.g. 统一社会信用代码 / 组织机构代码).
    public var labels: [String]
    /// The row heading the label sits under (法人代表/负责人 for its 姓名, 手机 …), if the label repeats.
    public var row: String?
    /// Where the value goes in the application.
    public var target: FormTarget
    /// The options printed with boxes (□国有 □民营 …), for a ticked field; empty for a written one.
    public var choices: [FormChoice]
    /// More than one option may be ticked (新技术应用).
    public var many: Bool
    /// Where the text written after a ticked 其他 goes (其他：____（请注明）).
    public var note: FormTarget?
    /// The unit a figure is stated in when the value cell has none (from the label's （万元） otherwise).
    public var unit: String?
    /// The form requires it: reported when empty.
    public var required: Bool
    /// Where the field is written in the template file.
    public var location: SourceLocation

    /// Creates a field.
    public init(labels: [String], row: String? = nil, target: FormTarget, choices: [FormChoice] = [], many: Bool = false,
                note: FormTarget? = nil, unit: String? = nil, required: Bool = false, location: SourceLocation) {
        self.labels = labels
        self.row = row
        self.target = target
        self.choices = choices
        self.many = many
        self.note = note
        self.unit = unit
        self.required = required
        self.location = location
    }
}
