/// The application list's selection, scroll and order.
struct ListState: Sendable, Equatable {
    /// The selected session's index (stable across orders).
    var selected = 0
    /// First row shown.
    var scroll = 0
    /// The order.
    var sort: ListSort = .id
}
