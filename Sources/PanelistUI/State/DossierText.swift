import Foundation

/// What the application pane shows: the applicant, its sections, evidence and stated figures.
public struct DossierText: Sendable, Equatable {
    /// The application id.
    public var id: String
    /// The applicant's name.
    public var name: String
    /// The narrative sections, in the application's order.
    public var sections: [Section]
    /// The evidence documents listed.
    public var evidence: [Evidence]
    /// Stated figures by fact id, as written in the application (e.g. "1,800万元").
    public var stated: [String: String]
    /// Suggestions from the application's figures, keyed `indicator/number` or `coverage/indicator`.
    public var hints: [String: Hint]
    /// Claimed scenario instances (环节—场景—实例) by scenario id; `other:N` for ones outside the table.
    public var instances: [String: String]

    /// Creates the pane's content; only the id and name are required.
    public init(id: String, name: String, sections: [Section] = [], evidence: [Evidence] = [], stated: [String: String] = [:],
                hints: [String: Hint] = [:], instances: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.sections = sections
        self.evidence = evidence
        self.stated = stated
        self.hints = hints
        self.instances = instances
    }

    /// What the application suggests for a number: a line to show and the value to pre-fill.
    public struct Hint: Sendable, Equatable {
        /// The suggestion as shown, in the UI's language.
        public var text: String
        /// The value to pre-fill, if the figures give one.
        public var value: Decimal?
        /// Creates a hint.
        public init(text: String, value: Decimal?) {
            self.text = text
            self.value = value
        }
    }

    /// A narrative section linked to the indicators it answers.
    public struct Section: Sendable, Equatable {
        /// Stable id of the section within the application.
        public var id: String
        /// The form's heading.
        public var title: String
        /// Ids of the indicators the section answers.
        public var indicators: [String]
        /// Markdown text.
        public var text: String
        /// Creates a section.
        public init(id: String, title: String, indicators: [String], text: String) {
            self.id = id
            self.title = title
            self.indicators = indicators
            self.text = text
        }
    }

    /// An evidence document the application lists for an indicator or gate.
    public struct Evidence: Sendable, Equatable {
        /// The indicator or gate id it supports.
        public var target: String
        /// File name as supplied.
        public var file: String
        /// What the document shows; empty when not given.
        public var description: String
        /// Page or page range in the bound application; empty when not given.
        public var page: String
        /// Creates an evidence entry.
        public init(target: String, file: String, description: String, page: String) {
            self.target = target
            self.file = file
            self.description = description
            self.page = page
        }
    }

    /// Sections linked to an indicator (or, for a parent, to any of its descendants' ids given).
    public func sections(for ids: Set<String>) -> [Section] {
        sections.filter { !Set($0.indicators).isDisjoint(with: ids) }
    }
}
