import Foundation
import PanelistStore

/// Where the application layer keeps things: state and config (journals, key, settings) and data (installed packages).
public struct AppPaths: Sendable, Equatable {
    /// Journals, key and settings folders.
    public var state: StatePaths
    /// `$XDG_DATA_HOME/panelist` (default `~/.local/share/panelist`).
    public var dataDirectory: String

    /// Explicit folders.
    public init(state: StatePaths, dataDirectory: String) {
        self.state = state
        self.dataDirectory = dataDirectory
    }

    /// The XDG folders from an environment (relative XDG paths are ignored, as the spec says).
    public static func fromEnvironment(_ env: [String: String]) -> AppPaths {
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        let data = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return AppPaths(state: StatePaths.fromEnvironment(env), dataDirectory: data + "/panelist")
    }

    /// Installed review packages: `packages/<id>/`.
    public var packagesDirectory: String { dataDirectory + "/packages" }

    /// The folder of one installed package.
    public func packageDirectory(_ id: String) -> String { packagesDirectory + "/" + id }

    /// The state (journals) of one package's reviews: `$XDG_STATE_HOME/panelist/packages/<id>`.
    public func packageState(_ id: String) -> StatePaths {
        StatePaths(stateDirectory: state.stateDirectory + "/packages/" + id, configDirectory: state.configDirectory)
    }
}
