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
            // A one-scalar character (nearly all) is looked up by its scalar: comparing Characters
            // normalises both sides, which cost more than the rest of a frame.
            let scalars = ch.unicodeScalars
            if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                if let replacement = replacement(scalar.value) { out += replacement } else { out.append(ch) }
            } else {
                out += replacement(cluster: ch) ?? String(ch)
            }
        }
        return out
    }

    /// The program's sign for a one-scalar character, or nil to keep it.
    func replacement(_ scalar: UInt32) -> String? {
        switch scalar {
        case 0x2192: return arrow                                    // →
        case 0x00D7: return times                                    // ×
        case 0x00F7: return "/"                                      // ÷
        case 0x2265: return ">="                                     // ≥
        case 0x2264: return "<="                                     // ≤
        case 0x2260: return "!="                                     // ≠
        case 0x2248: return "~"                                      // ≈
        case 0x2208: return self == .ascii ? "in" : "∊"              // ∈
        case 0x2209: return self == .ascii ? "not in" : "∉"          // ∉
        case 0x2611, 0x2713, 0x2714: return checked                  // ☑ ✓ ✔
        case 0x2610, 0x25A1: return unchecked                        // ☐ □
        case 0x2014, 0x2013: return none                             // — –
        case 0x2026: return ellipsis                                 // …
        case 0x00B7, 0x0387: return dot                              // · (and U+0387, its canonical equivalent)
        case 0x201C: return self == .ascii ? "\"" : "「"             // “
        case 0x201D: return self == .ascii ? "\"" : "」"             // ”
        case 0x221E: return "inf"                                    // ∞
        case 0x22AD: return self == .ascii ? "not " : "⊭"            // ⊭
        default: return nil
        }
    }

    /// The sign for a character of several scalars that is canonically one of the above
    /// (`=` + U+0338 is `≠`), or nil to keep it.
    func replacement(cluster ch: Character) -> String? {
        for target in ["≠", "∉", "⊭"] as [Character] where ch == target {
            return target.unicodeScalars.first.flatMap { replacement($0.value) }
        }
        return nil
    }
}
