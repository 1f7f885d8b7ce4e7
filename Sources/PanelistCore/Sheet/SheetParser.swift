import Foundation

/// Reads a filled score sheet (format in docs/SHEET.md) into entries, or every problem with its line.
///
/// Pure: it checks the sheet against the rubric scope (ids, options, marks, number syntax);
/// limits that depend on the journal (caps, counts) are checked by `SheetImport` with `ActionValidator`.
public struct SheetParser: Sendable {
    /// The gates, indicators and parts the sheet may hold.
    public let scope: SheetScope
    /// The language of problem messages.
    public let lang: Lang

    /// Creates a parser for a scope, with messages in a language.
    public init(scope: SheetScope, lang: Lang) {
        self.scope = scope
        self.lang = lang
    }

    /// The sheet's header and entries, or every problem found.
    public func parse(_ text: String) throws(SheetFailure) -> ParsedSheet {
        try parse(bytes: Array(text.utf8))
    }

    /// Reads a sheet from its bytes: LF or CRLF line ends; a line that is not valid UTF-8 or holds a
    /// NUL is refused with its line and column (nothing is read as U+FFFD).
    public func parse(bytes: [UInt8]) throws(SheetFailure) -> ParsedSheet {
        var lines: [String] = []
        var bad: [SheetProblem] = []
        for (index, raw) in TextLines.split(bytes).enumerated() {
            if let problem = TextLines.problem(raw) {
                bad.append(SheetProblem(line: index + 1, column: problem.column, message: lang.pick(problem.zh, problem.en)))
                lines.append("")
            } else {
                lines.append(TextLines.decode(raw) ?? "")
            }
        }
        if !bad.isEmpty { throw SheetFailure(bad) }
        var run = Run(parser: self)
        run.read(lines: lines)
        if !run.problems.isEmpty { throw SheetFailure(run.problems.sorted { $0.line < $1.line }) }
        return ParsedSheet(header: run.header(), entries: SheetEntries(values: run.values, lines: run.lines), blocks: run.blocks)
    }

    /// Parses the header line `journal: SEQ SUM` etc. and the blocks, line by line.
    struct Run {
        let parser: SheetParser
        var problems: [SheetProblem] = []
        var values: [SheetKey: SheetValue] = [:]
        var lines: [SheetKey: Int] = [:]
        var blocks: Set<String> = []
        var blockLines: [String: Int] = [:]
        var headerFields: [String: String] = [:]

        var block: Block?
        var field: TextField?
        var pendingBlank = 0

        var lang: Lang { parser.lang }
        var scope: SheetScope { parser.scope }

        init(parser: SheetParser) { self.parser = parser }

        enum Block {
            case gate(Gate, Int)
            case indicator(IndicatorBlock)
            case overall(Int)
            case scenarios(Int)
            /// A block with an unknown id, already reported: its lines are skipped.
            case skipped
        }

        /// What has been read of an indicator's block.
        struct IndicatorBlock {
            var node: RubricNode
            var line: Int
            var part: ScoringPart?
            var chosen: [String: [(String, Int)]] = [:]
            var ticked: [String: [(String, Int)]] = [:]
            var checklistSeen: [String: Int] = [:]
            var counts: [String: [(String, Int?, Int)]] = [:]
        }

        /// A multi-line text being read.
        struct TextField {
            var key: SheetKey
            var line: Int
            var lines: [String]
            var kind: Kind
            enum Kind { case comment, reason, note(EvidenceMark?) }
        }

        mutating func problem(_ line: Int, _ zh: String, _ en: String) {
            problems.append(SheetProblem(line: line, message: lang.pick(zh, en)))
        }

