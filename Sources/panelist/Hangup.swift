#if canImport(Glibc)
import Glibc
#endif

/// Notices SIGHUP and SIGTERM (terminal closed, session killed) so the UI can leave cleanly.
enum Hangup {
    nonisolated(unsafe) static var received: sig_atomic_t = 0

    /// Installs the handlers.
    static func install() {
        signal(SIGHUP) { _ in Hangup.received = 1 }
        signal(SIGTERM) { _ in Hangup.received = 1 }
    }

    /// Whether the terminal is gone: a signal came, or standard input is no longer a terminal.
    static var happened: Bool { received != 0 || isatty(STDIN_FILENO) == 0 }
}
