import ArgumentParser
import Foundation

/// Options for the screens that run in the terminal (`review`, `chair screen`).
struct TerminalOptions: ParsableArguments {
    @Flag(name: .customLong("no-mouse"),
          help: "Do not use the mouse (also PANELIST_NO_MOUSE=1). With the mouse on, clicks and the wheel work and Shift-drag still selects text to copy.")
    var noMouse = false

    /// Whether the screen takes mouse clicks and the wheel: on unless --no-mouse or PANELIST_NO_MOUSE=1.
    var mouse: Bool { !noMouse && Self.mouseFromEnvironment() }

    /// Whether the environment leaves the mouse on (PANELIST_NO_MOUSE unset, empty or 0).
    static func mouseFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let value = environment["PANELIST_NO_MOUSE"] ?? ""
        return value.isEmpty || value == "0"
    }
}
