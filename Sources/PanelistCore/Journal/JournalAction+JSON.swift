import Foundation

/// The JSON fields of an action (without seq, time, prev and sum).
extension JournalAction {
    /// The action's fields, `type` included.
    public var fields: [String: JSONValue] {
        var f: [String: JSONValue] = ["type": .string(typeName)]
        func dec(_ d: Decimal?) -> JSONValue { d.map { .string($0.plain) } ?? .null }
        switch self {
        case let .tick(indicator, part, item, on):
            f["indicator"] = .string(indicator); f["part"] = .string(part); f["item"] = .string(item); f["on"] = .bool(on)
        case let .choose(indicator, part, option):
            f["indicator"] = .string(indicator); f["part"] = .string(part); f["option"] = option.map { .string($0) } ?? .null
        case let .number(indicator, number, value, reason):
            f["indicator"] = .string(indicator); f["number"] = .string(number); f["value"] = dec(value)
            if let reason { f["reason"] = .string(reason) }  // written only when given: older records keep their bytes
        case let .count(indicator, part, line, count):
            f["indicator"] = .string(indicator); f["part"] = .string(part); f["line"] = .string(line); f["count"] = .int(count)
        case let .points(indicator, part, points):
            f["indicator"] = .string(indicator); f["part"] = .string(part); f["points"] = dec(points)
        case let .scenarios(ids, other):
            f["ids"] = .array(ids.map { .string($0) }); f["other"] = .int(other)
        case let .gate(gate, verdict, reason):
            f["gate"] = .string(gate); f["verdict"] = .string(verdict.rawValue); f["reason"] = .string(reason)
        case let .evidence(target, item, mark, note):
            f["target"] = .string(target); f["item"] = .string(item)
            f["mark"] = mark.map { .string($0.rawValue) } ?? .null; f["note"] = .string(note)
        case let .comment(target, text):
            f["target"] = .string(target); f["text"] = .string(text)
        case let .recuse(reason):
            f["reason"] = .string(reason)
        case let .signoff(head, signature, fingerprint):
            f["head"] = .string(head); f["signature"] = .string(signature); f["fingerprint"] = .string(fingerprint)
        case let .reopen(reason):
            f["reason"] = .string(reason)
        case let .resolve(application, indicator, value, reason):
            f["application"] = .string(application); f["indicator"] = .string(indicator)
            f["value"] = .string(value.plain); f["reason"] = .string(reason)
        }
        return f
    }

    /// Decodes an action from a record's JSON object.
    public init(json v: JSONValue) throws(JournalDecodeError) {
        let type = try v.str("type")
        switch type {
        case "tick":
            self = .tick(indicator: try v.str("indicator"), part: try v.str("part"), item: try v.str("item"), on: try v.bool("on"))
        case "choose":
            self = .choose(indicator: try v.str("indicator"), part: try v.str("part"), option: try v.optStr("option"))
        case "number":
            self = .number(indicator: try v.str("indicator"), number: try v.str("number"), value: try v.optDecimal("value"),
                           reason: try v.optStr("reason"))
        case "count":
            self = .count(indicator: try v.str("indicator"), part: try v.str("part"), line: try v.str("line"), count: try v.int("count"))
        case "points":
            self = .points(indicator: try v.str("indicator"), part: try v.str("part"), points: try v.optDecimal("points"))
        case "scenarios":
            guard case .array(let items)? = v["ids"] else { throw JournalDecodeError("field 'ids' must be an array of strings") }
            var ids: [String] = []
            for item in items {
                guard let s = item.stringValue else { throw JournalDecodeError("field 'ids' must be an array of strings") }
                ids.append(s)
            }
            self = .scenarios(ids: ids, other: try v.int("other"))
        case "gate":
            let raw = try v.str("verdict")
            guard let verdict = GateVerdict(rawValue: raw) else { throw JournalDecodeError("field 'verdict' must be pass, fail or pending, not '\(raw)'") }
            self = .gate(gate: try v.str("gate"), verdict: verdict, reason: try v.str("reason"))
        case "evidence":
            var mark: EvidenceMark?
            if let raw = try v.optStr("mark") {
                guard let m = EvidenceMark(rawValue: raw) else { throw JournalDecodeError("field 'mark' must be seen, missing, doubtful or null, not '\(raw)'") }
                mark = m
            }
            self = .evidence(target: try v.str("target"), item: try v.str("item"), mark: mark, note: try v.str("note"))
        case "comment":
            self = .comment(target: try v.str("target"), text: try v.str("text"))
        case "recuse":
            self = .recuse(reason: try v.str("reason"))
        case "signoff":
            self = .signoff(head: try v.str("head"), signature: try v.str("signature"), fingerprint: try v.str("fingerprint"))
        case "reopen":
            self = .reopen(reason: try v.str("reason"))
        case "resolve":
            guard let value = try v.optDecimal("value") else { throw JournalDecodeError("field 'value' must be a decimal string such as \"7.5\"") }
            self = .resolve(application: try v.str("application"), indicator: try v.str("indicator"), value: value, reason: try v.str("reason"))
        default:
            throw JournalDecodeError("unknown record type '\(type)'")
        }
    }
}
