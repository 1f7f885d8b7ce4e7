import Foundation
import Testing
@testable import PanelistCore

/// `rubric show`, `rubric list` and the sheet show what the seed says where a reviewer decides:
/// per-industry clauses and key segments, evidence with its marks and word counts, notes
/// (once prefixed, reviewers' only), required figures, and every Panelist default marked.
@Suite("What the seed says, shown")
struct RubricShowSeedTests {
    static func show(_ file: String, variant: String? = nil, lang: Lang = .zh, width: Int = 80, ascii: Bool = false,
                     brief: Bool = false, authorNotes: Bool = false, industry: String? = nil) throws -> [String] {
        let rubric = try TestRubrics.load(file)
        return RubricTreeReport(rubric: rubric, variant: variant, lang: lang, width: width, ascii: ascii, brief: brief,
                                authorNotes: authorNotes, attributes: industry.map { ["industry": $0] } ?? [:]).render()
    }

    /// 004 at 80 columns, both variants (an equipment maker's workshop; an SME with no industry given).
    @Test(arguments: [("workshop", "equipment"), ("sme", nil)])
    func zhuzhouSnapshot(variant: String, industry: String?) throws {
        let lines = try Self.show("zhuzhou-benchmark.yaml", variant: variant, industry: industry)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // Content is checked unwrapped; the snapshot is the 80-column print.
        let text = try Self.show("zhuzhou-benchmark.yaml", variant: variant, width: 1000, industry: industry).joined(separator: "\n")
        // 2.3's clause for the applicant's industry first (seed 004 line 221), with its six key segments.
        if industry == "equipment" {
            #expect(text.contains("【本申报单位】（2）若申报企业属于装备制造业"))
            #expect(text.range(of: "【本申报单位】（2）")!.lowerBound < text.range(of: "（1）若申报企业属于原材料行业，申报车间实施")!.lowerBound)
        }
        #expect(text.contains("重点环节（装备制造业）：3 工艺设计、4 计划调度、5 生产作业、7 质量管控、8 设备管理、14 供应链"))
        // 6.1 / 6.2 list every industry's new technologies and modes (lines 522–587).
        #expect(text.contains("成功应用知识工程、AR/VR、数字孪生、可重构生产、人工智能等新技术"))
        #expect(text.contains("成功实现大批量定制、产供销一体化、用户直连制造等新模式"))
        // Evidence and notes, the seed's 注： printed once (line 277).
        #expect(text.contains("佐证 E1：获得的智能制造荣誉等证明材料"))
        #expect(!text.contains("注：注："))
        #expect(!text.contains("max_count"))
        Snapshot.expect(lines.joined(separator: "\n") + "\n", named: "show-zhuzhou-\(variant)-zh-80\(industry.map { "-" + $0 } ?? "").txt")
    }

