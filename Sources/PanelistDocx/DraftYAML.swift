import Foundation
import PanelistCore
import Yams

/// Writes a draft as `panelist-application/1` YAML with Yams's emitter, and finds the line each value landed on.
enum DraftYAML {
    /// A step into a YAML node: a mapping key or a sequence index.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// The YAML text, and each value's path with the document location it came from.
    static func write(_ draft: ImportDraft, header: [String]) throws -> (yaml: String, origins: [(path: [Step], origin: DocLocation)]) {
        var origins: [(path: [Step], origin: DocLocation)] = []
        func s(_ text: String) -> Node { .scalar(.init(text, .implicit, text.contains("\n") ? .literal : (text.isEmpty ? .singleQuoted : .any))) }
        func flow(_ pairs: [(String, Node)]) -> Node { .mapping(.init(pairs.map { (s($0.0), $0.1) }, .implicit, .flow)) }
        func block(_ pairs: [(String, Node)]) -> Node { .mapping(.init(pairs.map { (s($0.0), $0.1) }, .implicit, .block)) }
        func list(_ items: [String]) -> Node { .sequence(.init(items.map(s), .implicit, .flow)) }
        func bool(_ value: Bool) -> Node { .scalar(.init(value ? "true" : "false", .implicit, .plain)) }

        var top: [(String, Node)] = [("format", s(ApplicationLoader.formatTag)), ("id", s(draft.id)), ("rubric", s(draft.rubric))]
        if let v = draft.variant { top.append(("variant", s(v.text))); origins.append(([.key("variant")], v.origin)) }
        if let v = draft.title { top.append(("title", s(v.text))); origins.append(([.key("title")], v.origin)) }
        if let v = draft.date { top.append(("date", s(v.text))); origins.append(([.key("date")], v.origin)) }

        var applicant: [(String, Node)] = []
        let order = ["name", "credit_code", "industry", "industry_note", "region", "address", "founded", "ownership"]
        for key in order {
            if let v = draft.applicant.first(where: { $0.key == key })?.value {
                applicant.append((key, s(v.text)))
                origins.append(([.key("applicant"), .key(key)], v.origin))
            } else if key == "name" || key == "credit_code" {
                applicant.append((key, s("")))
            }
        }
        for role in FormTarget.personRoles {
            let keys = draft.people.filter { $0.role == role }
            guard !keys.isEmpty else { continue }
            var person: [(String, Node)] = []
            for key in FormTarget.personKeys {
                if let v = keys.first(where: { $0.key == key })?.value {
                    person.append((key, s(v.text)))
                } else if key == "name" {
                    person.append((key, s("")))
                }
            }
            applicant.append((role, flow(person)))
            if let first = keys.first { origins.append(([.key("applicant"), .key(role)], first.value.origin)) }
        }
        top.append(("applicant", block(applicant)))

        if !draft.attributes.isEmpty {
            top.append(("attributes", block(draft.attributes.map { ($0.id, s($0.value.text)) })))
            for a in draft.attributes { origins.append(([.key("attributes"), .key(a.id)], a.value.origin)) }
        }
        if !draft.facts.isEmpty {
            top.append(("facts", block(draft.facts.map { ($0.id, s($0.value.text)) })))
            for f in draft.facts { origins.append(([.key("facts"), .key(f.id)], f.value.origin)) }
        }
        if !draft.numbers.isEmpty {
            var byIndicator: [(String, [(String, Node)])] = []
            for n in draft.numbers {
                if let i = byIndicator.firstIndex(where: { $0.0 == n.indicator }) {
                    byIndicator[i].1.append((n.id, s(n.value.text)))
                } else {
                    byIndicator.append((n.indicator, [(n.id, s(n.value.text))]))
                }
                origins.append(([.key("numbers"), .key(n.indicator)], n.value.origin))
            }
            top.append(("numbers", block(byIndicator.map { ($0.0, flow($0.1)) })))
        }
        if !draft.kpis.isEmpty {
            var items: [Node] = []
            for (i, k) in draft.kpis.enumerated() {
                var pairs: [(String, Node)] = [("title", s(k.title)), ("value", s(k.value.text))]
                if k.starred { pairs.append(("starred", bool(true))) }
                if !k.note.isEmpty { pairs.append(("note", s(k.note))) }
                items.append(flow(pairs))
                origins.append(([.key("kpis"), .index(i)], k.value.origin))
            }
            top.append(("kpis", .sequence(.init(items, .implicit, .block))))
        }
        if !draft.sections.isEmpty {
            var items: [Node] = []
            for (i, section) in draft.sections.enumerated() {
                var pairs: [(String, Node)] = [("id", s(section.id)), ("title", s(section.title))]
                if !section.indicators.isEmpty { pairs.append(("indicators", list(section.indicators))) }
                let text = section.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
                pairs.append(("text", .scalar(.init(text, .implicit, .literal))))
                items.append(block(pairs))
                origins.append(([.key("sections"), .index(i)], section.origin))
            }
            top.append(("sections", .sequence(.init(items, .implicit, .block))))
        }
        if !draft.scenarios.isEmpty {
            var items: [Node] = []
            for (i, sc) in draft.scenarios.enumerated() {
                var pairs: [(String, Node)] = []
                if let v = sc.segment { pairs.append(("segment", s(v))) }
                if let v = sc.scenario { pairs.append(("scenario", s(v))) }
                if let v = sc.other { pairs.append(("other", s(v))) }
                pairs.append(("instance", s(sc.instance)))
                if let v = sc.section { pairs.append(("section", s(v))) }
                items.append(flow(pairs))
                origins.append(([.key("scenarios"), .index(i)], sc.origin))
            }
            top.append(("scenarios", .sequence(.init(items, .implicit, .block))))
        }
        if !draft.tables.isEmpty {
            var items: [Node] = []
            for (i, t) in draft.tables.enumerated() {
                var pairs: [(String, Node)] = [("id", s(t.id)), ("title", s(t.title))]
                if !t.indicators.isEmpty { pairs.append(("indicators", list(t.indicators))) }
                pairs.append(("columns", list(t.columns)))
                pairs.append(("rows", .sequence(.init(t.rows.map(list), .implicit, .block))))
                items.append(block(pairs))
                origins.append(([.key("tables"), .index(i)], t.origin))
                for (r, origin) in t.rowOrigins.enumerated() { origins.append(([.key("tables"), .index(i), .key("rows"), .index(r)], origin)) }
            }
            top.append(("tables", .sequence(.init(items, .implicit, .block))))
        }
        if !draft.evidence.isEmpty {
            var items: [Node] = []
            for (i, e) in draft.evidence.enumerated() {
                var pairs: [(String, Node)] = [("for", s(e.target)), ("file", s(e.file))]
                if !e.description.isEmpty { pairs.append(("description", s(e.description))) }
                if !e.page.isEmpty { pairs.append(("page", s(e.page))) }
                items.append(flow(pairs))
                origins.append(([.key("evidence"), .index(i)], e.origin))
            }
            top.append(("evidence", .sequence(.init(items, .implicit, .block))))
        }
        let body = try Yams.serialize(node: block(top), indent: 2, width: -1, allowUnicode: true)
        let comments = header.map { "# " + $0 }.joined(separator: "\n")
        return (comments.isEmpty ? body : comments + "\n" + body, origins)
    }

    /// The 1-based line of each path in `yaml`.
    static func lines(of paths: [[Step]], in yaml: String) -> [[Step]: Int] {
        guard let root = try? Yams.compose(yaml: yaml) else { return [:] }
        var out: [[Step]: Int] = [:]
        for path in paths {
            var node: Node? = root
            for step in path {
                switch (step, node) {
                case (.key(let key), .mapping(let m)?): node = m.first { $0.key.string == key }?.value
                case (.index(let i), .sequence(let seq)?): node = seq.indices.contains(i) ? seq[i] : nil
                default: node = nil
                }
            }
            if let line = node?.mark?.line { out[path] = line }
        }
        return out
    }
}
