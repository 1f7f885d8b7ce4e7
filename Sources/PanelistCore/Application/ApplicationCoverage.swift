/// Which indicators and gates an application addresses: a linked section, table, scenario section or evidence.
public enum ApplicationCoverage {
    /// Ids an application addresses (sections, tables and evidence that link to them).
    public static func addressed(_ app: Application) -> Set<String> {
        var ids = Set<String>()
        for section in app.sections { section.indicators.forEach { ids.insert($0.value) } }
        for table in app.tables { table.indicators.forEach { ids.insert($0.value) } }
        for entry in app.evidence { ids.insert(entry.target.value) }
        return ids
    }

    /// Indicators that apply to the applicant and have no linked section and no evidence, in rubric order.
    ///
    /// Tables count as neither: a table states figures, the form asks for a description
    /// or a document for every indicator. Indicators under an addressed parent count as addressed.
    public static func unaddressed(_ rubric: Rubric, _ app: Application) -> [RubricNode] {
        var ids = Set<String>()
        for section in app.sections { section.indicators.forEach { ids.insert($0.value) } }
        for entry in app.evidence { ids.insert(entry.target.value) }
        let profile = app.profile
        var out: [RubricNode] = []
        func walk(_ node: RubricNode, parentAddressed: Bool) {
            guard node.when?.evaluate(profile) != false else { return }
            let here = parentAddressed || ids.contains(node.id)
            if node.isIndicator {
                if !here, node.cap.resolve(profile.variant) != 0 || !node.numbers.isEmpty { out.append(node) }
            } else {
                node.children.forEach { walk($0, parentAddressed: here) }
            }
        }
        rubric.categories.forEach { walk($0, parentAddressed: false) }
        return out
    }

    /// Gates that apply to the applicant and have no linked section and no evidence.
    public static func unaddressedGates(_ rubric: Rubric, _ app: Application) -> [Gate] {
        var ids = Set<String>()
        for section in app.sections { section.indicators.forEach { ids.insert($0.value) } }
        for entry in app.evidence { ids.insert(entry.target.value) }
        let profile = app.profile
        return rubric.gates.filter { $0.when?.evaluate(profile) != false && !ids.contains($0.id) }
    }
}
