import PanelistCore

extension ReviewSession {
    /// The visible rows: gates, the rubric tree (expanded nodes open) and the overall opinion.
    public func treeRows(lang: Lang) -> [TreeRow] {
        var rows: [TreeRow] = []
        let variant = profile.variant
        let gates = sheet.gates.filter(\.applicable)
        if !gates.isEmpty {
            let open = view.expanded.contains(.gatesGroup)
            let failed = gates.contains { $0.verdict == .fail }
            let pending = gates.filter { $0.verdict == .pending }.count
            rows.append(TreeRow(key: .gatesGroup, depth: 0, label: lang.pick("门槛条件", "Gates"), hasChildren: true, expanded: open,
                                points: "\(gates.count - pending)/\(gates.count)",
                                mark: failed ? .failed : pending == 0 ? .done : pending == gates.count ? .untouched : .partial))
            if open {
                for result in gates {
                    let title = rubric.gates.first { $0.id == result.id }?.title.text(lang, variant: variant) ?? ""
                    rows.append(TreeRow(key: .gate(result.id), depth: 1, label: "\(result.id) \(title)", hasChildren: false,
                                        expanded: false, points: UIText.verdict(result.verdict, lang: lang),
                                        mark: result.verdict == .fail ? .failed : result.verdict == .pass ? .done : .untouched))
                }
            }
        }
        func walk(_ node: RubricNode, depth: Int) {
            guard let score = sheet.nodes[node.id] else { return }
            let key = TreeKey.node(node.id)
            let open = view.expanded.contains(key)
            let mark: TreeRow.Mark
            switch score.progress {
            case .untouched: mark = .untouched
            case .partial: mark = .partial
            case .done: mark = .done
            case .notApplicable: mark = .notApplicable
            }
            let points = score.progress == .notApplicable ? "-" : score.progress == .untouched && node.children.isEmpty
                ? "-/\(score.cap.plain)" : "\(score.points.plain)/\(score.cap.plain)"
            rows.append(TreeRow(key: key, depth: depth, label: "\(node.id) \(node.title.text(lang, variant: variant))",
                                hasChildren: !node.children.isEmpty, expanded: open, points: points, mark: mark))
            if open { node.children.forEach { walk($0, depth: depth + 1) } }
        }
        rubric.categories.forEach { walk($0, depth: 0) }
        let overall = state.comments[""].map { !$0.isEmpty } ?? false
        rows.append(TreeRow(key: .overall, depth: 0, label: lang.pick("总体意见与签字", "Overall opinion and sign-off"),
                            hasChildren: false, expanded: false, points: state.isSignedOff ? lang.pick("已签字", "signed") : "",
                            mark: state.isSignedOff ? .done : overall ? .partial : .untouched))
        return rows
    }

    /// Every selectable key in full tree order (as if all were expanded), for to-dos and search.
    public var allKeys: [TreeKey] {
        var keys: [TreeKey] = []
        let gates = sheet.gates.filter(\.applicable)
        if !gates.isEmpty {
            keys.append(.gatesGroup)
            keys += gates.map { .gate($0.id) }
        }
        keys += rubric.allNodes.map { .node($0.id) }
        keys.append(.overall)
        return keys
    }

    /// Whether a key still needs work: an open indicator or a pending gate.
    public func needsWork(_ key: TreeKey) -> Bool {
        switch key {
        case .gate(let id):
            return sheet.gates.first { $0.id == id }?.verdict == .pending
        case .node(let id):
            guard let node = rubric.node(id), node.children.isEmpty else { return false }
            let progress = sheet.nodes[id]?.progress
            return progress == .untouched || progress == .partial
        case .gatesGroup, .overall:
            return false
        }
    }

    /// The ancestors of a key (tree keys that must be expanded for it to show).
    public func ancestors(of key: TreeKey) -> [TreeKey] {
        switch key {
        case .gate: return [.gatesGroup]
        case .gatesGroup, .overall: return []
        case .node(let id):
            var path: [TreeKey] = []
            func find(_ nodes: [RubricNode], trail: [TreeKey]) -> Bool {
                for node in nodes {
                    if node.id == id { path = trail; return true }
                    if find(node.children, trail: trail + [.node(node.id)]) { return true }
                }
                return false
            }
            _ = find(rubric.categories, trail: [])
            return path
        }
    }

    /// The journal's comment target of a tree row: the node or gate id, `""` for the overall opinion.
    public static func commentTarget(_ key: TreeKey) -> String? {
        switch key {
        case .node(let id): return id
        case .overall: return ""
        case .gate, .gatesGroup: return nil
        }
    }
}

extension ReviewSession {
    /// Selects a tree row, expanding its ancestors; a new row starts at the top of its text and
    /// on its first field.
    mutating func select(_ key: TreeKey) {
        for ancestor in ancestors(of: key) { view.expanded.insert(ancestor) }
        guard view.selected != key else { return }
        view.selected = key
        view.textScroll = 0
        view.panelScroll = 0
        view.field = -1
    }
}
