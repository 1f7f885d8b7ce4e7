import Foundation

/// Turns a parsed sheet into journal actions: a three-way comparison of the sheet, the journal
/// state it was exported from, and the journal's state now.
///
/// An entry the sheet changes is appended. An entry the journal changed after the export is
/// kept when the sheet left it as exported, and is an edit conflict when the sheet changes it
/// too (refused unless `force`, with which the sheet wins everywhere). Every action is then
/// validated in order against a scratch copy of the state; nothing is returned unless all pass.
public struct SheetImport: Sendable {
    /// The rubric the sheet is checked against.
    public let rubric: Rubric
    /// The language of problem messages.
    public let lang: Lang

    /// Creates an importer for a rubric, with messages in a language.
    public init(rubric: Rubric, lang: Lang) {
        self.rubric = rubric
        self.lang = lang
    }

    /// The actions to append to the journal `records` (header first), or every problem.
    public func plan(_ sheet: ParsedSheet, records: [JournalRecord], force: Bool = false) throws(SheetFailure) -> SheetImportPlan {
        guard let header = records.first?.header else {
            throw SheetFailure([SheetProblem(line: 0, message: lang.pick("日志没有头记录", "the journal has no header record"))])
        }
        try checkHeader(sheet.header, header)
        let scope = SheetScope(rubric: rubric, profile: header.profile)
        let current = ReviewState.replay(records)
        if current.isSignedOff {
            throw SheetFailure([SheetProblem(line: 0, message: lang.pick(
                "评审已签署，不能导入；如需修改，请先重新打开（reopen）并说明理由。",
                "the review is signed off and cannot take an import; reopen it first, with a reason"))])
        }
        // The state the sheet was exported from: the journal up to the sheet's head, or nothing.
        var baseCount = 1
        if let head = sheet.header.head, head.seq < records.count, records[head.seq].sum == head.sum {
            baseCount = head.seq + 1
        }
        let base = ReviewState.replay(records.prefix(baseCount))
        let touched = Set(records.dropFirst(baseCount).compactMap { $0.action.flatMap(SheetKey.of) })

        let before = SheetEntries.from(base, scope: scope).values
        let now = SheetEntries.from(current, scope: scope).values
        let wanted = sheet.entries.values
        var keys = Set(now.keys).union(wanted.keys).filter { sheet.blocks.contains($0.target) || $0 == .scenarios }
        keys = keys.filter { wanted[$0] != nil || Self.clearable($0) }
        let ordered = keys.sorted { a, b in
            let la = sheet.entries.lines[a] ?? Int.max, lb = sheet.entries.lines[b] ?? Int.max
            return la != lb ? la < lb : String(describing: a) < String(describing: b)
        }

        var planned: [(SheetKey, JournalAction, Int)] = []
        var kept: [SheetKey] = []
        var conflicts: [SheetKey] = []
        for key in ordered {
            let want = wanted[key], have = now[key]
            if want == have { continue }
            if touched.contains(key) && !force {
                if want == before[key] { kept.append(key); continue }
                conflicts.append(key)
                continue
            }
            for action in actions(key, from: have, to: want, scope: scope) {
                planned.append((key, action, sheet.entries.lines[key] ?? 0))
            }
        }
        if !conflicts.isEmpty {
            let targets = Self.targets(conflicts).map { $0.isEmpty ? lang.pick("总体意见/场景", "overall/scenarios") : $0 }
            let at = sheet.header.head.map { "\($0.seq)" } ?? "0"
            throw SheetFailure([SheetProblem(line: 0, message: lang.pick(
                "编辑冲突：评分表导出（日志第 \(at) 条记录）之后，日志中以下各项又有修改，而评分表也改动了它们：\(targets.joined(separator: ", "))。请重新导出评分表后再填写，或用 --force 以评分表为准覆盖日志中的这些修改。",
                "edit conflict: after this sheet was exported (at journal record \(at)) the journal changed \(targets.joined(separator: ", ")), and the sheet changes them too. Export a new sheet and fill it again, or import with --force to let the sheet overwrite those changes."))])
        }

        // Validate every action in order against a scratch copy; collect every problem.
        let validator = ActionValidator(rubric: rubric, profile: header.profile, lang: lang)
        var scratch = current
        var problems: [SheetProblem] = []
        var accepted: [(SheetKey, JournalAction, Int)] = []
        // A ratio's part refused against the other part's old value (local 420 of an old total 200,
        // where the sheet also sets the total to 1000) is tried again once the rest is applied.
        var deferred: [(SheetKey, JournalAction, Int)] = []
        for entry in planned {
            if let problem = validator.problem(with: entry.1, state: scratch) {
                if Self.isRatioPart(entry.1, rubric: rubric) { deferred.append(entry) } else { problems.append(SheetProblem(line: entry.2, message: problem)) }
                continue
            }
            scratch.apply(entry.1, time: Date(timeIntervalSince1970: 0), seq: scratch.lastSeq + 1)
            accepted.append(entry)
        }
        for entry in deferred {
            if let problem = validator.problem(with: entry.1, state: scratch) {
                problems.append(SheetProblem(line: entry.2, message: problem))
                continue
            }
            scratch.apply(entry.1, time: Date(timeIntervalSince1970: 0), seq: scratch.lastSeq + 1)
            accepted.append(entry)
        }
        if !problems.isEmpty { throw SheetFailure(problems.sorted { $0.line < $1.line }) }
        return SheetImportPlan(actions: accepted.map(\.1), lines: accepted.map(\.2), kept: kept)
    }

