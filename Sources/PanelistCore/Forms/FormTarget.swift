/// Where a field's value goes in a `panelist-application/1` application.
public enum FormTarget: Sendable, Equatable, CustomStringConvertible {
    /// `title` (项目名称).
    case title
    /// `date` (申报日期).
    case date
    /// `variant` (申报类型): a choice whose ids are the rubric's variants.
    case variant
    /// `applicant.KEY`: name, credit_code, industry, industry_note, region, address, founded, ownership.
    case applicant(String)
    /// `applicant.legal_representative.KEY` or `applicant.contact.KEY`: name, title, phone, email.
    case person(role: String, key: String)
    /// `attributes.ID`: a rubric attribute other than industry.
    case attribute(String)
    /// `facts.ID`: a rubric fact.
    case fact(String)
    /// `numbers.INDICATOR.ID`: an indicator number without a fact.
    case number(indicator: String, id: String)
    /// `kpi`: one of the form's other figures.
    case kpi
    /// `form`: a line of text in the section that holds the form (基本情况表).
    case form

    /// The target as written in a template (`applicant.name`, `facts.investment_total` …).
    public var description: String {
        switch self {
        case .title: return "title"
        case .date: return "date"
        case .variant: return "variant"
        case .applicant(let key): return "applicant.\(key)"
        case .person(let role, let key): return "applicant.\(role).\(key)"
        case .attribute(let id): return "attributes.\(id)"
        case .fact(let id): return "facts.\(id)"
        case .number(let indicator, let id): return "numbers.\(indicator).\(id)"
        case .kpi: return "kpi"
        case .form: return "form"
        }
    }

    /// The applicant keys a template may name.
    public static let applicantKeys = ["name", "credit_code", "industry", "industry_note", "region", "address", "founded", "ownership"]
    /// The person roles and keys a template may name.
    public static let personRoles = ["legal_representative", "contact"]
    /// The keys of a person.
    public static let personKeys = ["name", "title", "phone", "email"]

    /// Parses a target as written in a template; `nil` when it is not one.
    public static func parse(_ text: String) -> FormTarget? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "title" where parts.count == 1: return .title
        case "date" where parts.count == 1: return .date
        case "variant" where parts.count == 1: return .variant
        case "kpi" where parts.count == 1: return .kpi
        case "form" where parts.count == 1: return .form
        case "applicant":
            if parts.count == 2, applicantKeys.contains(parts[1]) { return .applicant(parts[1]) }
            if parts.count == 3, personRoles.contains(parts[1]), personKeys.contains(parts[2]) { return .person(role: parts[1], key: parts[2]) }
            return nil
        case "attributes" where parts.count == 2 && !parts[1].isEmpty: return .attribute(parts[1])
        case "facts" where parts.count == 2 && !parts[1].isEmpty: return .fact(parts[1])
        case "numbers" where parts.count >= 3:
            let indicator = parts[1..<(parts.count - 1)].joined(separator: ".")
            guard !indicator.isEmpty, let id = parts.last, !id.isEmpty else { return nil }
            return .number(indicator: indicator, id: id)
        default: return nil
        }
    }

    /// Whether the value is a figure (parsed like the YAML loader's facts and numbers).
    public var isFigure: Bool {
        switch self {
        case .fact, .number, .kpi: return true
        default: return false
        }
    }
}
