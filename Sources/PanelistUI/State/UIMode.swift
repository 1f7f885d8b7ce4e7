import Foundation
import PanelistCore

/// What the keyboard is doing right now.
public enum UIMode: Sendable, Equatable {
    case normal
    case help(scroll: Int)
    /// A one-line prompt on the message row.
    case prompt(Prompt)
    /// The multi-line comment editor.
    case comment(CommentEdit)
    /// Checking each claimed scenario.
    case scenarios(ScenarioPicker)

    /// A one-line prompt: what it is for and the text so far.
    public struct Prompt: Sendable, Equatable {
        /// What the prompt's text becomes.
        public var purpose: Purpose
        /// The text typed so far.
        public var editor: LineEditor
        /// The prompt shown before the text.
        public var title: String
        /// Creates a prompt, optionally pre-filled with text; a pre-filled value is selected, so typing replaces it.
        public init(_ purpose: Purpose, title: String, text: String = "") {
            self.purpose = purpose
            self.title = title
            if case .value = purpose {
                self.editor = LineEditor(text, selected: true)
            } else {
                self.editor = LineEditor(text)
            }
        }

        /// What the prompt's text becomes.
        public enum Purpose: Sendable, Equatable {
            case value(PanelField.Target)
            case gateFail(gate: String)
            case gateReason(gate: String)
            case evidenceNote(target: String, item: String)
            /// Why a verified figure differs from the application's; recorded in the comment.
            case overrideReason(indicator: String, prefix: String)
            case search
            case command
        }
    }

    /// The comment being edited; saved on leaving or after a pause.
    public struct CommentEdit: Sendable, Equatable {
        /// The comment target: an indicator or gate id, or `""` for the overall opinion.
        public var target: String
        /// The text being edited.
        public var editor: TextEditor
        /// The text last saved to the journal.
        public var saved: String
        /// When the last key was typed, for saving after a pause.
        public var lastKey: Date
        /// First visual row shown in the editor.
        public var scroll: Int
        /// Starts editing a target's comment, with its saved text.
        public init(target: String, text: String, now: Date) {
            self.target = target
            self.editor = TextEditor(text)
            self.saved = text
            self.lastKey = now
            self.scroll = 0
        }
        /// Whether there is unsaved text.
        public var dirty: Bool { editor.text != saved }
    }

    /// The scenario checklist: which of the table's scenarios the reviewer confirms.
    public struct ScenarioPicker: Sendable, Equatable {
        /// Ids of the table's scenarios ticked as confirmed.
        public var selected: Set<String>
        /// How many scenarios outside the table are confirmed.
        public var other: Int
        /// Index of the selected row.
        public var cursor: Int
        /// First row shown.
        public var scroll: Int
        /// Starts the picker from the current confirmations, on its first row.
        public init(selected: Set<String>, other: Int) {
            self.selected = selected
            self.other = other
            self.cursor = 0
            self.scroll = 0
        }
    }
}