    /// 001 at 80 columns: every figure of sections 1–3 marked as a default, with the one line on who decides
    /// it; evidence keeps the seed's *, √, P and word counts (e.g. line 48: * 提供场景描述（不少于 300 字）).
    @Test func zhejiangSnapshot() throws {
        let printed = try Self.show("zhejiang-future-factory.yaml")
        #expect(printed.allSatisfy { DisplayWidth.of($0) <= 80 })
        let lines = try Self.show("zhejiang-future-factory.yaml", width: 1000)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("满分 1190（默认）"))
        #expect(text.contains("标“默认”的分值是 Panelist 的预设，原文未规定；由组织方确定"))
        #expect(lines.contains { $0.hasPrefix("├─ 1.1 支撑保障条件") && $0.hasSuffix("40（默认）") })
        #expect(lines.contains { $0.hasPrefix("4 社会责任") && $0.hasSuffix(" 200") })          // the seed's own: 100 + 100
        #expect(text.contains("佐证 E1 [*]（不少于 300 字）：提供场景描述（不少于 300 字）和应用视频、图片资料"))
        #expect(text.contains("[√]") && text.contains("[P]"))
        // 1.1.d and 1.3.e name appendix 2 (seed lines 14, 39, 373–375).
        #expect(text.contains("须申报书提供：附录 2 企业设备系统购置情况一览表"))
        // 3.5.a: the level reached (line 275: 地市级绿色工厂；省级绿色工厂；国家级绿色工厂).
        #expect(text.contains("要素 1) 达到的级别（勾选，仅记录）"))
        #expect(!text.contains("content_cap"))
        Snapshot.expect(printed.joined(separator: "\n") + "\n", named: "show-zhejiang-zh-80.txt")
    }

    @Test func briefLeavesOutEvidenceAndNotes() throws {
        let full = try Self.show("zhuzhou-benchmark.yaml").joined(separator: "\n")
        let brief = try Self.show("zhuzhou-benchmark.yaml", brief: true).joined(separator: "\n")
        #expect(full.contains("佐证 E1") && !brief.contains("佐证 E1"))
        #expect(!brief.contains("注："))
        #expect(brief.contains("重点环节（原材料行业）"))   // clauses are scoring rules: kept
        #expect(brief.count < full.count * 3 / 4)
    }

    @Test func authorNotesOnlyWhenAsked() throws {
        let plain = try Self.show("zhuzhou-benchmark.yaml").joined(separator: "\n")
        let authors = try Self.show("zhuzhou-benchmark.yaml", width: 1000, authorNotes: true).joined(separator: "\n")
        #expect(!plain.contains("将该行 max_count 改为 2"))
        #expect(authors.contains("作者注：两化融合贯标 / 成熟度评定一行按一次计（max_count 1）；如组织方按两项分别计分，将该行 max_count"))
    }

    /// In ASCII style the program draws no symbol outside ASCII (the rubric's own texts may hold × ÷).
    @Test func asciiStyleDrawsNoSymbols() throws {
        for file in ["zhuzhou-benchmark.yaml", "zhejiang-future-factory.yaml"] {
            let text = try Self.show(file, lang: .en, ascii: true).joined(separator: "\n")
            for symbol in ["→", "∞", "├", "│", "└", "▸", "□", "≥"] {
                #expect(!text.contains(symbol), "\(file): \(symbol)")
            }
        }
    }

    /// `rubric list`: 730, 1190, 100 and 68 are Panelist defaults (000, 001, 002, 003 set no points); 004's are the seed's.
    @Test func listMarksDefaultFullMarks() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestRubrics.directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let rubrics = try files.map { try TestRubrics.load($0) }
        let lines = RubricSummary.table(rubrics, lang: .zh, width: 1000)
        for (id, marks) in [("auto-superfactory", "730（默认）"), ("zhejiang-future-factory", "1190（默认）"),
                            ("excellence-smart-factory", "100（默认）"), ("shaoxing-smart-factory", "68（默认）")] {
            #expect(lines.contains { $0.hasPrefix(id + " ") && $0.contains(marks) }, "\(id)")
        }
        #expect(lines.contains { $0.hasPrefix("zhuzhou-benchmark") && $0.contains("100+30") && !$0.contains("默认") })
        #expect(lines.contains { $0.hasPrefix("auto-superfactory：标“默认”的分值是 Panelist 的预设") })
        let en = RubricSummary.table(rubrics, lang: .en, width: 1000).joined(separator: "\n")
        #expect(en.contains("730 (default)") && en.contains("the organising committee decides them"))
    }

    // MARK: - The sheet

    static func sheet(_ file: String, _ profile: ApplicantProfile, lang: Lang = .zh) throws -> String {
        let rubric = try TestRubrics.load(file)
        let header = SheetFixture.header(rubric, profile: profile)
        return Sheet.export(rubric: rubric, header: header, records: JournalFixture.chain([], header: header), lang: lang)
    }

    /// The sheet's help lines (#) run together, so that a check does not depend on where lines wrap.
    static func help(_ sheet: String) -> String {
        sheet.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { $0.dropFirst().drop { $0 == " " } }.joined()
    }

    /// A sheet-only expert sees which segments are key for the applicant's industry (seed 004 lines 214–237).
    @Test func sheetShowsTheApplicantsClausesAndKeySegments() throws {
        let sheet = try Self.sheet("zhuzhou-benchmark.yaml", ApplicantProfile(variant: "workshop", attributes: ["industry": "consumer"]))
        let text = Self.help(sheet)
        #expect(text.contains("本申报单位的所属行业：消费品行业；其重点环节：4 计划调度、5 生产作业、6 仓储配送、7 质量管控、12 营销管理、14 供应链管理"))
        #expect(text.contains("本申报单位（消费品行业）适用：（3）若申报企业属于消费品行业"))
        #expect(text.contains("其他行业："))
        #expect(text.contains("申报车间建设内容成功应用人工智能、区块链、数字孪生等新技术；"))  // 6.1 (3), line 536
        #expect(!sheet.contains("注：注："))
        #expect(!sheet.contains("max_count"))
        #expect(text.contains("没有此项费用时两项都填 0：记为“不适用：无此项费用（技术服务费用总额为 0）”"))
    }

    @Test func sheetMarksDefaultsAndEvidenceMarks() throws {
        let sheet = try Self.sheet("zhejiang-future-factory.yaml", ApplicantProfile())
        let text = Self.help(sheet)
        #expect(text.contains("标“默认”的分值是 Panelist 的预设，原文未规定；由组织方确定"))
        #expect(sheet.contains("（满分 10（默认））"))
        #expect(sheet.contains("== 4.1 “未来工厂”综合展示 （满分 100）"))
        #expect(text.contains("E1 [*]（不少于 300 字） 提供场景描述（不少于 300 字）"))
        #expect(text.contains("须申报书提供：附录 2 企业设备系统购置情况一览表"))
    }

    /// A sheet that raises both parts of a (local 100 → 420, total 200 → 1000) imports: the part refused
    /// against the other's old value is tried again once the rest is applied. 420 of 200 alone is refused.
    @Test func ratioPartsChangedTogetherImport() throws {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let profile = ApplicantProfile(variant: "workshop", attributes: ["industry": "equipment"])
        let (records, _) = SheetFixture.journal(rubric, profile: profile, actions: [
            .number(indicator: "4.1", number: "local", value: 100), .number(indicator: "4.1", number: "total", value: 200)])
        let header = SheetFixture.header(rubric, profile: profile)
        let sheet = Sheet.export(rubric: rubric, header: header, records: records, lang: .en)
        let both = sheet.replacingOccurrences(of: "(万元): 100", with: "(万元): 420").replacingOccurrences(of: "(万元): 200", with: "(万元): 1000")
        let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: .en).parse(both)
        let plan = try SheetImport(rubric: rubric, lang: .en).plan(parsed, records: records)
        #expect(plan.actions == [.number(indicator: "4.1", number: "total", value: 1000), .number(indicator: "4.1", number: "local", value: 420)])
        let alone = try SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: .en)
            .parse(sheet.replacingOccurrences(of: "(万元): 100", with: "(万元): 420"))
        #expect(throws: SheetFailure.self) { try SheetImport(rubric: rubric, lang: .en).plan(alone, records: records) }
    }

    /// 3.5.a's level reached and 004 b's "no such spending" go through a sheet and back unchanged.
    @Test func levelsAndNoSuchSpendingRoundTrip() throws {
        for (file, profile, actions) in [
            ("zhejiang-future-factory.yaml", ApplicantProfile(), [
                JournalAction.tick(indicator: "3.5.a", part: "found", item: "1", on: true),
                .tick(indicator: "3.5.a", part: "level1", item: "L2", on: true),   // 省级绿色工厂
                .points(indicator: "3.5.a", part: "points", points: 6),
                .tick(indicator: "2.3.4.a", part: "level1", item: "L1", on: true),
                .tick(indicator: "2.3.4.a", part: "level1", item: "L3", on: true)]),
            ("zhuzhou-benchmark.yaml", ApplicantProfile(variant: "sme", attributes: ["industry": "other"]), [
                .number(indicator: "4.2", number: "local", value: 0), .number(indicator: "4.2", number: "total", value: 0),
                .number(indicator: "4.1", number: "local", value: Decimal.exact("1999.9")), .number(indicator: "4.1", number: "total", value: 4000)]),
        ] {
            let rubric = try TestRubrics.load(file)
            let (records, refused) = SheetFixture.journal(rubric, profile: profile, actions: actions)
            #expect(refused.isEmpty, "\(refused)")
            let header = SheetFixture.header(rubric, profile: profile)
            for lang in Lang.allCases {
                let text = Sheet.export(rubric: rubric, header: header, records: records, lang: lang)
                let parsed = try SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: lang).parse(text)
                let plan = try SheetImport(rubric: rubric, lang: lang).plan(parsed, records: [records[0]])
                let again = ReviewState.replay(JournalFixture.chain(plan.actions, header: header))
                let before = ReviewState.replay(records)
                #expect(again.inputs == before.inputs, "\(file) \(lang)")
            }
            let state = ReviewState.replay(records)
            if file.hasPrefix("zhejiang") {
                #expect(state.inputs.indicators["3.5.a"]?.ticks["level1"] == ["L2"])
            } else {
                let sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
                #expect(sheet.nodes["4.2"]?.progress == .done)
                #expect(sheet["4.1"] == 4)
            }
        }
    }
}
