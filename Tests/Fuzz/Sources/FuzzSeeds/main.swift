import Foundation
import FuzzSupport
import PanelistCore

// Writes the seed corpora of the fuzz targets from the repository's fixtures: for every bundled
// rubric and variant, a plausible review (an action for every part of every indicator, every gate,
// evidence, comments), its journal and its journal lines, its sheet (blank and filled, in both
// languages); every fixture application. Usage: FuzzSeeds OUTPUT-FOLDER (default Tests/Fuzz/Corpus).

let out = CommandLine.arguments.dropFirst().first.map { URL(fileURLWithPath: $0) } ?? Bundled.root.appendingPathComponent("Tests/Fuzz/Corpus")
nonisolated(unsafe) var written = 0

func write(_ target: String, _ name: String, _ bytes: [UInt8]) {
    let dir = out.appendingPathComponent(target)
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes))
    written += 1
}

/// One plausible action per part of every indicator, every gate and the overall opinion.
func review(_ rubric: Rubric, _ profile: ApplicantProfile) -> [JournalAction] {
    var actions: [JournalAction] = []
    for gate in rubric.gates {
        actions.append(.gate(gate: gate.id, verdict: .pass, reason: "审计报告已核"))
        if let e = gate.evidence.first { actions.append(.evidence(target: gate.id, item: e.id, mark: .seen, note: "")) }
    }
    for node in rubric.indicators {
        for field in node.numbers where !field.isDerived {
            actions.append(.number(indicator: node.id, number: field.id, value: Decimal.exact("1860.5")))
        }
        for part in node.parts {
            switch part.rule {
            case .choice(let options): if let o = options.first { actions.append(.choose(indicator: node.id, part: part.id, option: o.id)) }
            case .checklist(_, let items): if let i = items.first { actions.append(.tick(indicator: node.id, part: part.id, item: i.id, on: true)) }
            case .counts(let lines): if let l = lines.first { actions.append(.count(indicator: node.id, part: part.id, line: l.id, count: 1)) }
            case .manual: actions.append(.points(indicator: node.id, part: part.id, points: Decimal.exact("0.5")))
            case .bands, .coverage: break
            }
        }
        if let e = node.evidence.first { actions.append(.evidence(target: node.id, item: e.id, mark: .doubtful, note: "日期不清")) }
        actions.append(.comment(target: node.id, text: "现场核验：材料齐全。\n第二行"))
    }
    if let table = rubric.scenarioTable {
        actions.append(.scenarios(ids: Array(table.allScenarios.prefix(3).map(\.scenario.id)), other: 1))
    }
    actions.append(.comment(target: "", text: "总体意见"))
    return actions
}

let key = "AAAAC3NzaC1lZDI1NTE5AAAAIGZ1enpmdXp6ZnV6emZ1enpmdXp6ZnV6eg=="
for (index, rubric) in Bundled.rubrics.enumerated() {
    for (p, profile) in Bundled.profiles(rubric).enumerated() {
        let selector: [UInt8] = [UInt8(index), UInt8(p)]
        let name = "\(rubric.id)-\(profile.variant ?? "all")"
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "种子", id: "seed", publicKey: key, fingerprint: "0000-0000-0000-0000"),
            rubric: JournalDocumentRef(id: rubric.id, sha256: JournalHash.zero),
            application: JournalDocumentRef(id: "seed-app", sha256: JournalHash.zero), profile: profile, tool: "fuzz seeds",
            created: Date(timeIntervalSince1970: 1_740_000_000))
        let actions = review(rubric, profile) + [.recuse(reason: "曾任顾问"), .reopen(reason: "补充"),
            .resolve(application: "seed-app", indicator: rubric.indicators.first?.id ?? "1", value: Decimal.exact("7.5") ?? 0, reason: "组议"),
            .heads(journals: [MergedHead(application: "seed-app", reviewer: "种子", fingerprint: "0000-0000-0000-0000", seq: 3, head: JournalHash.zero)])]
        var records = [JournalRecord(seq: 0, time: Date(timeIntervalSince1970: 1_740_000_000), prev: JournalHash.zero, entry: .header(header))]
        for (i, a) in actions.enumerated() {
            records.append(JournalRecord(seq: i + 1, time: Date(timeIntervalSince1970: 1_740_000_001 + Double(i)), prev: records[records.count - 1].sum, entry: .action(a)))
        }
        // Journal reader: the whole journal, a few lines on their own, and '#' bodies without checksums.
        write("journal-line", "\(name).jsonl", records.prefix(40).flatMap(\.line))
        for r in records.prefix(12) { write("journal-line", "\(name)-\(r.seq).line", r.line) }
        for a in actions.prefix(12).enumerated() {
            var fields = a.element.fields
            fields["seq"] = .int(a.offset + 1); fields["prev"] = .string(JournalHash.zero); fields["time"] = .string("2025-03-01T08:30:00.125Z")
            write("journal-line", "\(name)-body-\(a.offset).json", Array("#".utf8) + JSONValue.object(fields).canonical)
        }
        // Replay and scoring: the rubric selector, then one action per line.
        let lines = actions.map { JSONValue.object($0.fields).canonical + [0x0A] }
        write("replay-score", "\(name).actions", selector + lines.prefix(60).flatMap { $0 })
        // Sheets: blank and filled, both languages.
        for lang in Lang.allCases {
            let blank = Sheet.blank(rubric: rubric, rubricRef: header.rubric, application: header.application, profile: profile, lang: lang)
            write("sheet", "\(name)-blank-\(lang).txt", selector + Array(blank.utf8))
            let state = review(rubric, profile)
            var filled = [records[0]]
            for (i, a) in state.enumerated() {
                filled.append(JournalRecord(seq: i + 1, time: Date(timeIntervalSince1970: 1_740_000_001 + Double(i)), prev: filled[filled.count - 1].sum, entry: .action(a)))
            }
            write("sheet", "\(name)-filled-\(lang).txt", selector + Array(Sheet.export(rubric: rubric, header: header, records: filled, lang: lang).utf8))
        }
    }
}
// Applications: each fixture, behind the selector of the rubric it names.
let apps = Bundled.root.appendingPathComponent("Fixtures/applications")
for file in ((try? FileManager.default.contentsOfDirectory(atPath: apps.path)) ?? []).filter({ $0.hasSuffix(".yaml") }).sorted() {
    guard let data = FileManager.default.contents(atPath: apps.appendingPathComponent(file).path) else { continue }
    let named = ApplicationLoader.parse(yaml: String(decoding: data, as: UTF8.self), file: file).application?.rubric.value
    let index = Bundled.rubrics.firstIndex { $0.id == named } ?? 0
    write("application", file, [UInt8(index)] + Array(data))
}
print("wrote \(written) seed files into \(out.path) (\(Bundled.rubrics.count) rubrics)")
