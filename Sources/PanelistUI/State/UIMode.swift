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
        public var purpose: Purpose
        public var editor: LineEditor
        public var title: String
        public init(_ purpose: Purpose, title: String, text: String = "") {
            self.purpose = purpose
            self.title = title
            self.editor = LineEditor(text)
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
        public var target: String
        public var editor: TextEditor
        public var saved: String
        public var lastKey: Date
        public var scroll: Int
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
        public var selected: Set<String>
        public var other: Int
        public var cursor: Int
        public var scroll: Int
        public init(selected: Set<String>, other: Int) {
            self.selected = selected
            self.other = other
            self.cursor = 0
            self.scroll = 0
        }
    }
}
