import Foundation
import Yams

/// Reads a panel file (`panelist-panel/1`), reporting every problem with file, line and column.
public struct PanelPlanLoader {
    /// The format tag a panel file must declare.
    public static let formatTag = "panelist-panel/1"

    /// Parses a panel file; returns the plan when there were no errors.
    public static func load(yaml: String, file: String) -> (plan: PanelPlan?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        guard let node = YAMLDocument.compose(yaml, file: file, emptyHint: "a panel file starts with 'format: \(formatTag)'", into: sink) else {
            return (nil, sink.diagnostics)
        }
        let reader = PanelPlanLoader(sink: sink)
        let plan = sink.attempt { try reader.plan(YAMLValue(node: node, file: file)) }
        return (sink.hasErrors ? nil : plan, sink.diagnostics)
    }

    let sink: DiagnosticSink

    func plan(_ value: YAMLValue) throws -> PanelPlan {
        let map = try value.map(allowed: ["format", "id", "title", "rubric", "deadline", "note", "chair", "reviewers", "applications"],
                                sink: sink, context: "the panel")
        let format = try map.require("format", hint: "add 'format: \(Self.formatTag)' as the first line").string()
        guard format == Self.formatTag else {
            throw try map.require("format").error("unsupported format '\(format)'; this version of panelist reads '\(Self.formatTag)'")
        }
        let id = try map.require("id", hint: "add a stable id such as 'zz-2024-panel-a'").identifier()
        let title = try map["title"]?.string() ?? id
        let rubric = try map.require("rubric", hint: "name the rubric, e.g. 'rubric: zhuzhou-benchmark'").identifier()
        var deadline: String?
        if let d = map["deadline"] {
            let text = try d.string()
            guard Self.isDate(text) else { throw d.error("'\(text)' is not a date; write the deadline as YYYY-MM-DD, e.g. 2026-12-15") }
            deadline = text
        }
        let note = try map["note"]?.string() ?? ""
        let chair = try member(map.require("chair", hint: "name the chair (组长), e.g. 'chair: 王建国'"), role: "the chair")
        let reviewersValue = try map.require("reviewers", hint: "list the experts under 'reviewers:', each with '- name: …'")
        let reviewers = try reviewersValue.list().compactMap { item in sink.attempt { try member(item, role: "a reviewer") } }
        guard !reviewers.isEmpty else { throw reviewersValue.error("the panel has no reviewers; list at least one under 'reviewers:'") }
        var names: [String: SourceLocation] = [:]
        for r in reviewers {
            if let first = names[r.name] {
                sink.add(Diagnostic(.error, r.location, "two reviewers are named '\(r.name)' (first at line \(first.line)); give each a distinct name, e.g. with the employer in brackets"))
            }
            names[r.name] = r.location
        }
        var keys: [String: String] = [:]
        for r in reviewers + [chair] {
            guard let key = r.key else { continue }
            if let other = keys[key], other != r.name {
                sink.add(Diagnostic(.error, r.location, "the key \(key) is pinned for both '\(other)' and '\(r.name)'; each person has their own key"))
            }
            keys[key] = r.name
        }
        let applicationsValue = try map.require("applications", hint: "list the application files under 'applications:'")
        let applications = try applicationsValue.stringList()
        guard !applications.isEmpty else { throw applicationsValue.error("the panel has no applications; list the application files under 'applications:'") }
        return PanelPlan(id: id, title: title, rubricID: rubric, deadline: deadline, note: note, chair: chair, reviewers: reviewers,
                         applications: applications, location: value.location)
    }

    func member(_ value: YAMLValue, role: String) throws -> PanelMember {
        if value.isScalar {
            let name = try value.string().trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw value.error("\(role) has an empty name") }
            return PanelMember(name: name, location: value.location)
        }
        let map = try value.map(allowed: ["name", "key", "applications", "conflicts"], sink: sink, context: role)
        let nameValue = try map.require("name", hint: "write the person's name, e.g. 'name: 李明'")
        let name = try nameValue.string().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw nameValue.error("\(role) has an empty name") }
        var key: String?
        if let k = map["key"] {
            let text = try k.string()
            let normal = JournalSigning.normalise(text)
            guard normal.count == 19 else {
                throw k.error("'\(text)' is not a key fingerprint; write the 16 hex digits 'panelist' prints, e.g. 3bbe-87f6-e187-2aa9")
            }
            key = normal
        }
        let applications = try map["applications"].map { try $0.stringList() }
        var conflicts: [PanelConflict] = []
        if let list = map["conflicts"] {
            for item in try list.list() {
                if item.isScalar {
                    conflicts.append(PanelConflict(application: try item.identifier(), reason: ""))
                } else if let c = sink.attempt({ () throws -> PanelConflict in
                    let m = try item.map(allowed: ["application", "reason"], sink: sink, context: "a conflict of interest")
                    return PanelConflict(application: try m.require("application").identifier(), reason: try m["reason"]?.string() ?? "")
                }) {
                    conflicts.append(c)
                }
            }
        }
        return PanelMember(name: name, key: key, applications: applications, conflicts: conflicts, location: value.location)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }
}