        func header() -> SheetHeader {
            func ref(_ key: String) -> JournalDocumentRef {
                let parts = (headerFields[key] ?? "").split(separator: " ").map(String.init)
                let sha = parts.count >= 3 && parts[1] == "sha256" ? parts[2] : ""
                return JournalDocumentRef(id: parts.first ?? "", sha256: sha)
            }
            let variant = headerFields["variant"].flatMap { $0 == "-" || $0.isEmpty ? nil : $0 }
            var reviewer = headerFields["reviewer"] ?? ""
            var fingerprint: String?
            if reviewer.hasSuffix("]"), let open = reviewer.lastIndex(of: "[") {
                fingerprint = String(reviewer[reviewer.index(after: open)..<reviewer.index(before: reviewer.endIndex)])
                reviewer = String(reviewer[..<open]).trimmingCharacters(in: .whitespaces)
            }
            var head: SheetHeader.Head?
            let j = (headerFields["journal"] ?? "").split(separator: " ")
            if j.count == 2, let seq = Int(j[0]) { head = SheetHeader.Head(seq: seq, sum: String(j[1])) }
            return SheetHeader(rubric: ref("rubric"), application: ref("application"), variant: variant,
                               reviewer: reviewer, fingerprint: fingerprint, head: head)
        }

        mutating func read(lines all: [String]) {
            guard all.first?.trimmingCharacters(in: .whitespaces) == "# " + SheetHeader.format else {
                problem(1, "不是 panelist 评分表：第一行必须是 \"# \(SheetHeader.format)\"",
                        "not a panelist sheet: the first line must be \"# \(SheetHeader.format)\"")
                return
            }
            for (index, raw) in all.enumerated().dropFirst() {
                readLine(raw, number: index + 1)
            }
            endField()
            endBlock()
            for key in ["rubric", "application", "journal"] where headerFields[key] == nil {
                problem(0, "表头缺少 \"\(Excerpt.of(key)):\" 行", "the header has no \"\(Excerpt.of(key)):\" line")
            }
        }

        mutating func readLine(_ raw: String, number: Int) {
            if field != nil {
                if raw.trimmingCharacters(in: .whitespaces).isEmpty { pendingBlank += 1; return }
                if raw.hasPrefix(" ") || raw.hasPrefix("\t") {
                    // The indent is stripped by scalar: a space may start a cluster (a space and a mark after it).
                    let scalars = raw.unicodeScalars
                    let indent = scalars.starts(with: "  ".unicodeScalars) ? 2 : 1
                    let body = String(String.UnicodeScalarView(scalars.dropFirst(indent)))
                    field?.lines += Array(repeating: "", count: pendingBlank) + [body]
                    pendingBlank = 0
                    return
                }
                endField()
            }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { return }
            if line.hasPrefix("==") {
                endBlock()
                startBlock(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces), number)
                return
            }
            guard let block else {
                readHeader(line, number)
                return
            }
            switch block {
            case .gate(let gate, _): readGateLine(line, gate, number)
            case .indicator(var ib):
                readIndicatorLine(line, &ib, number)
                self.block = .indicator(ib)
            case .overall:
                if !readCommon(line, target: "", evidence: [], number) { notUnderstood(number) }
            case .scenarios:
                if !readCommon(line, target: "", evidence: [], number) { notUnderstood(number) }
            case .skipped:
                return
            }
        }

        mutating func tooManyDigits(_ number: Int, _ text: String) {
            problem(number, "\"\(Excerpt.of(text))\" 的位数太多，无法精确保存（最多 \(Decimal.exactDigits) 位有效数字）",
                    "\"\(Excerpt.of(text))\" has more digits than can be kept exactly (at most \(Decimal.exactDigits) significant digits)")
        }

        mutating func notUnderstood(_ number: Int) {
            problem(number, "无法识别这一行；请参照上方 # 说明行或 docs/SHEET.md 填写",
                    "cannot read this line; follow the help lines (#) above it or docs/SHEET.md")
        }

        mutating func readHeader(_ line: String, _ number: Int) {
            guard let colon = line.firstIndex(of: ":") else { notUnderstood(number); return }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let aliases = ["细则": "rubric", "申报": "application", "类型": "variant", "专家": "reviewer", "日志": "journal"]
            let name = aliases[key] ?? key
            guard ["rubric", "application", "variant", "reviewer", "journal"].contains(name) else {
                problem(number, "未知的表头项 \"\(Excerpt.of(key))\"；可用：rubric, application, variant, reviewer, journal",
                        "unknown header key \"\(Excerpt.of(key))\"; keys: rubric, application, variant, reviewer, journal")
                return
            }
            headerFields[name] = value
        }

