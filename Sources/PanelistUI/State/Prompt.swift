import Foundation
import PanelistCore

/// A one-line prompt on the message row: what it is for, its title and the text.
///
/// A pre-filled value starts selected: typing replaces it, an editing key keeps it.
public struct Prompt: Sendable, Equatable {
    /// What the text becomes.
    public var purpose: Purpose
    /// The prompt shown before the text.
    public var title: String
    /// The text typed so far.
    public var editor: LineEditor
    /// Whether the pre-filled text is selected (typing replaces it).
    public var selected: Bool

    /// Creates a prompt, optionally pre-filled (and then selected).
    public init(_ purpose: Purpose, title: String, text: String = "", selected: Bool = true) {
        self.purpose = purpose
        self.title = title
        self.editor = LineEditor(text)
        self.selected = selected && !text.isEmpty
    }

    /// What a prompt's text becomes.
    public enum Purpose: Sendable, Equatable {
        /// A count, a number or points of a field.
        case value(PanelField.Target)
        /// Why a verified figure differs from the application's.
        case figureReason(FigureKey, value: Decimal)
        /// The reason for failing a gate.
        case gateFail(gate: String)
        /// A gate's reason.
        case gateReason(gate: String)
        /// A note on an evidence document.
        case evidenceNote(EvidenceKey)
        /// A search, forward or backward.
        case search(forward: Bool)
        /// A `:` command line.
        case command
        /// The chair's agreed value.
        case agreedValue
        /// The chair's reason for an agreed value.
        case agreedReason(Decimal)
    }

    /// The text.
    public var text: String { editor.text }

    /// Applies an editing key: typed text replaces a selection, Backspace or Delete clears it,
    /// a movement key ends it and moves.
    public mutating func edit(_ key: Key) {
        if selected {
            selected = false
            switch key {
            case .character:
                editor = LineEditor("")
            case .backspace, .delete, .control("u"):
                editor = LineEditor("")
                return
            default:
                break  // a movement key keeps the text and moves from its end
            }
        }
        editor.handle(key)
    }
}
