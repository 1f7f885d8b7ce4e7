import PanelistCore

/// The orders of the application list.
public enum ListSort: String, Sendable, CaseIterable {
    /// By application id.
    case id
    /// By the applicant's name.
    case applicant
    /// Least scored first.
    case progress
    /// Highest total first.
    case total

    /// The next order (the sort key cycles).
    var next: ListSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// How the order is named in the title bar.
    func title(_ lang: Lang) -> String {
        switch self {
        case .id: return lang.pick("按编号排序", "sorted by id")
        case .applicant: return lang.pick("按申报单位排序", "sorted by applicant")
        case .progress: return lang.pick("按进度排序（未完成在前）", "sorted by progress (least done first)")
        case .total: return lang.pick("按总分排序（高分在前）", "sorted by total (highest first)")
        }
    }

    /// Reads a `:sort` argument.
    static func parse(_ text: String) -> ListSort? {
        switch text.lowercased() {
        case "id", "编号": return .id
        case "applicant", "name", "申报单位": return .applicant
        case "progress", "进度": return .progress
        case "total", "总分": return .total
        default: return nil
        }
    }

    /// The session indices in this order.
    func order(_ sessions: [ReviewSession]) -> [Int] {
        sessions.indices.sorted { a, b in
            let x = sessions[a], y = sessions[b]
            switch self {
            case .id: return (x.dossier.id, a) < (y.dossier.id, b)
            case .applicant: return (x.dossier.name, x.dossier.id) < (y.dossier.name, y.dossier.id)
            case .progress:
                let p = x.review.progress, q = y.review.progress
                let left = p.total == 0 ? 1 : Double(p.done) / Double(p.total)
                let right = q.total == 0 ? 1 : Double(q.done) / Double(q.total)
                return left != right ? left < right : x.dossier.id < y.dossier.id
            case .total:
                return x.sheet.total != y.sheet.total ? x.sheet.total > y.sheet.total : x.dossier.id < y.dossier.id
            }
        }
    }
}
