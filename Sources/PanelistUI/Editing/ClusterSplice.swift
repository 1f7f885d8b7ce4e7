import PanelistCore

/// Edits text held as grapheme clusters without ever splitting one.
///
/// A terminal delivers what is typed or pasted one Unicode scalar at a time: `e` then U+0301,
/// `⚠` then U+FE0F, `👍` then 🏻, 🇨 then 🇳, 👨 U+200D 👩. Each scalar can join the cluster
/// before it (or, for a regional indicator, re-pair every flag after it), so after each edit the
/// text is segmented again from the cluster before the edit to the end: the editors' characters
/// always equal `Array(text)`, and a cursor (a cluster index) can never point inside a cluster.
enum ClusterSplice {
    /// Replaces the clusters in `range` with `text`; returns the cluster index just after the
    /// inserted text (the first cluster boundary at or after its last scalar).
    static func replace(_ characters: inout [Character], _ range: Range<Int>, with text: String) -> Int {
        let lower = max(0, min(range.lowerBound, characters.count))
        let upper = max(lower, min(range.upperBound, characters.count))
        // The cluster before the edit may absorb what is inserted (a mark, a modifier, a ZWJ).
        let start = max(0, lower - 1)
        var tail = ""
        var target = 0
        for ch in characters[start..<lower] {
            tail.append(ch)
            target += ch.unicodeScalars.count
        }
        tail.append(text)
        target += text.unicodeScalars.count
        for ch in characters[upper...] { tail.append(ch) }
        let clusters = Array(tail)
        characters.replaceSubrange(start..., with: clusters)
        var scalars = 0
        var index = 0
        while scalars < target, index < clusters.count {
            scalars += clusters[index].unicodeScalars.count
            index += 1
        }
        return start + index
    }

    /// Cells taken by the clusters in `range`.
    static func cells(_ characters: [Character], _ range: Range<Int>) -> Int {
        var used = 0
        for ch in characters[range] { used += DisplayWidth.of(ch) }
        return used
    }
}
