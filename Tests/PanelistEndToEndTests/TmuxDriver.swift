import Foundation
import Testing

/// Drives the real `panelist` binary inside a private tmux server: send keys, poll the screen.
final class TmuxDriver {
    let socket: String
    let session = "e2e"
    let home: String
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Whether tmux is installed (CI installs it in .ci/run).
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// The built binary beside the test bundle, or in .build/debug.
    static var binary: String {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("panelist").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/panelist").path
    }

    init() throws {
        socket = "panelist-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        home = NSTemporaryDirectory() + "panelist-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: home)
    }

    /// Runs a tmux command. Output is captured only when asked: a command that starts the tmux
    /// server hands it its stdout, and reading that to the end would wait for the server.
    @discardableResult
    func tmux(_ arguments: [String], output: Bool = false) throws -> String {
        try Spawn.run(["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments, capture: output).stdout
    }

    /// Starts `panelist ARGS` in a new window of the given size, in a private XDG home.
    /// `prefix` runs the binary under another program (strace with injected faults, say).
    func start(_ arguments: [String], width: Int = 120, height: Int = 40, window: String? = nil, lang: String = "zh_CN.UTF-8",
               prefix: [String] = []) throws {
        let env = "env -i PATH=/usr/bin:/bin HOME=\(home) XDG_STATE_HOME=\(home)/state XDG_CONFIG_HOME=\(home)/config LANG=\(lang) TERM=screen"
        let command = "cd \(Self.root.path) && \(env) \((prefix + [Self.binary] + arguments).joined(separator: " ")); echo PANELIST-EXITED $?; sleep 600"
        if let window {
            try tmux(["new-window", "-d", "-t", session, "-n", window, command])
        } else {
            try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command])
        }
    }

    /// Ends the session and waits until its tmux server is gone, so that the next `start` makes a
    /// new server: killing the last session makes the server exit on its own time, and a
    /// `new-session` that reaches the exiting server is lost with it (a blank screen, under load).
    func endSession() throws {
        _ = try? tmux(["kill-server"])
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let alive = try Spawn.run(["/usr/bin/tmux", "-L", socket, "-f", "/dev/null", "has-session"], capture: true).status == 0
            if !alive { return }
            usleep(20_000)
        }
        throw Failure(description: "the tmux server \(socket) did not exit")
    }

    /// Sends keys (tmux key names such as Enter, Tab, Escape, or literal text).
    func keys(_ keys: String..., window: String? = nil) throws {
        try tmux(["send-keys", "-t", target(window)] + keys)
    }

    /// Sends literal text (no key-name lookup).
    func type(_ text: String, window: String? = nil) throws {
        try tmux(["send-keys", "-l", "-t", target(window), text])
    }

    func target(_ window: String?) -> String { window.map { "\(session):\($0)" } ?? session }

    /// The screen's text now.
    func screen(window: String? = nil) throws -> String {
        try tmux(["capture-pane", "-p", "-t", target(window)], output: true)
    }

    /// Polls the screen until it contains `text` (or `timeout` passes); returns the screen.
    ///
    /// The timeout only bounds a failure (the poll returns as soon as the text shows): 30 s, because
    /// a first frame waits behind the whole suite's parallel builds and binaries on a 2-core machine.
    @discardableResult
    func wait(for text: String, window: String? = nil, timeout: TimeInterval = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(window: window)
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for '\(text)'; screen was:\n\(last)")
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }
}
