import Foundation

/// Runs the real `panelist` binary in a private home (XDG folders, no inherited settings), as a user would.
final class PanelistCLI {
    /// The private home; removed when the runner goes.
    let home: String
    /// The language the program runs in (LANG).
    var lang: String

    /// Creates a runner with a new private home.
    init(lang: String = "zh_CN.UTF-8") throws {
        self.lang = lang
        home = NSTemporaryDirectory() + "panelist-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    /// The environment the program sees: a clean one with the private XDG folders.
    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
         "XDG_DATA_HOME": home + "/data", "LANG": lang, "TERM": "dumb"]
    }

    /// Runs `panelist ARGS` from `directory` (default: the repository) and waits for it.
    @discardableResult
    func run(_ arguments: [String], stdin: String = "", directory: String? = nil, extraEnvironment: [String: String] = [:]) throws -> Spawn.Result {
        try Spawn.run([TmuxDriver.binary] + arguments, environment: environment.merging(extraEnvironment) { $1 },
                      directory: directory ?? TmuxDriver.root.path, stdin: Array(stdin.utf8))
    }

    /// A path inside the private home.
    func path(_ name: String) -> String { home + "/" + name }
}
