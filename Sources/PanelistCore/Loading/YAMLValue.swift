import Foundation
import Yams

/// A YAML node with its file, read through typed accessors that report line and column.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: String) -> Diagnostic { Diagnostic(.error, location, message) }

    var isScalar: Bool { if case .scalar = node { return true } else { return false } }
    var isMapping: Bool { if case .mapping = node { return true } else { return false } }

    /// The scalar's text.
    func string() throws -> String {
        guard case .scalar(let scalar) = node else {
            throw error("expected a text value here, found a \(kindName); write it as a single line or a quoted string")
        }
        return scalar.string
    }

    /// A non-empty identifier (letters, digits, `.`, `-`, `_`).
    func identifier() throws -> String {
        let text = try string()
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ allowed.contains($0) }) else {
            throw error("'\(text)' is not a valid id; use letters, digits, '.', '-' or '_' (e.g. 2.3 or raw_materials)")
        }
        return text
    }

    /// An exact decimal number.
    func decimal() throws -> Decimal {
        let text = try string()
        guard let value = Decimal.exact(text) else {
            throw error("'\(text)' is not a number; write digits with an optional decimal point, e.g. 10 or 0.5, without units")
        }
        return value
    }

    /// A whole number ≥ 0.
    func count() throws -> Int {
        let text = try string()
        guard let value = Int(text), value >= 0 else {
            throw error("'\(text)' is not a whole number ≥ 0; write e.g. 3")
        }
        return value
    }

    /// `true` or `false`.
    func bool() throws -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("'\(text)' is not true or false")
        }
    }

    /// The items of a sequence.
    func list() throws -> [YAMLValue] {
        guard case .sequence(let seq) = node else {
            throw error("expected a list here (lines starting with '- '), found a \(kindName)")
        }
        return seq.map { YAMLValue(node: $0, file: file) }
    }

    /// A list of scalars, accepting a single scalar as a one-item list.
    func stringList() throws -> [String] {
        if isScalar { return [try string()] }
        return try list().map { try $0.string() }
    }

    /// A mapping whose keys must come from `allowed`; other keys are reported to `sink`.
    func map(allowed: [String], sink: DiagnosticSink, context: String) throws -> YAMLMap {
        guard case .mapping(let mapping) = node else {
            throw error("expected a mapping of keys (\(allowed.prefix(4).joined(separator: ", ")), …) for \(context), found a \(kindName)")
        }
        var entries: [(key: String, keyValue: YAMLValue, value: YAMLValue)] = []
        var seen: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let keyValue = YAMLValue(node: key, file: file)
            guard case .scalar(let scalar) = key else {
                sink.add(keyValue.error("keys must be plain words"))
                continue
            }
            let name = scalar.string
            if let first = seen[name] {
                sink.add(keyValue.error("key '\(name)' appears twice in \(context) (first at line \(first.line)); keep one"))
                continue
            }
            seen[name] = keyValue.location
            if !allowed.contains(name) {
                var message = "unknown key '\(name)' in \(context)"
                if let guess = YAMLValue.closest(name, in: allowed) {
                    message += "; did you mean '\(guess)'?"
                } else {
                    message += "; allowed keys: \(allowed.joined(separator: ", "))"
                }
                sink.add(keyValue.error(message))
                continue
            }
            entries.append((name, keyValue, YAMLValue(node: value, file: file)))
        }
        return YAMLMap(entries: entries, owner: self, context: context)
    }

    var kindName: String {
        switch node {
        case .scalar: return "text value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    /// The allowed key nearest to a misspelt one, if any is close.
    static func closest(_ word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let d = EditDistance.between(Array(word), Array(candidate))
            if d <= max(1, candidate.count / 3), d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }
}
