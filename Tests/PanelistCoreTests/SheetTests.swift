import Foundation
import Testing
@testable import PanelistCore

@Suite("Offline score sheets")
struct SheetTests {
    static let rubricFiles = (try? FileManager.default.contentsOfDirectory(atPath: TestRubrics.directory.path)
        .filter { $0.hasSuffix(".yaml") }.sorted()) ?? []

    /// Exports a journal's state, imports it into a fresh journal, and compares scores and state.
    @Test("round trip on every rubric and variant", arguments: rubricFiles)
    func roundTrip(file: String) throws {
        let rubric = try TestRubrics.load(file)
        for profile in SheetFixture.profiles(rubric) {
            for lang in Lang.allCases {
                let (records, refused) = SheetFixture.journal(rubric, profile: profile, actions: SheetFixture.fill(rubric, profile: profile))
                #expect(refused.isEmpty, "\(file) \(profile.variant ?? "-"): \(refused)")
                let state = ReviewState.replay(records)
                let header = SheetFixture.header(rubric, profile: profile)
                let text = Sheet.export(rubric: rubric, header: header, records: records, lang: lang)

                let fresh = [records[0]]
                let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: lang).parse(text)
                let plan = try SheetImport(rubric: rubric, lang: lang).plan(parsed, records: fresh)
                let imported = JournalFixture.chain(plan.actions, header: header)
                let again = ReviewState.replay(imported)

                let a = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
                let b = ScoringEngine.score(rubric, profile: profile, inputs: again.inputs)
                #expect(a == b, "\(file) \(profile.variant ?? "-") \(lang): scores differ")
                #expect(a.total > 0 || rubric.id == "excellence-smart-factory" || a.total == b.total)
                #expect(state.comments == again.comments)
                #expect(state.evidence == again.evidence)
                #expect(state.inputs.gates == again.inputs.gates)

                // Importing the same sheet into the journal it came from changes nothing.
                let same = try SheetImport(rubric: rubric, lang: lang).plan(parsed, records: records)
                #expect(same.actions.isEmpty, "\(file): \(same.actions)")
            }
        }
    }

    static func zhuzhou() throws -> (Rubric, ApplicantProfile, JournalHeader) {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let profile = ApplicantProfile(variant: "workshop", attributes: ["industry": "equipment"])
        return (rubric, profile, SheetFixture.header(rubric, profile: profile))
    }

    /// A blank English sheet with one line replaced; the problems of importing it into a fresh journal.
    static func problems(replacing old: String, with new: String) throws -> [SheetProblem] {
        let (rubric, profile, header) = try zhuzhou()
        let records = JournalFixture.chain([], header: header)
        var text = Sheet.export(rubric: rubric, header: header, records: records, lang: .en)
        guard let range = text.range(of: old) else {
            Issue.record("no \(old) in the sheet")
            return []
        }
        text.replaceSubrange(range, with: new)
        do {
            let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: .en).parse(text)
            _ = try SheetImport(rubric: rubric, lang: .en).plan(parsed, records: records)
            return []
        } catch {
            return error.problems
        }
    }

    static func line(of text: String, in sheet: String) -> Int {
        (sheet.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -2) + 1
    }

    @Test("every error names its line and the problem")
    func errors() throws {
        let (rubric, _, header) = try Self.zhuzhou()
        let blank = Sheet.export(rubric: rubric, header: header, records: JournalFixture.chain([], header: header), lang: .en)
        let cases: [(String, String, String)] = [
            ("( ) A 三级及以上", "(*) Z 三级及以上", "1.1 has no option \"Z\"; options: A, B, C"),
            ("( ) B 具备车间", "(*) B 具备车间", ""),
            ("number investment Equipment and service spending (万元):", "number investment Equipment and service spending (万元): 18o0",
             "malformed number \"18o0\" (digits with an optional decimal point, e.g. 1500 or 3.62)"),
            ("number score Self-assessment score (分):", "number score Self-assessment score (分): 7", "score cannot be above 5 (entered 7)"),
            ("A4 国家两化融合贯标、国家智能制造能力成熟度通过评定企业（4 pt each, at most 1） count:",
             "A4 国家两化融合贯标、国家智能制造能力成熟度通过评定企业（4 pt each, at most 1） count: 2", "A4 counts at most 1 (entered 2)"),
            ("A1 获得国家智能制造示范工厂揭榜单位、国家智能制造试点示范企业、国家智能制造综合标准化与新模式应用项目承担企业等荣誉（5 pt each） count:",
             "A1 获得国家智能制造示范工厂揭榜单位、国家智能制造试点示范企业、国家智能制造综合标准化与新模式应用项目承担企业等荣誉（5 pt each） count: 2.5",
             "malformed count \"2.5\" (write a whole number such as 0, 1, 2)"),
            ("[ ] B1 企业内部形成具有长效机制", "[x] B9 企业内部形成具有长效机制", "2.6 has no item \"B9\"; items: B1, B2, B3"),
            ("verdict: pending", "verdict: maybe", "unknown verdict \"maybe\"; write pass, fail or pending"),
            ("evidence E1 [ ] note:", "evidence E1 [ok] note:", "unknown evidence mark \"ok\"; write seen, missing or doubtful, or leave it blank"),
            ("evidence E1 [ ] note:", "evidence E7 [seen] note:", "G1 has no evidence item \"E7\"; items: E1, E2"),
            ("== 1.1 ", "== 9.9 ", "no indicator or gate \"9.9\" in rubric zhuzhou-benchmark"),
            ("scenarios: ; other:", "scenarios: 3, 99; other: 1", "no scenario \"99\" in the scenario table"),
            ("verdict: pending", "verdict: fail", "A fail verdict needs a reason"),
            ("rubric: ", "rubrik: ", "unknown header key \"rubrik\"; keys: rubric, application, variant, reviewer, journal"),
        ]
        for (old, new, message) in cases {
            let problems = try Self.problems(replacing: old, with: new)
            if message.isEmpty {
                #expect(problems.isEmpty, "\(new): \(problems)")
                continue
            }
            #expect(problems.map(\.message) == [message] || problems.map(\.message).contains(message), "\(new): \(problems)")
            let expectedLine = message == "A fail verdict needs a reason" ? Self.line(of: "verdict: pending", in: blank)
                : Self.line(of: old, in: blank)
            if message.hasPrefix("unknown header") == false {
                #expect(problems.first?.line == expectedLine, "\(new): line \(problems.first?.line ?? -1) ≠ \(expectedLine)")
            }
        }
    }

    @Test("two options chosen, none with items, over the cap, and nothing written")
    func moreErrors() throws {
        let twoOptions = try Self.problems(replacing: "( ) A 三级及以上（10 pt）\n( ) B", with: "(*) A 三级及以上（10 pt）\n(*) B")
        #expect(twoOptions.map(\.message) == ["1.1: more than one option chosen (A, B); choose one"])
        let noneAndItems = try Self.problems(replacing: "[ ] A 国家级制造业", with: "[x] A 国家级制造业")
        #expect(noneAndItems.isEmpty)
        let notSheet = try Self.problems(replacing: "# panelist-sheet/1", with: "# something else")
        #expect(notSheet.map(\.message) == ["not a panelist sheet: the first line must be \"# panelist-sheet/1\""])
        #expect(notSheet.first?.line == 1)
    }

    @Test("manual points over the cap are refused with the line")
    func manualOverCap() throws {
        let rubric = JournalFixture.rubric
        let header = JournalFixture.header()
        let records = JournalFixture.chain([], header: header)
        var text = Sheet.export(rubric: rubric, header: header, records: records, lang: .en)
        text = text.replacingOccurrences(of: "points (0–8, step 0.5):", with: "points (0–8, step 0.5): 9")
        let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: header.profile), lang: .en).parse(text)
        #expect(throws: SheetFailure([SheetProblem(line: Self.line(of: "points (0–8", in: text),
                                                   message: "1.4 part 1 allows at most 8 points (entered 9); not recorded")])) {
            try SheetImport(rubric: rubric, lang: .en).plan(parsed, records: records)
        }
    }

    @Test("a sheet exported before later journal changes is an edit conflict unless forced")
    func editConflict() throws {
        let rubric = JournalFixture.rubric
        let header = JournalFixture.header()
        let first = JournalFixture.chain([.choose(indicator: "1.1", part: "1", option: "B"), .comment(target: "1.2", text: "旧")], header: header)
        let sheet = Sheet.export(rubric: rubric, header: header, records: first, lang: .en)
        // The journal moves on: 1.1 becomes A and 1.2's comment changes.
        var later = first
        for action in [JournalAction.choose(indicator: "1.1", part: "1", option: "A"), .comment(target: "1.2", text: "新")] {
            let last = later[later.count - 1]
            later.append(JournalRecord(seq: last.seq + 1, time: last.time.addingTimeInterval(1), prev: last.sum, entry: .action(action)))
        }
        let parser = SheetParser(scope: SheetScope(rubric: rubric, profile: header.profile), lang: .en)
        let importer = SheetImport(rubric: rubric, lang: .en)

        // The sheet changes 1.1 to C: both changed it → conflict naming 1.1.
        let conflicting = try parser.parse(sheet.replacingOccurrences(of: "(*) B", with: "( ) B").replacingOccurrences(of: "( ) C", with: "(*) C"))
        #expect(throws: SheetFailure([SheetProblem(line: 0, message: "edit conflict: after this sheet was exported (at journal record 2) the journal changed 1.1, and the sheet changes them too. Export a new sheet and fill it again, or import with --force to let the sheet overwrite those changes.")])) {
            try importer.plan(conflicting, records: later)
        }
        let forced = try importer.plan(conflicting, records: later, force: true)
        #expect(forced.actions == [.choose(indicator: "1.1", part: "1", option: "C"), .comment(target: "1.2", text: "旧")])

        // The sheet changes only 1.5: no conflict; the journal's newer 1.1 and 1.2 are kept.
        let other = try parser.parse(sheet.replacingOccurrences(of: "number investment 投资额 (万元):", with: "number investment 投资额 (万元): 1200"))
        let plan = try importer.plan(other, records: later)
        #expect(plan.actions == [.number(indicator: "1.5", number: "investment", value: 1200)])
        #expect(Set(plan.kept) == [.choice(indicator: "1.1", part: "1"), .comment("1.2")])
    }
}
