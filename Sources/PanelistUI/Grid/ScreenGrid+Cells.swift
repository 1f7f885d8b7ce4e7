extension ScreenGrid {
    /// The scalar of cell `index` (row-major) when its cluster is that one scalar, else nil
    /// (a cluster of several scalars: read it with `cell(at:)`).
    public func scalar(at index: Int) -> UInt32? {
        let code = slots[index].code
        return code < Slot.clusterBase ? code : nil
    }

    /// Whether cell `index` (row-major) is the right half of the wide cluster to its left.
    public func isContinuation(_ index: Int) -> Bool {
        slots[index].continuation
    }

    /// The style of cell `index` (row-major).
    public func style(at index: Int) -> Style {
        slots[index].style
    }

    /// Whether cell `index` (row-major) is a blank in the normal style.
    public func isNormalBlank(_ index: Int) -> Bool {
        slots[index] == Slot.blank
    }
}
