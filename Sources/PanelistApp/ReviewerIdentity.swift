import Foundation
import PanelistCore
import PanelistStore

/// The reviewer's name, asked once and remembered in the config directory, and signing key.
public struct ReviewerIdentity {
    /// The reviewer's name as journals record it.
    public var name: String
    /// The reviewer's signing key.
    public var key: ReviewerKey

    /// Creates an identity from a name and key.
    public init(name: String, key: ReviewerKey) {
        self.name = name
        self.key = key
    }

    /// Loads the name (`--name`, else `name` in config.toml, else the older `reviewer-name` file, else asks once on the
    /// terminal and records it in config.toml) and the key.
    public static func load(paths: StatePaths, nameOption: String?, settings: Settings = Settings(), lang: Lang) throws -> ReviewerIdentity {
        try StatePaths.makeDirectory(paths.configDirectory)
        let legacy = paths.configDirectory + "/reviewer-name"
        var name = nameOption?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if name.isEmpty, let saved = settings.name { name = saved }
        if name.isEmpty, let saved = try? String(contentsOfFile: legacy, encoding: .utf8) {
            name = saved.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if name.isEmpty {
            print(lang.pick("首次使用：请输入评审专家姓名（将记在 config.toml，用于日志与签字）：",
                            "First use: your name as a reviewer (kept in config.toml; used in journals and sign-offs): "), terminator: "")
            fflush(nil)
            name = readLine()?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !name.isEmpty else {
                throw AppError(lang.pick("需要评审专家姓名；也可用 --name 指定", "a reviewer name is needed; you can also pass --name"))
            }
            try Settings.saveName(name, configDirectory: paths.configDirectory, lang: lang)
        } else if !(nameOption ?? "").isEmpty, settings.name != name {
            try Settings.saveName(name, configDirectory: paths.configDirectory, lang: lang)  // --name is remembered
        }
        return ReviewerIdentity(name: name, key: try key(paths: paths, lang: lang))
    }

    /// The reviewer's signing key (created on first use).
    public static func key(paths: StatePaths, lang: Lang) throws -> ReviewerKey {
        do { return try ReviewerKey.loadOrCreate(at: paths.keyPath) } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }
}
