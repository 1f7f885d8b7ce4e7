/// Why a journal was refused, or admitted only by an explicit flag.
public enum IntakeIssueKind: String, Sendable, CaseIterable, Comparable {
    /// Not a journal, or no header: refused.
    case unreadable
    /// Checksum, chain, signature or after-sign-off change: refused, never mergeable.
    case tampered
    /// A torn last record (the writer crashed): refused until the journal is opened and recovered.
    case torn
    /// Scored against another rubric id: refused.
    case otherRubric = "other_rubric"
    /// Scored against another version (hash) of this rubric: refused unless `--allow-rubric-mismatch`.
    case rubricVersion = "rubric_version"
    /// The application's hash differs from the expected one: refused.
    case applicationHash = "application_hash"
    /// Not signed off (or reopened): refused unless `--allow-unsigned`.
    case unsigned
    /// Two differing journals of one reviewer for one application: both refused unless one is picked with `--fork-pick`.
    case fork
    /// The same journal bytes given twice: merged once.
    case duplicate
    /// A chair journal given as a reviewer journal: refused (pass it with `--chair`).
    case chairJournal = "chair_journal"
    /// Against the panel file (`--panel`): not a member, not assigned, a declared conflict, or another key than the pinned one: refused.
    case notInPanel = "not_in_panel"

    /// Orders by declaration order.
    public static func < (a: IntakeIssueKind, b: IntakeIssueKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// A short label.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .unreadable: return lang.pick("无法读取", "unreadable")
        case .tampered: return lang.pick("被篡改或损坏", "tampered or corrupt")
        case .torn: return lang.pick("末条记录不完整", "torn last record")
        case .otherRubric: return lang.pick("其他评分细则", "another rubric")
        case .rubricVersion: return lang.pick("评分细则版本不同", "different rubric version")
        case .applicationHash: return lang.pick("申报材料版本不同", "different application version")
        case .unsigned: return lang.pick("未签署", "not signed off")
        case .fork: return lang.pick("同一专家同一申报有多份日志", "fork: two journals of one reviewer and application")
        case .duplicate: return lang.pick("重复输入", "duplicate input")
        case .chairJournal: return lang.pick("组长日志（请用 --chair 传入）", "chair journal (pass it with --chair)")
        case .notInPanel: return lang.pick("与专家组名单不符", "not as the panel file says")
        }
    }
}
