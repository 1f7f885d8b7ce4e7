// Cell access for the presenter, inlinable so that a frame's thousands of cells cost no calls.
extension ScreenGrid {
    /// The scalar of cell `index` (row-major) when its cluster is that one scalar, else nil
    /// (a cluster of several scalars: read it with `cell(at:)`).
    @inlinable
    public func scalar(at index: Int) -> UInt32? {
        let code = slots[index].code
        return code < Slot.clusterBase ? code : nil
    }

    /// Whether cell `index` (row-major) is the right half of the wide cluster to its left.
    @inlinable
    public func isContinuation(_ index: Int) -> Bool {
        slots[index].continuation
    }

    /// The style of cell `index` (row-major).
    @inlinable
    public func style(at index: Int) -> Style {
        slots[index].style
    }

    /// Whether cell `index` (row-major) is a blank in the normal style.
    @inlinable
    public func isNormalBlank(_ index: Int) -> Bool {
        slots[index] == Slot.blank
    }

    /// The first column at or after `column` of `row` whose cell shows something else than
    /// that cell of `other` (a grid of the same size), or nil when the rest of the row is the same.
    public func firstDifference(row: Int, from column: Int, comparedWith other: ScreenGrid) -> Int? {
        let base = row * width
        var c = column
        while c < width {
            let a = slots[base + c]
            // Equal codes of clusters may still be different clusters (each grid numbers its own).
            if a != other.slots[base + c] || a.code >= Slot.clusterBase, !sameCell(base + c, as: other) { return c }
            c += 1
        }
        return nil
    }
}
