/// How far a node has been scored.
public enum Progress: String, Sendable, CaseIterable {
    /// Nothing entered.
    case untouched
    /// Some parts or children entered.
    case partial
    /// Every applicable part entered.
    case done
    /// The condition excludes this applicant.
    case notApplicable
}
