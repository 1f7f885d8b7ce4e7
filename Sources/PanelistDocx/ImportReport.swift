import PanelistCore

/// What an import found, guessed and left for a person, each with where in the document it came from.
public struct ImportReport: Sendable, Equatable {
    /// One line of the report.
    public struct Entry: Sendable, Equatable {
        /// What kind of line it is.
        public var kind: Kind
        /// The form's label, heading or table title it concerns.
        public var subject: String
        /// Where it went in the application (`applicant.name`, `facts.investment_total`, `sections.overview` …); empty when nowhere.
        public var target: String
        /// The value read, as written (shortened for long text).
        public var value: String
        /// Where in the document.
        public var origin: DocLocation
        /// Why, in Chinese.
        public var zh: String
        /// Why, in English.
        public var en: String
        /// The line of the written application file it is on, once written.
        public var yamlLine: Int?
        /// The place in the application file it went to (to find `yamlLine`).
        var path: [DraftYAML.Step] = []

        /// Creates an entry.
        public init(_ kind: Kind, subject: String, target: String = "", value: String = "", origin: DocLocation, zh: String = "", en: String = "") {
            self.kind = kind
            self.subject = subject
            self.target = target
            self.value = value
            self.origin = origin
            self.zh = zh
            self.en = en
        }
    }

    /// The kinds of line, in the order the report lists them.
    public enum Kind: String, Sendable, CaseIterable {
        /// Read from the document and written as it is.
        case found
        /// Written, but the importer inferred it (a sum, a heading matched by its number, an instance name).
        case guessed
        /// Required (by the form, a star, or a rubric gate) and not found or not usable: a person must fill it.
        case missing
        /// Left empty in the document; not required.
        case empty
        /// In the document but not in the template: kept in a section or table, not linked.
        case unmatched
        /// The form's own printed instructions left in by the applicant: not imported.
        case skipped
    }

    /// The document's name.
    public var document: String
    /// The template used, or nil.
    public var template: String?
    /// The lines, in the order found.
    public var entries: [Entry] = []

    /// Creates an empty report.
    public init(document: String, template: String?) {
        self.document = document
        self.template = template
    }

    /// The lines of one kind.
    public func entries(_ kind: Kind) -> [Entry] { entries.filter { $0.kind == kind } }

    mutating func add(_ entry: Entry) { entries.append(entry) }
}