        mutating func startBlock(_ title: String, _ number: Int) {
            let id = String(title.split(separator: " ", maxSplits: 1).first ?? "")
            if SheetVocabulary.matches(id, SheetVocabulary.overall) {
                block = .overall(number)
                noteBlock("", number)
                return
            }
            if SheetVocabulary.matches(id, SheetVocabulary.scenarioBlock) {
                block = .scenarios(number)
                return
            }
            if let gate = scope.rubric.gates.first(where: { $0.id == id }) {
                guard scope.admits(gate.when) else {
                    problem(number, "基本要求 \(Excerpt.of(id)) 不适用于本申报", "gate \(Excerpt.of(id)) does not apply to this application")
                    block = .skipped
                    return
                }
                block = .gate(gate, number)
                noteBlock(id, number)
                return
            }
            if let node = scope.indicators.first(where: { $0.id == id }) {
                let parts = scope.parts(of: node)
                block = .indicator(IndicatorBlock(node: node, line: number, part: parts.count == 1 ? parts[0] : nil))
                noteBlock(id, number)
                return
            }
            if scope.rubric.node(id) != nil {
                problem(number, "指标 \(Excerpt.of(id)) 不适用于本申报或不直接评分", "indicator \(Excerpt.of(id)) does not apply to this application or is not scored directly")
            } else {
                problem(number, "细则 \(scope.rubric.id) 中没有指标或基本要求 \"\(Excerpt.of(id))\"", "no indicator or gate \"\(Excerpt.of(id))\" in rubric \(scope.rubric.id)")
            }
            block = .skipped
        }

        mutating func noteBlock(_ id: String, _ number: Int) {
            if let first = blockLines[id] {
                problem(number, "\(id.isEmpty ? "总体意见" : id) 出现两次（第一次在第 \(first) 行）",
                        "\(id.isEmpty ? "the overall opinion" : id) appears twice (first at line \(first))")
            }
            blockLines[id] = blockLines[id] ?? number
            blocks.insert(id)
        }

        /// Splits `keyword rest` into the keyword and the rest.
        func keyword(_ line: String) -> (String, String) {
            var end = line.startIndex
            while end < line.endIndex, !line[end].isWhitespace, line[end] != ":", line[end] != "：" { end = line.index(after: end) }
            return (String(line[..<end]), String(line[end...]))
        }

        /// The text after the first colon (ASCII or full-width).
        func afterColon(_ text: String) -> String? {
            guard let i = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            return String(text[text.index(after: i)...]).trimmingCharacters(in: .whitespaces)
        }

        /// The text after the last colon (for value fields whose label may contain colons).
        func afterLastColon(_ text: String) -> String? {
            guard let i = text.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            return String(text[text.index(after: i)...]).trimmingCharacters(in: .whitespaces)
        }

        /// Comment, evidence and scenario lines, valid in any block. Returns whether the line was one.
        mutating func readCommon(_ line: String, target: String, evidence: [EvidenceItem], _ number: Int) -> Bool {
            let (word, rest) = keyword(line)
            if SheetVocabulary.matches(word, SheetVocabulary.comment) {
                guard let text = afterColon(rest) else { return false }
                startField(.comment(target), number, text, .comment)
                return true
            }
            if SheetVocabulary.matches(word, SheetVocabulary.evidence) {
                readEvidence(rest, target: target, evidence: evidence, number)
                return true
            }
            if SheetVocabulary.matches(word, SheetVocabulary.scenarios) {
                readScenarios(rest, number)
                return true
            }
            return false
        }

        mutating func startField(_ key: SheetKey, _ number: Int, _ first: String, _ kind: TextField.Kind) {
            field = TextField(key: key, line: number, lines: [first], kind: kind)
            pendingBlank = 0
        }

        mutating func endField() {
            guard let f = field else { return }
            field = nil
            pendingBlank = 0
            let text = f.lines.joined(separator: "\n")
            switch f.kind {
            case .comment:
                if !text.isEmpty { set(f.key, .text(text), f.line) }
            case .reason:
                reasons[f.key.target] = (text, f.line)
            case .note(let mark):
                if let mark { set(f.key, .evidence(mark, note: text), f.line) } else if !text.isEmpty {
                    problem(f.line, "有备注但没有标记；请在 [ ] 中填 已见 / 缺失 / 存疑", "a note without a mark; put seen, missing or doubtful in [ ]")
                }
            }
        }

