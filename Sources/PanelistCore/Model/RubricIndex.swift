/// The nodes of a rubric's tree in rubric order and by id, kept beside the tree so that the
/// screen's per-keystroke questions (a node by id, whether any figure is a default) do not walk
/// and copy the whole tree each time. `Rubric` rebuilds it whenever its categories change.
struct RubricIndex: Sendable, Equatable {
    /// Every node in depth-first (rubric) order.
    let ordered: [RubricNode]
    /// The position in `ordered` of each id (the first node with that id).
    let position: [String: Int]
    /// Whether any node's figures are Panelist defaults.
    let hasDefault: Bool

    /// Indexes a tree of categories.
    init(_ categories: [RubricNode]) {
        var ordered: [RubricNode] = []
        func walk(_ node: RubricNode) {
            ordered.append(node)
            node.children.forEach(walk)
        }
        categories.forEach(walk)
        var position: [String: Int] = [:]
        for (i, node) in ordered.enumerated() where position[node.id] == nil { position[node.id] = i }
        self.ordered = ordered
        self.position = position
        self.hasDefault = ordered.contains { $0.isDefault }
    }

    /// The node with an id, if the tree has one.
    func node(_ id: String) -> RubricNode? { position[id].map { ordered[$0] } }

    /// Derived from the tree: two indexes of the same tree are equal, so `Rubric`'s equality is the tree's.
    static func == (a: RubricIndex, b: RubricIndex) -> Bool { true }
}
