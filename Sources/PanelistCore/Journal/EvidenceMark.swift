/// What the expert found for one expected evidence document on site.
public enum EvidenceMark: String, Sendable, CaseIterable {
    case seen
    case missing
    case doubtful
}
