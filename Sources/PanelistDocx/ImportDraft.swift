import PanelistCore

/// The application being assembled from a document: values as written, each with where it came from.
struct ImportDraft {
    /// A value and its origin.
    struct Value {
        var text: String
        var origin: DocLocation
    }

    /// A KPI (kpis:).
    struct KPI {
        var title: String
        var value: Value
        var starred: Bool
        var note: String
    }

    /// A section (sections:).
    struct Section {
        var id: String
        var title: String
        var indicators: [String]
        var lines: [String] = []
        var origin: DocLocation
        /// The template rule it came from, if any.
        var rule: FormSectionRule?
    }

    /// A table (tables:).
    struct Table {
        var id: String
        var title: String
        var indicators: [String]
        var columns: [String]
        var rows: [[String]]
        var rowOrigins: [DocLocation]
        var origin: DocLocation
    }

    /// A claimed scenario (scenarios:).
    struct Scenario {
        var segment: String?
        var scenario: String?
        var other: String?
        var instance: String
        var section: String?
        var origin: DocLocation
    }

    /// An evidence entry (evidence:).
    struct Evidence {
        var target: String
        var file: String
        var description: String
        var page: String
        var origin: DocLocation
    }

    var id: String
    var rubric: String
    var variant: Value?
    var title: Value?
    var date: Value?
    /// applicant keys in form order.
    var applicant: [(key: String, value: Value)] = []
    /// legal_representative / contact → keys in order.
    var people: [(role: String, key: String, value: Value)] = []
    var attributes: [(id: String, value: Value)] = []
    var facts: [(id: String, value: Value)] = []
    var numbers: [(indicator: String, id: String, value: Value)] = []
    var kpis: [KPI] = []
    var sections: [Section] = []
    var tables: [Table] = []
    var scenarios: [Scenario] = []
    var evidence: [Evidence] = []

    init(id: String, rubric: String) {
        self.id = id
        self.rubric = rubric
    }

    /// Whether a target already has a value.
    func has(_ target: FormTarget) -> Bool {
        switch target {
        case .title: return title != nil
        case .date: return date != nil
        case .variant: return variant != nil
        case .applicant(let key): return applicant.contains { $0.key == key }
        case .person(let role, let key): return people.contains { $0.role == role && $0.key == key }
        case .attribute(let id): return attributes.contains { $0.id == id }
        case .fact(let id): return facts.contains { $0.id == id }
        case .number(let indicator, let id): return numbers.contains { $0.indicator == indicator && $0.id == id }
        case .kpi, .form: return false
        }
    }

    /// The value of a target, if set.
    func value(_ target: FormTarget) -> Value? {
        switch target {
        case .title: return title
        case .date: return date
        case .variant: return variant
        case .applicant(let key): return applicant.first { $0.key == key }?.value
        case .person(let role, let key): return people.first { $0.role == role && $0.key == key }?.value
        case .attribute(let id): return attributes.first { $0.id == id }?.value
        case .fact(let id): return facts.first { $0.id == id }?.value
        case .number(let indicator, let id): return numbers.first { $0.indicator == indicator && $0.id == id }?.value
        case .kpi, .form: return nil
        }
    }

    /// Sets a target (kpi and form targets are added elsewhere).
    mutating func set(_ target: FormTarget, _ value: Value) {
        switch target {
        case .title: title = value
        case .date: date = value
        case .variant: variant = value
        case .applicant(let key): applicant.append((key, value))
        case .person(let role, let key): people.append((role, key, value))
        case .attribute(let id): attributes.append((id, value))
        case .fact(let id): facts.append((id, value))
        case .number(let indicator, let id): numbers.append((indicator, id, value))
        case .kpi, .form: break
        }
    }
}