        mutating func set(_ key: SheetKey, _ value: SheetValue, _ line: Int) {
            values[key] = value
            lines[key] = line
        }

        mutating func readEvidence(_ rest: String, target: String, evidence: [EvidenceItem], _ number: Int) {
            let body = rest.trimmingCharacters(in: .whitespaces)
            let id = String(body.prefix { !$0.isWhitespace && $0 != "[" })
            guard let open = body.firstIndex(of: "["), let close = body.firstIndex(of: "]"), open < close else {
                problem(number, "佐证行应写成 \"佐证 E1 [已见] 备注: …\"", "an evidence line reads \"evidence E1 [seen] note: …\"")
                return
            }
            guard evidence.contains(where: { $0.id == id }) else {
                let known = evidence.map(\.id).joined(separator: ", ")
                problem(number, "\(target.isEmpty ? "此处" : target) 没有佐证材料 \"\(Excerpt.of(id))\"；可选：\(known.isEmpty ? "无" : known)",
                        "\(target.isEmpty ? "this block" : target) has no evidence item \"\(Excerpt.of(id))\"; items: \(known.isEmpty ? "none" : known)")
                return
            }
            let markText = body[body.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            guard let mark = SheetVocabulary.mark(markText) else {
                problem(number, "未知的佐证标记 \"\(Excerpt.of(markText))\"；请填 已见、缺失、存疑 或留空",
                        "unknown evidence mark \"\(Excerpt.of(markText))\"; write seen, missing or doubtful, or leave it blank")
                return
            }
            let after = String(body[body.index(after: close)...])
            let note = afterColon(after) ?? ""
            startField(.evidence(target: target, item: id), number, note, .note(mark))
        }

        mutating func readScenarios(_ rest: String, _ number: Int) {
            guard let table = scope.rubric.scenarioTable else {
                problem(number, "本细则没有场景表", "this rubric has no scenario table")
                return
            }
            let sections = rest.split(whereSeparator: { $0 == ";" || $0 == "；" }).map(String.init)
            let idsText = afterColon(sections.first ?? "") ?? ""
            var otherText = ""
            if sections.count > 1 { otherText = afterColon(sections[1]) ?? "" }
            if idsText.isEmpty && otherText.isEmpty { return }
            var ids: Set<String> = []
            let noneWords = ["无", "none", "-"]
            if !noneWords.contains(idsText.lowercased()) {
                let known = Set(table.allScenarios.map(\.scenario.id))
                for token in idsText.split(whereSeparator: { ",，、 ".contains($0) }) {
                    let id = String(token)
                    if !known.contains(id) {
                        problem(number, "场景表中没有场景 \"\(Excerpt.of(id))\"", "no scenario \"\(Excerpt.of(id))\" in the scenario table")
                        return
                    }
                    ids.insert(id)
                }
            }
            var other = 0
            if !otherText.isEmpty {
                guard let n = Int(otherText), n >= 0 else {
                    problem(number, "其他场景数 \"\(Excerpt.of(otherText))\" 不是非负整数", "the number of other scenarios \"\(Excerpt.of(otherText))\" is not a whole number ≥ 0")
                    return
                }
                other = n
            }
            if let first = lines[.scenarios] {
                problem(number, "场景覆盖填写了两次（第一次在第 \(first) 行）", "scenario coverage is given twice (first at line \(first))")
                return
            }
            set(.scenarios, .scenarios(ids, other: other), number)
        }

        mutating func readGateLine(_ line: String, _ gate: Gate, _ number: Int) {
            let (word, rest) = keyword(line)
            if SheetVocabulary.matches(word, SheetVocabulary.verdict) {
                let text = afterColon(rest) ?? ""
                guard let verdict = SheetVocabulary.verdict(text) else {
                    problem(number, "未知的结论 \"\(Excerpt.of(text))\"；请填 通过、不通过 或 待定", "unknown verdict \"\(Excerpt.of(text))\"; write pass, fail or pending")
                    return
                }
                verdicts[gate.id] = (verdict, number)
                return
            }
            if SheetVocabulary.matches(word, SheetVocabulary.reason) {
                guard let text = afterColon(rest) else { notUnderstood(number); return }
                startField(.gate(gate.id), number, text, .reason)
                return
            }
            if !readCommon(line, target: gate.id, evidence: gate.evidence, number) { notUnderstood(number) }
        }

        var verdicts: [String: (GateVerdict, Int)] = [:]
        var reasons: [String: (String, Int)] = [:]

        mutating func readIndicatorLine(_ line: String, _ ib: inout IndicatorBlock, _ number: Int) {
            let node = ib.node
            let parts = scope.parts(of: node)
            if line.hasPrefix("--") {
                let body = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                let (word, rest) = keyword(body)
                let id = SheetVocabulary.matches(word, SheetVocabulary.part)
                    ? String(rest.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") : word
                guard let part = parts.first(where: { $0.id == id }) else {
                    problem(number, "\(node.id) 没有第 \"\(Excerpt.of(id))\" 部分；可选：\(parts.map(\.id).joined(separator: ", "))",
                            "\(node.id) has no part \"\(Excerpt.of(id))\"; parts: \(parts.map(\.id).joined(separator: ", "))")
                    return
                }
                ib.part = part
                return
            }
            if line.hasPrefix("(") || line.hasPrefix("（") {
                readOption(line, &ib, number)
                return
            }
            if line.hasPrefix("[") {
                readItem(line, &ib, number)
                return
            }
            let (word, rest) = keyword(line)
            if SheetVocabulary.matches(word, SheetVocabulary.number) {
                readNumber(rest, node, number)
                return
            }
            if SheetVocabulary.matches(word, SheetVocabulary.points) {
                readPoints(rest, &ib, number)
                return
            }
            if readCommon(line, target: node.id, evidence: node.evidence, number) { return }
            if let range = line.range(of: #"(数量|[Cc]ount)\s*[:：]\s*\S*\s*$"#, options: .regularExpression) {
                readCount(word, String(line[range]), &ib, number)
                return
            }
            notUnderstood(number)
        }

        /// The part of the current block with a rule of a kind holding `id` (the selected part first).
        func part(_ ib: IndicatorBlock, holding id: String, _ matches: (ScoringPart) -> Bool?) -> ScoringPart? {
            if let p = ib.part { return matches(p) == true ? p : nil }
            let hits = scope.parts(of: ib.node).filter { matches($0) == true }
            return hits.count == 1 ? hits[0] : nil
        }

        func kindParts(_ ib: IndicatorBlock, _ kind: String) -> [ScoringPart] {
            if let p = ib.part { return p.kindName == kind ? [p] : [] }
            return scope.parts(of: ib.node).filter { $0.kindName == kind }
        }

        mutating func readOption(_ line: String, _ ib: inout IndicatorBlock, _ number: Int) {
            guard let close = line.firstIndex(where: { $0 == ")" || $0 == "）" }) else { notUnderstood(number); return }
            let mark = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            let id = String(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace && $0 != "（" })
            let choices = kindParts(ib, "choice")
            guard !choices.isEmpty else {
                problem(number, "\(ib.node.id) 没有单选部分", "\(ib.node.id) has no choice part")
                return
            }
            let isNone = SheetVocabulary.matches(id, SheetVocabulary.none)
            let hit = part(ib, holding: id) { p in
                guard case .choice(let options) = p.rule else { return false }
                return options.contains { $0.id == id } || (isNone && p.allowsNone)
            }
            guard let hit else {
                let ids = choices.flatMap { p -> [String] in
                    guard case .choice(let options) = p.rule else { return [] }
                    return options.map(\.id) + (p.allowsNone ? [ScoringPart.noneAnswer] : [])
                }
                problem(number, "\(ib.node.id) 没有选项 \"\(Excerpt.of(id))\"；可选：\(ids.joined(separator: ", "))",
                        "\(ib.node.id) has no option \"\(Excerpt.of(id))\"; options: \(ids.joined(separator: ", "))")
                return
            }
            guard let on = Self.checked(mark) else {
                problem(number, "选项标记应为 (*) 或 ( )，而不是 (\(Excerpt.of(mark)))", "an option is marked (*) or ( ), not (\(Excerpt.of(mark)))")
                return
            }
            if on { ib.chosen[hit.id, default: []].append((isNone ? ScoringPart.noneAnswer : id, number)) }
        }

        mutating func readItem(_ line: String, _ ib: inout IndicatorBlock, _ number: Int) {
            guard let close = line.firstIndex(of: "]") else { notUnderstood(number); return }
            let mark = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            let id = String(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace && $0 != "（" })
            let checklists = kindParts(ib, "checklist")
            guard !checklists.isEmpty else {
                problem(number, "\(ib.node.id) 没有勾选部分", "\(ib.node.id) has no checklist part")
                return
            }
            let isNone = SheetVocabulary.matches(id, SheetVocabulary.none)
            let hit = part(ib, holding: id) { p in
                guard case .checklist(_, let items) = p.rule else { return false }
                return isNone || items.contains { $0.id == id }
            }
            guard let hit else {
                let ids = checklists.flatMap { p -> [String] in
                    guard case .checklist(_, let items) = p.rule else { return [] }
                    return items.map(\.id)
                }
                problem(number, "\(ib.node.id) 没有条目 \"\(Excerpt.of(id))\"；可选：\(ids.joined(separator: ", "))",
                        "\(ib.node.id) has no item \"\(Excerpt.of(id))\"; items: \(ids.joined(separator: ", "))")
                return
            }
            guard let on = Self.checked(mark) else {
                problem(number, "勾选标记应为 [x] 或 [ ]，而不是 [\(Excerpt.of(mark))]", "an item is marked [x] or [ ], not [\(Excerpt.of(mark))]")
                return
            }
            ib.checklistSeen[hit.id] = ib.checklistSeen[hit.id] ?? number
            if on { ib.ticked[hit.id, default: []].append((isNone ? ScoringPart.noneAnswer : id, number)) }
        }

