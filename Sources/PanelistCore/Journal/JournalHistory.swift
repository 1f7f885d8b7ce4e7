import Foundation

/// A journal's history in human terms: time, what was changed, old → new.
public struct JournalHistory {
    /// The rubric that supplies indicator and gate titles, if any.
    public let rubric: Rubric?
    /// The language of the descriptions.
    public let lang: Lang
    /// The zone times are shown in (UTC unless given; the CLI gives the user's).
    public let timeZone: TimeZone

    /// Creates a history printer; titles come from the rubric when given.
    public init(rubric: Rubric? = nil, lang: Lang, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) {
        self.rubric = rubric
        self.lang = lang
        self.timeZone = timeZone
    }

    /// One line per record.
    public func lines(_ records: [JournalRecord]) -> [String] {
        var state = ReviewState()
        var out: [String] = []
        for record in records {
            out.append("\(time(record.time))  #\(record.seq)  " + describe(record, before: state))
            state.apply(record)
        }
        return out
    }

    /// Local time to the second with its offset (the journal keeps UTC).
    func time(_ date: Date) -> String { LocalTime.stamp(date, in: timeZone, lang: lang) }

    func title(_ id: String) -> String {
        if id.isEmpty { return lang.pick("总体意见", "overall opinion") }
        if let node = rubric?.node(id) { return "\(id) \(node.title.text(lang))" }
        if let gate = rubric?.gates.first(where: { $0.id == id }) { return "\(id) \(gate.title.text(lang))" }
        return id
    }

    func show(_ s: String?) -> String { s.map { $0.isEmpty ? "∅" : $0 } ?? "—" }

    func short(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 40 ? "«" + flat.prefix(40) + "…»" : "«" + flat + "»"
    }

    func describe(_ record: JournalRecord, before s: ReviewState) -> String {
        switch record.entry {
        case .header(let h):
            return lang.pick("创建日志：专家 \(h.reviewer.name)（\(h.reviewer.fingerprint)），细则 \(h.rubric.id)，申报 \(h.application.id)",
                             "journal created: reviewer \(h.reviewer.name) (\(h.reviewer.fingerprint)), rubric \(h.rubric.id), application \(h.application.id)")
        case .action(let action):
            return describe(action, before: s)
        }
    }

    func describe(_ action: JournalAction, before s: ReviewState) -> String {
        let input = { (id: String) in s.inputs[indicator: id] }
        switch action {
        case let .tick(ind, part, item, on):
            let was = input(ind).ticks[part]?.contains(item) == true
            return "\(title(ind)) [\(part)] \(item): \(was ? "☑" : "☐") → \(on ? "☑" : "☐")"
        case let .choose(ind, part, option):
            return "\(title(ind)) [\(part)] " + lang.pick("选项", "option") + ": \(show(input(ind).choices[part])) → \(show(option))"
        case let .number(ind, number, value, reason):
            return "\(title(ind)) \(number): \(show(input(ind).numbers[number]?.plain)) → \(show(value?.plain))" + (reason.map { " \(short($0))" } ?? "")
        case let .count(ind, part, line, count):
            return "\(title(ind)) [\(part)] \(line): \(show(input(ind).counts[part]?[line].map(String.init))) → \(count)"
        case let .points(ind, part, points):
            return "\(title(ind)) [\(part)] " + lang.pick("分值", "points") + ": \(show(input(ind).manual[part]?.plain)) → \(show(points?.plain))"
        case let .scenarios(ids, other):
            let old = s.inputs.coverageConfirmed ? "\(s.inputs.scenarios.count)+\(s.inputs.otherScenarios)" : "—"
            return lang.pick("场景覆盖", "scenario coverage") + ": \(old) → \(ids.count)+\(other) (\(ids.joined(separator: ", ")))"
        case let .gate(gate, verdict, reason):
            return "\(title(gate)): \(show(s.inputs.gates[gate]?.verdict.rawValue)) → \(verdict.rawValue)" + (reason.isEmpty ? "" : " \(short(reason))")
        case let .evidence(target, item, mark, note):
            let old = s.evidence[EvidenceKey(target: target, item: item)]?.mark.rawValue
            return "\(title(target)) " + lang.pick("佐证", "evidence") + " \(item): \(show(old)) → \(show(mark?.rawValue))" + (note.isEmpty ? "" : " \(short(note))")
        case let .comment(target, text):
            return "\(title(target)) " + lang.pick("意见", "comment") + ": \(short(s.comments[target])) → \(short(text))"
        case let .recuse(reason):
            return lang.pick("声明回避", "recusal declared") + " \(short(reason))"
        case let .signoff(head, _, fingerprint):
            return lang.pick("签署", "signed off") + " (\(fingerprint)) " + lang.pick("链头", "head") + " \(head.prefix(16))…"
        case let .reopen(reason):
            return lang.pick("重新打开", "reopened") + " \(short(reason))"
        case let .resolve(application, ind, value, reason):
            return lang.pick("组长裁定", "chair resolution") + " \(application) \(title(ind)): \(value.plain) \(short(reason))"
        case let .heads(journals):
            return lang.pick("记录已合并日志的链头", "merged journals' heads recorded") + ": "
                + journals.map { "\($0.application) \($0.reviewer) #\($0.seq) \($0.head.prefix(12))…" }.joined(separator: "; ")
        }
    }
}
