/// The last search: its text, repeated by the next and previous match keys.
struct SearchState: Sendable, Equatable {
    /// The text searched for; empty before the first search.
    var query = ""
}
