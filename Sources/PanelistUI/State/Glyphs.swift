import PanelistCore

/// The characters the UI draws with: every decorative character on a screen comes from here.
///
/// In the ASCII style (`--ascii`, `PANELIST_ASCII=1`) every one is ASCII. In the Unicode style
/// none is East-Asian Ambiguous (□ ☑ ○ ● │ ├ · … → — “ ” × ≥ …), which a CJK-configured
/// terminal draws two cells wide, and none is an emoji-capable character that a terminal may
/// draw as a wide emoji; so the layout never depends on how a terminal renders them. Text from
/// the rubric, the application or the reviewer is shown as it is; text the core library writes
/// with its own notation (derivations, suggestions, messages) goes through `plain(_:)`.
/// `GlyphsTests` checks all of this over every screen snapshot.
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
    /// Separates items within a line (title, status): ` ∙ `.
    public var dot: String
    /// Starts an item of a list.
    public var bullet: String
    /// Ends text cut short.
    public var ellipsis: String
    /// "becomes" / "gives": `old ⟶ new`.
    public var arrow: String
    /// Stands for a value not given.
    public var none: String
    /// Multiplies: `× 5`.
    public var times: String
    /// Marks a flagged (divergent) indicator.
    public var flag: String
    /// The up and down keys in a key hint.
    public var upDown: String

    /// Plain ASCII, for any terminal.
    public static let ascii = Glyphs(expanded: "-", collapsed: "+", leaf: " ", checked: "[x]", unchecked: "[ ]", implied: "[=]",
                                     chosen: "(*)", unchosen: "( )", done: "*", partial: "~", untouched: ".", failed: "X",
                                     notApplicable: " ", separator: "|", dot: "|", bullet: "-", ellipsis: "...", arrow: "->", none: "-",
                                     times: "x", flag: "!", upDown: "Up/Down")
    /// Unicode symbols of neutral width (▸ ▾ ✓ ✗ ∙ ⋯ ⟶ ‒ ✕ ⚑ ▴).
    public static let unicode = Glyphs(expanded: "▾", collapsed: "▸", leaf: " ", checked: "[✓]", unchecked: "[ ]", implied: "[=]",
                                       chosen: "(*)", unchosen: "( )", done: "✓", partial: "~", untouched: "-", failed: "✗",
                                       notApplicable: " ", separator: "|", dot: "∙", bullet: "∙", ellipsis: "⋯", arrow: "⟶", none: "‒",
                                       times: "✕", flag: "⚑", upDown: "▴▾")

    /// Text cut to `width` cells, ending with this style's ellipsis when something was cut.
    public func truncate(_ text: String, to width: Int) -> String {
        TextLayout.truncate(text, to: width, ellipsis: ellipsis)
    }

    /// Text padded with spaces (or cut, with this style's ellipsis) to exactly `width` cells.
    public func pad(_ text: String, to width: Int) -> String {
        TextLayout.pad(text, to: width, ellipsis: ellipsis)
    }

    /// Text padded with spaces on the left (or cut, with this style's ellipsis) to exactly `width` cells.
    public func padLeft(_ text: String, to width: Int) -> String {
        TextLayout.padLeft(text, to: width, ellipsis: ellipsis)
    }

    /// Text the core library wrote (a derivation, a suggestion, a loader's message) with its
    /// notation (→ × ÷ ≥ ≤ ∈ ∉ ☑ ☐ — – … · “ ”) in this style's characters.
    ///
    /// For core text only: text typed by the reviewer or taken from the rubric or the application
    /// is shown as it is.
    public func plain(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "→": out += arrow
            case "×": out += times
            case "÷": out += "/"
            case "≥": out += ">="
            case "≤": out += "<="
            case "≠": out += "!="
            case "≈": out += "~"
            case "∈": out += self == .ascii ? "in" : "∊"
            case "∉": out += self == .ascii ? "not in" : "∉"
            case "☑", "✓", "✔": out += checked
            case "☐", "□": out += unchecked
            case "—", "–": out += none
            case "…": out += ellipsis
            case "·": out += dot
            case "“": out += self == .ascii ? "\"" : "「"
            case "”": out += self == .ascii ? "\"" : "」"
            case "∞": out += "inf"
            case "⊭": out += self == .ascii ? "not " : "⊭"
            default: out.append(ch)
            }
        }
        return out
    }
}
