/// Why a journal does not belong to the panel described by the panel file.
public enum RosterMismatch: Sendable, Equatable {
    /// The application is not one of the panel's.
    case otherApplication(application: String)
    /// The reviewer's name is not on the panel.
    case notMember(name: String)
    /// Signed with another key than the one the panel file pins for this name.
    case otherKey(name: String, key: String, pinned: String)
    /// The reviewer declared a conflict with the application in the panel file.
    case declaredConflict(name: String, application: String, reason: String)
    /// The application is not assigned to the reviewer.
    case notAssigned(name: String, application: String)

    /// The reason in a language.
    public func text(_ lang: Lang) -> String {
        switch self {
        case let .otherApplication(app):
            return lang.pick("申报 \(app) 不在专家组名单的申报之列", "application \(app) is not one of the panel's")
        case let .notMember(name):
            return lang.pick("\(name) 不是专家组名单中的专家", "\(name) is not a reviewer of the panel")
        case let .otherKey(name, key, pinned):
            return lang.pick("签名密钥 \(key) 与名单为 \(name) 指定的密钥 \(pinned) 不符", "signed with key \(key), but the panel file pins \(pinned) for \(name)")
        case let .declaredConflict(name, app, reason):
            return lang.pick("\(name) 在专家组名单中声明与 \(app) 回避", "\(name) declared a conflict with \(app) in the panel file") +
                (reason.isEmpty ? "" : lang.pick("（\(reason)）", " (\(reason))"))
        case let .notAssigned(name, app):
            return lang.pick("专家组名单未分配 \(app) 给 \(name)", "\(app) is not assigned to \(name) in the panel file")
        }
    }
}
