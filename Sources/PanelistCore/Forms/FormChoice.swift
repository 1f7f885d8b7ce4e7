/// One option of a ticked field: the value written to the application and the text printed on the form.
public struct FormChoice: Sendable, Equatable {
    /// The value written (a variant or industry id, or the option's text).
    public var value: String
    /// The option as the form prints it after its box, e.g. 装备制造行业.
    public var text: String

    /// Creates an option.
    public init(value: String, text: String) {
        self.value = value
        self.text = text
    }

    /// Whether this is the form's 其他 option, after which the applicant writes a note.
    public var isOther: Bool { text.hasPrefix("其他") || value == "other" }
}
