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

    /// Loads the remembered name (or takes `--name`, or asks on the terminal once) and the key.
    public static func load(paths: StatePaths, nameOption: String?, lang: Lang) throws -> ReviewerIdentity {
        try StatePaths.makeDirectory(paths.configDirectory)
        let file = paths.configDirectory + "/reviewer-name"
        var name = nameOption?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if name.isEmpty, let saved = try? String(contentsOfFile: file, encoding: .utf8) {
            name = saved.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if name.isEmpty {
            print(lang.pick("首次使用：请输入评审专家姓名（将记住，用于日志与签字）：", "First use: your name as a reviewer (remembered; used in journals and sign-offs): "), terminator: "")
            fflush(nil)
            name = readLine()?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !name.isEmpty else {
                throw AppError(lang.pick("需要评审专家姓名；也可用 --name 指定", "a reviewer name is needed; you can also pass --name"))
            }
        }
        if (try? String(contentsOfFile: file, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) != name {
            try AtomicFile.write(file, text: name + "\n")
        }
        return ReviewerIdentity(name: name, key: try ReviewerKey.loadOrCreate(at: paths.keyPath))
    }
}
