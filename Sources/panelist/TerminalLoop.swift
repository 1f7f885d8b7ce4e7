import Foundation
import PanelistCore
import PanelistTerminal
import PanelistUI

/// The draw–read–act loop shared by the reviewer's and the chair's screens.
enum TerminalLoop {
    /// Keys already waiting (a paste) are handled before the next frame, up to this many.
    static let burst = 256

    /// Runs until `onKey` returns false or the terminal goes away (then `onHangup` runs).
    /// `onKey` receives nil after 250 ms without a key, for work done on a pause.
    static func run(
        noColor: Bool,
        mouse: Bool = TerminalOptions.mouseFromEnvironment(),
        onResize: (Int, Int) -> Void,
        render: () -> ScreenGrid,
        onKey: (Key?) -> Bool,
        onHangup: () -> Void
    ) {
        Hangup.install()
        let terminal = Terminal()
        terminal.start(noColor: noColor, mouse: mouse)
        defer { terminal.stop() }
        onResize(terminal.size.width, terminal.size.height)
        while true {
            if Hangup.happened {
                onHangup()
                return
            }
            terminal.present(render())
            var key = terminal.readEvent(timeoutMs: 250)
            var handled = 0
            while true {
                if key == .resize {
                    terminal.invalidate()
                    onResize(terminal.size.width, terminal.size.height)
                }
                if !onKey(key) { return }
                handled += 1
                // Draw once for keys that arrived together (a paste), not once per key.
                guard key != nil, key != .resize, handled < burst, !Hangup.happened,
                      let next = terminal.readEvent(timeoutMs: 0) else { break }
                key = next
            }
        }
    }
}
