#if canImport(Glibc)
import Glibc
#endif

/// Where panelist keeps journals (XDG state) and the reviewer key (XDG config); directories are 0700.
public struct StatePaths: Sendable, Equatable {
    /// `$XDG_STATE_HOME/panelist` (default `~/.local/state/panelist`) unless set.
    public var stateDirectory: String
    /// `$XDG_CONFIG_HOME/panelist` (default `~/.config/panelist`) unless set.
    public var configDirectory: String

    /// Explicit directories.
    public init(stateDirectory: String, configDirectory: String) {
        self.stateDirectory = stateDirectory
        self.configDirectory = configDirectory
    }

    /// The XDG directories from an environment; `PANELIST_JOURNALS` overrides the state directory.
    public static func fromEnvironment(_ env: [String: String]) -> StatePaths {
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        func xdg(_ key: String, _ fallback: String) -> String {
            if let v = env[key], v.hasPrefix("/") { return v }  // XDG: relative paths are ignored
            return home + "/" + fallback
        }
        let state = env["PANELIST_JOURNALS"].flatMap { $0.isEmpty ? nil : $0 } ?? xdg("XDG_STATE_HOME", ".local/state") + "/panelist"
        return StatePaths(stateDirectory: state, configDirectory: xdg("XDG_CONFIG_HOME", ".config") + "/panelist")
    }

    /// The journals folder.
    public var journalsDirectory: String { stateDirectory + "/journals" }

    /// The journal of a reviewer for an application: `journals/<application>/<reviewer>.jsonl`.
    public func journalPath(application: String, reviewer: String) -> String {
        journalsDirectory + "/" + Self.safe(application) + "/" + Self.safe(reviewer) + ".jsonl"
    }

    /// The reviewer's signing key file.
    public var keyPath: String { configDirectory + "/reviewer.key" }

    /// An id made safe as a file name.
    static func safe(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    }

    /// Creates a directory and its missing parents; the directories created get mode 0700.
    public static func makeDirectory(_ path: String) throws(StoreError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) == 0 {
                _ = chmod(current, 0o700)  // umask must not widen or narrow it
            } else if errno != EEXIST {
                let e = SystemError.current
                throw StoreError(zh: "无法创建目录 \(current)：\(e.zh)；请检查权限或用 --dir 指定其他位置。",
                                 en: "cannot create the folder \(current): \(e.en); check permissions or choose another place with --dir", system: e)
            }
        }
    }
}
