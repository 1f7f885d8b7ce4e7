/// An evidence document of an indicator or gate: (target id, evidence item id).
public struct EvidenceKey: Sendable, Hashable, Comparable {
    /// Indicator or gate id.
    public var target: String
    /// Evidence item id (`E1`, `E2`… as the rubric loader numbers them).
    public var item: String

    /// Creates a key.
    public init(target: String, item: String) {
        self.target = target
        self.item = item
    }

    /// Orders by target, then item.
    public static func < (a: EvidenceKey, b: EvidenceKey) -> Bool { (a.target, a.item) < (b.target, b.item) }
}
