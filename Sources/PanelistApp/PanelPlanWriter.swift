import PanelistCore

/// Writes a panel file (`panelist-panel/1`) from a plan, e.g. the chair's copy with keys pinned and applications beside it.
public enum PanelPlanWriter {
    /// The YAML text; every string is written JSON-quoted, which YAML reads as written.
    public static func yaml(_ plan: PanelPlan, applications: [String]) -> String {
        var out = "# Written by panelist \(PanelistVersion.current) for the chair; the office's panel with keys pinned.\n"
        out += "format: \(PanelPlanLoader.formatTag)\n"
        out += "id: \(q(plan.id))\n"
        out += "title: \(q(plan.title))\n"
        out += "rubric: \(q(plan.rubricID))\n"
        if let deadline = plan.deadline { out += "deadline: \(q(deadline))\n" }
        if !plan.note.isEmpty { out += "note: \(q(plan.note))\n" }
        out += "chair:\n" + member(plan.chair, indent: "  ")
        out += "reviewers:\n"
        for r in plan.reviewers { out += "  -\n" + member(r, indent: "    ") }
        out += "applications:\n"
        for a in applications { out += "  - \(q(a))\n" }
        return out
    }

    static func member(_ m: PanelMember, indent: String) -> String {
        var out = "\(indent)name: \(q(m.name))\n"
        if let key = m.key { out += "\(indent)key: \(q(key))\n" }
        if let apps = m.applications { out += "\(indent)applications: [\(apps.map(q).joined(separator: ", "))]\n" }
        if !m.conflicts.isEmpty {
            out += "\(indent)conflicts:\n"
            for c in m.conflicts { out += "\(indent)  - {application: \(q(c.application)), reason: \(q(c.reason))}\n" }
        }
        return out
    }

    /// A JSON (and so YAML) double-quoted string.
    static func q(_ text: String) -> String { Quoted.string(text) }
}
