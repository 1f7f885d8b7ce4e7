/// The characters the UI draws with. Neither style uses East-Asian ambiguous-width characters
/// (□ ☑ ○ ● │ ├ …), so layout never depends on how a terminal renders them.
public struct Glyphs: Sendable, Equatable {
    /// Marks a tree row whose children are shown.
    public var expanded: String
    /// Marks a tree row whose children are hidden.
    public var collapsed: String
    /// Stands in the expand mark's place on a row without children.
    public var leaf: String
    /// A ticked checklist item.
    public var checked: String
    /// An unticked checklist item.
    public var unchecked: String
    /// A level item implied by a higher level ticked.
    public var implied: String
    /// The chosen option of a choice.
    public var chosen: String
    /// An option not chosen.
    public var unchosen: String
    /// Progress mark: every applicable part entered.
    public var done: String
    /// Progress mark: some parts entered.
    public var partial: String
    /// Progress mark: nothing entered.
    public var untouched: String
    /// Progress mark: a failed gate.
    public var failed: String
    /// Mark for a node that does not apply to the applicant.
    public var notApplicable: String
    /// The vertical line between the tree and the right-hand panes.
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
