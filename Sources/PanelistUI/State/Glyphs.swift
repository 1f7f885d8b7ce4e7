/// The characters the UI draws with. Neither style uses East-Asian ambiguous-width characters
/// (□ ☑ ○ ● │ ├ …), so layout never depends on how a terminal renders them.
public struct Glyphs: Sendable, Equatable {
    public var expanded: String
    public var collapsed: String
    public var leaf: String
    public var checked: String
    public var unchecked: String
    public var implied: String
    public var chosen: String
    public var unchosen: String
    public var done: String
    public var partial: String
    public var untouched: String
    public var failed: String
    public var notApplicable: String
    public var separator: String

    /// Plain ASCII, for any terminal.
    public static let ascii = Glyphs(expanded: "-", collapsed: "+", leaf: " ", checked: "[x]", unchecked: "[ ]", implied: "[=]",
                                     chosen: "(*)", unchosen: "( )", done: "*", partial: "~", untouched: ".", failed: "X",
                                     notApplicable: " ", separator: "|")
    /// Unicode symbols of neutral width (▸ ▾ ✓ ✗).
    public static let unicode = Glyphs(expanded: "▾", collapsed: "▸", leaf: " ", checked: "[✓]", unchecked: "[ ]", implied: "[=]",
                                       chosen: "(*)", unchosen: "( )", done: "✓", partial: "~", untouched: "-", failed: "✗",
                                       notApplicable: " ", separator: "|")
}
