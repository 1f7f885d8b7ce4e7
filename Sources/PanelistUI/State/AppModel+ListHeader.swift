import PanelistCore

extension AppModel {
    /// The most rows the list's header takes; the rest goes to the list (at least `Layout`'s minimum).
    static let listHeaderRows = 6

    /// Sets the lines shown above the application list (one per review package; lines indented two spaces are details) and lays out again.
    public mutating func setListHeader(_ lines: [String]) {
        listHeader = lines
        refresh()
    }

    /// The header rows drawn at this terminal height: at most `listHeaderRows`, leaving the list its
    /// column titles and five rows (title bar, message and status rows, and the blank row below the header aside).
    var listHeaderShown: [String] {
        Array(listHeader.prefix(max(0, min(Self.listHeaderRows, layout.height - 3 - 1 - 6))))
    }
}
