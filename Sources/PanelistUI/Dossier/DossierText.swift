import Foundation
import PanelistCore

/// What the application pane shows: the applicant, its sections, evidence, stated figures and
/// the suggestions its figures give (kept as values, worded when drawn, in the language then).
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
    /// What the application's figures suggest, by what they are for.
    public var suggestions: [Suggestion.Target: Suggestion]
    /// Claimed scenario instances (环节—场景—实例) by scenario id.
    public var instances: [String: String]

    /// Creates the pane's content; only the id and name are required.
    public init(id: String, name: String, sections: [Section] = [], evidence: [Evidence] = [], stated: [String: String] = [:],
                suggestions: [Suggestion] = [], instances: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.sections = sections
        self.evidence = evidence
        self.stated = stated
        self.suggestions = Dictionary(suggestions.map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
        self.instances = instances
    }

    /// The application's figure for a number field, if it states one.
    public func statedValue(_ key: FigureKey) -> Decimal? {
        suggestions[.number(indicator: key.indicator, number: key.number)]?.value
    }

    /// The application's figure per number field.
    public var statedFigures: [FigureKey: Decimal] {
        FigureOverride.statedFigures(Array(suggestions.values))
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

    /// Sections linked to any of the given indicator ids.
    public func sections(for ids: Set<String>) -> [Section] {
        sections.filter { !Set($0.indicators).isDisjoint(with: ids) }
    }
}
