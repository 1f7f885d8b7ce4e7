import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The width of the terminal on standard output, or `COLUMNS`, or 100.
enum TerminalWidth {
    static func current() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(cols), n > 0 { return n }
        return 100
    }
}