        static func checked(_ mark: String) -> Bool? {
            switch mark {
            case "": return false
            case "*", "x", "X", "√", "✓", "✔", "●", "☑": return true
            default: return nil
            }
        }

        mutating func readNumber(_ rest: String, _ node: RubricNode, _ number: Int) {
            let id = String(rest.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace && $0 != ":" && $0 != "：" })
            guard let field = node.number(id) else {
                let known = node.numbers.filter { !$0.isDerived }.map(\.id).joined(separator: ", ")
                problem(number, "\(node.id) 没有数值 \"\(Excerpt.of(id))\"；可填：\(known)", "\(node.id) has no number \"\(Excerpt.of(id))\"; numbers: \(known)")
                return
            }
            if let ratio = field.ratio {
                problem(number, "\(Excerpt.of(id)) 由 \(ratio.numerator) ÷ \(ratio.denominator) 计算得出，请填写这两个数值",
                        "\(Excerpt.of(id)) is computed from \(ratio.numerator) ÷ \(ratio.denominator); enter those two numbers")
                return
            }
            let text = afterLastColon(rest) ?? ""
            if text.isEmpty { return }
            guard let value = Decimal.exact(text) else {
                if Decimal.isDecimalSyntax(text) { tooManyDigits(number, text); return }
                problem(number, "数值格式不对：\"\(Excerpt.of(text))\"（只写数字，可带小数点，如 1500 或 3.62）",
                        "malformed number \"\(Excerpt.of(text))\" (digits with an optional decimal point, e.g. 1500 or 3.62)")
                return
            }
            set(.number(indicator: node.id, number: id), .decimal(value), number)
        }

        mutating func readPoints(_ rest: String, _ ib: inout IndicatorBlock, _ number: Int) {
            let manual = kindParts(ib, "manual")
            guard manual.count == 1, let part = manual.first else {
                problem(number, manual.isEmpty ? "\(ib.node.id) 没有专家评分部分" : "\(ib.node.id) 有多个评分部分；请先写 \"-- 部分 ID\"",
                        manual.isEmpty ? "\(ib.node.id) has no expert-points part" : "\(ib.node.id) has several points parts; put \"-- part ID\" first")
                return
            }
            let text = afterLastColon(rest) ?? ""
            if text.isEmpty { return }
            guard let value = Decimal.exact(text) else {
                if Decimal.isDecimalSyntax(text) { tooManyDigits(number, text); return }
                problem(number, "分值格式不对：\"\(Excerpt.of(text))\"（只写数字，可带小数点，如 7 或 6.5）",
                        "malformed points \"\(Excerpt.of(text))\" (digits with an optional decimal point, e.g. 7 or 6.5)")
                return
            }
            set(.points(indicator: ib.node.id, part: part.id), .decimal(value), number)
        }

        mutating func readCount(_ id: String, _ tail: String, _ ib: inout IndicatorBlock, _ number: Int) {
            let counts = kindParts(ib, "counts")
            guard !counts.isEmpty else {
                problem(number, "\(ib.node.id) 没有计数部分", "\(ib.node.id) has no counts part")
                return
            }
            let hit = part(ib, holding: id) { p in
                guard case .counts(let lines) = p.rule else { return false }
                return lines.contains { $0.id == id }
            }
            guard let hit else {
                let ids = counts.flatMap { p -> [String] in
                    guard case .counts(let lines) = p.rule else { return [] }
                    return lines.map(\.id)
                }
                problem(number, "\(ib.node.id) 没有计数行 \"\(Excerpt.of(id))\"；可选：\(ids.joined(separator: ", "))",
                        "\(ib.node.id) has no line \"\(Excerpt.of(id))\"; lines: \(ids.joined(separator: ", "))")
                return
            }
            let text = afterLastColon(tail) ?? ""
            if text.isEmpty {
                ib.counts[hit.id, default: []].append((id, nil, number))
                return
            }
            guard let n = Int(text) else {
                problem(number, "数量格式不对：\"\(Excerpt.of(text))\"（请写整数，如 0、1、2）", "malformed count \"\(Excerpt.of(text))\" (write a whole number such as 0, 1, 2)")
                return
            }
            ib.counts[hit.id, default: []].append((id, n, number))
        }

        mutating func endBlock() {
            endField()
            defer { block = nil }
            if case .gate(let gate, let start)? = block {
                let verdict = verdicts[gate.id]
                let reason = reasons[gate.id]
                let v = verdict?.0 ?? .pending
                let r = reason?.0 ?? ""
                if !(v == .pending && r.isEmpty) { set(.gate(gate.id), .gate(v, reason: r), verdict?.1 ?? reason?.1 ?? start) }
                return
            }
            guard case .indicator(let ib)? = block else { return }
            let node = ib.node
            for part in scope.parts(of: node) {
                switch part.rule {
                case .choice:
                    let chosen = ib.chosen[part.id] ?? []
                    if chosen.count > 1 {
                        problem(chosen[1].1, "\(node.id) 选了多个选项（\(chosen.map(\.0).joined(separator: ", "))）；只能选一个",
                                "\(node.id): more than one option chosen (\(chosen.map(\.0).joined(separator: ", "))); choose one")
                    } else if let one = chosen.first {
                        set(.choice(indicator: node.id, part: part.id), .option(one.0), one.1)
                    }
                case .checklist:
                    let ticked = ib.ticked[part.id] ?? []
                    let none = ticked.filter { $0.0 == ScoringPart.noneAnswer }
                    let items = ticked.filter { $0.0 != ScoringPart.noneAnswer }
                    if let n = none.first, !items.isEmpty {
                        problem(n.1, "\(node.id) 勾选了 none，同时又勾选了条目；二者只能选其一",
                                "\(node.id): none is ticked together with items; tick one or the other")
                    } else if let n = none.first {
                        set(.ticks(indicator: node.id, part: part.id), .items([]), n.1)
                    } else if let first = items.first {
                        set(.ticks(indicator: node.id, part: part.id), .items(Set(items.map(\.0))), first.1)
                    }
                case .counts:
                    let rows = ib.counts[part.id] ?? []
                    guard rows.contains(where: { $0.1 != nil }) else { continue }
                    guard case .counts(let lines) = part.rule else { continue }
                    for line in lines {
                        let row = rows.last { $0.0 == line.id }
                        set(.count(indicator: node.id, part: part.id, line: line.id), .count(row?.1 ?? 0), row?.2 ?? ib.line)
                    }
                case .manual, .bands, .coverage:
                    break
                }
            }
        }
    }
}
