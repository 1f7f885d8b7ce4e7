import PanelistCore

extension AppModel {
    /// Draws the current state at the model's size: a pure function of the state.
    public func render() -> ScreenGrid {
        var grid = ScreenGrid(width: width, height: height)
        guard Layout.fits(width: width, height: height) else {
            let lines = [lang.pick("窗口太小", "Window too small"),
                         lang.pick("至少需要 \(Layout.minimumWidth)x\(Layout.minimumHeight)，当前 \(width)x\(height)", "Needs at least \(Layout.minimumWidth)x\(Layout.minimumHeight); now \(width)x\(height)"),
                         lang.pick("请放大窗口；q 退出", "Enlarge the window; q quits")]
            for (i, line) in lines.enumerated() {
                let text = glyphs.truncate(line, to: width)
                grid.write(text, row: max(0, height / 2 - 1 + i), column: max(0, (width - DisplayWidth.of(text)) / 2), style: i == 0 ? .bad : .normal)
            }
            return grid
        }
        if case .help(let scroll) = mode {
            HelpScreen.draw(self, scroll: scroll, into: &grid)
            return grid
        }
        switch screen {
        case .list:
            ListScreen.draw(self, into: &grid)
        case .review:
            if let session { ReviewScreen.draw(self, session: session, into: &grid) } else { ListScreen.draw(self, into: &grid) }
        }
        return grid
    }

    /// Sets the terminal size (on start and on every resize).
    public mutating func resize(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }
}
