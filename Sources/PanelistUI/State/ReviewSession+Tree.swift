import PanelistCore

extension ReviewSession {
    /// Tree row key of the gates group.
    public static let gatesKey = "group:gates"
    /// Tree row key of the overall opinion.
    public static let overallKey = "overall"

    /// The visible rows: gates, the rubric tree (expanded nodes open) and the overall opinion.
    public func treeRows(lang: Lang) -> [TreeRow] {
        var rows: [TreeRow] = []
        let variant = profile.variant
        let gates = sheet.gates.filter(\.applicable)
        if !gates.isEmpty {
            let open = view.expanded.contains(Self.gatesKey)
            let failed = gates.contains { $0.verdict == .fail }
            let pending = gates.filter { $0.verdict == .pending }.count
            rows.append(TreeRow(key: Self.gatesKey, depth: 0, label: lang.pick("门槛条件", "Gates"), hasChildren: true, expanded: open,
                                points: "\(gates.count - pending)/\(gates.count)",
                                mark: failed ? .failed : pending == 0 ? .done : pending == gates.count ? .untouched : .partial))
            if open {
                for result in gates {
                    let gate = rubric.gates.first { $0.id == result.id }
                    let title = gate?.title.text(lang, variant: variant) ?? result.id
                    let verdict: String
                    switch result.verdict {
                    case .pass: verdict = lang.pick("通过", "pass")
                    case .fail: verdict = lang.pick("不通过", "fail")
                    case .pending: verdict = lang.pick("待核", "open")
                    }
                    rows.append(TreeRow(key: "gate:\(result.id)", depth: 1, label: "\(result.id) \(title)", hasChildren: false,
                                        expanded: false, points: verdict,
                                        mark: result.verdict == .fail ? .failed : result.verdict == .pass ? .done : .untouched))
                }
            }
        }
        func walk(_ node: RubricNode, depth: Int) {
            guard let score = sheet.nodes[node.id] else { return }
            let open = view.expanded.contains(node.id)
            let mark: TreeRow.Mark
            switch score.progress {
            case .untouched: mark = .untouched
            case .partial: mark = .partial
            case .done: mark = .done
            case .notApplicable: mark = .notApplicable
            }
            let points = score.progress == .notApplicable ? "-" : score.progress == .untouched && node.children.isEmpty
                ? "-/\(score.cap.plain)" : "\(score.points.plain)/\(score.cap.plain)"
            rows.append(TreeRow(key: node.id, depth: depth, label: "\(node.id) \(node.title.text(lang, variant: variant))",
                                hasChildren: !node.children.isEmpty, expanded: open, points: points, mark: mark))
            if open { node.children.forEach { walk($0, depth: depth + 1) } }
        }
        rubric.categories.forEach { walk($0, depth: 0) }
        let overall = state.comments[""].map { !$0.isEmpty } ?? false
        rows.append(TreeRow(key: Self.overallKey, depth: 0, label: lang.pick("总体意见与签字", "Overall opinion and sign-off"),
                            hasChildren: false, expanded: false, points: state.isSignedOff ? lang.pick("已签字", "signed") : "",
                            mark: state.isSignedOff ? .done : overall ? .partial : .untouched))
        return rows
    }

    /// Every selectable key in full tree order (as if all were expanded), for n / p and search.
    public var allKeys: [String] {
        var keys: [String] = []
        if sheet.gates.contains(where: \.applicable) {
            keys.append(Self.gatesKey)
            keys += sheet.gates.filter(\.applicable).map { "gate:\($0.id)" }
        }
        keys += rubric.allNodes.map(\.id)
        keys.append(Self.overallKey)
        return keys
    }

    /// Whether a key still needs work: an open indicator or a pending gate.
    public func needsWork(_ key: String) -> Bool {
        if key.hasPrefix("gate:") {
            let id = String(key.dropFirst(5))
            return sheet.gates.first { $0.id == id }?.verdict == .pending
        }
        guard let node = rubric.node(key), node.children.isEmpty else { return false }
        let progress = sheet.nodes[key]?.progress
        return progress == .untouched || progress == .partial
    }

    /// The ancestors of a key (tree keys that must be expanded for it to show).
    public func ancestors(of key: String) -> [String] {
        if key.hasPrefix("gate:") { return [Self.gatesKey] }
        var path: [String] = []
        func find(_ nodes: [RubricNode], trail: [String]) -> Bool {
            for node in nodes {
                if node.id == key { path = trail; return true }
                if find(node.children, trail: trail + [node.id]) { return true }
            }
            return false
        }
        _ = find(rubric.categories, trail: [])
        return path
    }
}
