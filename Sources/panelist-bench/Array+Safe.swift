/// Bounds-checked element access for argument parsing.
extension Array {
    /// The element at an index, or nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