    /// Whether an action sets a number that a ratio of its indicator reads (004's local and total).
    static func isRatioPart(_ action: JournalAction, rubric: Rubric) -> Bool {
        guard case .number(let indicator, let number, _, _) = action, let node = rubric.node(indicator) else { return false }
        return node.numbers.contains { $0.ratio?.numerator == number || $0.ratio?.denominator == number }
    }

    /// Whether an empty sheet field clears the entry (ticks, counts and coverage cannot be un-answered).
    static func clearable(_ key: SheetKey) -> Bool {
        switch key {
        case .ticks, .count, .scenarios: return false
        default: return true
        }
    }

    /// Distinct targets of keys, in first-seen order.
    static func targets(_ keys: [SheetKey]) -> [String] {
        var seen: [String] = []
        for key in keys where !seen.contains(key.target) { seen.append(key.target) }
        return seen
    }

    func checkHeader(_ sheet: SheetHeader, _ journal: JournalHeader) throws(SheetFailure) {
        var problems: [SheetProblem] = []
        if sheet.rubric.id != journal.rubric.id || sheet.rubric.sha256 != journal.rubric.sha256 {
            problems.append(SheetProblem(line: 0, message: lang.pick(
                "评分表针对细则 \(sheet.rubric.id)（sha256 \(sheet.rubric.sha256.prefix(12))…），日志针对 \(journal.rubric.id)（sha256 \(journal.rubric.sha256.prefix(12))…）",
                "the sheet is for rubric \(sheet.rubric.id) (sha256 \(sheet.rubric.sha256.prefix(12))…), the journal for \(journal.rubric.id) (sha256 \(journal.rubric.sha256.prefix(12))…)")))
        }
        if sheet.application.id != journal.application.id || sheet.application.sha256 != journal.application.sha256 {
            problems.append(SheetProblem(line: 0, message: lang.pick(
                "评分表针对申报 \(sheet.application.id)（sha256 \(sheet.application.sha256.prefix(12))…），日志针对 \(journal.application.id)（sha256 \(journal.application.sha256.prefix(12))…）",
                "the sheet is for application \(sheet.application.id) (sha256 \(sheet.application.sha256.prefix(12))…), the journal for \(journal.application.id) (sha256 \(journal.application.sha256.prefix(12))…)")))
        }
        if sheet.variant != journal.profile.variant {
            problems.append(SheetProblem(line: 0, message: lang.pick(
                "评分表的类型是 \(sheet.variant ?? "-")，日志的类型是 \(journal.profile.variant ?? "-")",
                "the sheet's variant is \(sheet.variant ?? "-"), the journal's \(journal.profile.variant ?? "-")")))
        }
        if !problems.isEmpty { throw SheetFailure(problems) }
    }

    /// The actions that take an entry from one value to another.
    func actions(_ key: SheetKey, from old: SheetValue?, to new: SheetValue?, scope: SheetScope) -> [JournalAction] {
        switch key {
        case let .choice(i, p):
            if case .option(let o)? = new { return [.choose(indicator: i, part: p, option: o)] }
            return [.choose(indicator: i, part: p, option: nil)]
        case let .ticks(i, p):
            guard case .items(let want)? = new else { return [] }
            var have: Set<String>?
            if case .items(let h)? = old { have = h }
            let h = have ?? []
            var out: [JournalAction] = []
            for id in want.subtracting(h).sorted() { out.append(.tick(indicator: i, part: p, item: id, on: true)) }
            for id in h.subtracting(want).sorted() { out.append(.tick(indicator: i, part: p, item: id, on: false)) }
            if want.isEmpty, have == nil, let node = rubric.node(i), let part = node.part(p),
               case .checklist(_, let items) = part.rule, let first = items.first {
                out.append(.tick(indicator: i, part: p, item: first.id, on: false))  // answered: none found
            }
            return out
        case let .number(i, n):
            if case .decimal(let d)? = new { return [.number(indicator: i, number: n, value: d)] }
            return [.number(indicator: i, number: n, value: nil)]
        case let .count(i, p, l):
            if case .count(let c)? = new { return [.count(indicator: i, part: p, line: l, count: c)] }
            return []
        case let .points(i, p):
            if case .decimal(let d)? = new { return [.points(indicator: i, part: p, points: d)] }
            return [.points(indicator: i, part: p, points: nil)]
        case .scenarios:
            guard case .scenarios(let ids, let other)? = new else { return [] }
            let order = rubric.scenarioTable?.allScenarios.map(\.scenario.id).filter { ids.contains($0) } ?? ids.sorted()
            return [.scenarios(ids: order, other: other)]
        case let .gate(g):
            if case .gate(let v, let r)? = new { return [.gate(gate: g, verdict: v, reason: r)] }
            return [.gate(gate: g, verdict: .pending, reason: "")]
        case let .evidence(t, item):
            if case .evidence(let m, let n)? = new { return [.evidence(target: t, item: item, mark: m, note: n)] }
            return [.evidence(target: t, item: item, mark: nil, note: "")]
        case let .comment(t):
            if case .text(let text)? = new { return [.comment(target: t, text: text)] }
            return [.comment(target: t, text: "")]
        }
    }
}
