import Foundation
import PanelistCore
import PanelistTerminal
import PanelistUI

/// The draw–read–act loop shared by the reviewer's and the chair's screens.
enum TerminalLoop {
    /// Runs until `onKey` returns false or the terminal goes away (then `onHangup` runs).
    /// `onKey` receives nil after 250 ms without a key, for work done on a pause.
    static func run(
        noColor: Bool,
        onResize: (Int, Int) -> Void,
        render: () -> ScreenGrid,
        onKey: (Key?) -> Bool,
        onHangup: () -> Void
    ) {
        Hangup.install()
        let terminal = Terminal()
        terminal.start(noColor: noColor)
        defer { terminal.stop() }
        onResize(terminal.size.width, terminal.size.height)
        while true {
            if Hangup.happened {
                onHangup()
                return
            }
            terminal.present(render())
            let key = terminal.readEvent(timeoutMs: 250)
            if key == .resize {
                terminal.invalidate()
                onResize(terminal.size.width, terminal.size.height)
            }
            if !onKey(key) { return }
        }
    }
}
