import Foundation
import Testing

/// The panel report as a programme office receives it, through the real binary: every rubric and
/// variant in Rubrics/ scored by reviewers on sheets (export, fill, import into a new journal,
/// sign off), merged, and the Markdown, JSON, CSV and xlsx read back.
@Suite("Panel report acceptance (real binary)")
struct PanelReportAcceptanceTests {
    static let root = TmuxDriver.root.path

    /// (rubric, variant, application fixture, gate wording the variant must print, wording it must not).
    static let cases: [(rubric: String, variant: String?, app: String, gate: String?, notGate: String?)] = [
        ("zhuzhou-benchmark", "workshop", "zz-2024-w-hengchi", "选取2个及以上环节开展不少于3个场景", "选取6个及以上环节开展不少于7个场景"),
        ("zhuzhou-benchmark", "sme", "zz-2024-s-ciyun", "选取6个及以上环节开展不少于7个场景", "选取2个及以上环节开展不少于3个场景"),
        ("excellence-smart-factory", "excellent", "esf-2024-weitai", nil, nil),
        ("excellence-smart-factory", "basic", "esf-2024-weitai", nil, nil),
        ("excellence-smart-factory", "advanced", "esf-2024-weitai", nil, nil),
        ("excellence-smart-factory", "leading", "esf-2024-weitai", nil, nil),
        ("shaoxing-smart-factory", nil, "sx-2025-f-lanti", nil, nil),
        ("shaoxing-digital-workshop", nil, "sx-2025-w-tangqi", nil, nil),
        ("zhejiang-future-factory", nil, "zj-2024-lanchi", nil, nil),
        ("auto-superfactory", nil, "auto-2024-qingyu", nil, nil),
    ]

    @Test("every rubric and variant: three reviewers on sheets, signed, merged; names, applicant, variant, evidence in every output",
          arguments: 0..<10)
    func everyRubricAndVariant(index: Int) throws {
        let c = Self.cases[index]
        let p = try PanelPipeline()
        try p.add(["李明", "张华", "陈静"])
        var app = "\(Self.root)/Fixtures/applications/\(c.app).yaml"
        var text = try String(contentsOfFile: app, encoding: .utf8)
        if let v = c.variant, !text.contains("variant: \(v)\n") {
            // Another variant of the same applicant: the application states it (its hash changes with it).
            text = text.replacingOccurrences(of: #"variant: \w+\n"#, with: "variant: \(v)\n", options: .regularExpression)
            app = p.path("\(c.app).yaml")
            try text.write(toFile: app, atomically: true, encoding: .utf8)
        }
        let blank = try p.blank(app)
        var journals: [String] = []
        for k in 0..<3 {
            let j = p.path("j\(k).jsonl")
            try p.score(k, sheet: SheetFiller.fill(blank, reviewer: k, comment: k == 0 ? "=HYPERLINK(\"x\")" : nil), application: app, journal: j)
            journals.append(j)
        }
        let out = p.path("out")
        let r = try p.merge(journals, out: out, ["--application", app])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let md = try p.read(out, "panel-report.md")
        let json = try p.read(out, "panel-report.json")
        let scores = try p.read(out, "panel-scores.csv")
        let evidence = try p.read(out, "panel-evidence.csv")
        let applicant = try #require(text.components(separatedBy: "\n").drop { !$0.hasPrefix("applicant:") }.dropFirst().first { $0.hasPrefix("  name:") })
            .replacingOccurrences(of: "  name:", with: "").trimmingCharacters(in: .whitespaces)
        let hasEvidence = blank.contains("\n佐证 ")
        for output in [md, json, scores] + (hasEvidence ? [evidence] : []) {
            for name in ["李明", "张华", "陈静"] { #expect(output.contains(name), "\(c.rubric) \(c.variant ?? "-"): \(name)") }
            #expect(output.contains(applicant), "\(c.rubric): applicant \(applicant)")
        }
        // Fingerprints only in the intake table: not in the indicator table or the scores.
        let fingerprint = try #require(md.range(of: #"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"#, options: .regularExpression)).lowerBound
        let print = String(md[fingerprint...].prefix(19))
        #expect(md.components(separatedBy: print).count == 2, "the fingerprint \(print) appears once, in the intake table")
        #expect(!scores.contains(print))
        // The variant by its label, never its id; the title names the programme.
        if let v = c.variant {
            let label = try #require(Self.variantLabel(c.rubric, v))
            #expect(md.contains("申报类型：" + label))
            #expect(!md.contains("类别 \(v)") && !md.contains("variant \(v)"))
        }
        if let gate = c.gate { #expect(md.contains(gate)) }
        if let notGate = c.notGate { #expect(!md.contains(notGate)) }
        // Evidence marks per reviewer, flagged for the chair.
        if hasEvidence {
            #expect(evidence.contains("存疑") && evidence.contains("缺失") && evidence.contains("日期与申报不符"))
            #expect(md.contains("【存疑】") || md.contains("【缺失】"))
        }
        // No internal words in Chinese outputs.
        for word in ["trimmed_mean", "spread ", "points 未评", "选项 1:", "(points", "of cap"] { #expect(!md.contains(word), "\(word)") }
        // The CSV formula guard.
        #expect(scores.contains("'=HYPERLINK") && !scores.contains(",=HYPERLINK"))
        // Local times with their offset.
        #expect(md.contains("（UTC+"))
        #expect(FileManager.default.fileExists(atPath: out + "/panel-report.xlsx"))
    }

    static func variantLabel(_ rubric: String, _ variant: String) -> String? {
        guard let text = try? String(contentsOfFile: "\(root)/Rubrics/\(rubric).yaml", encoding: .utf8) else { return nil }
        let line = text.components(separatedBy: "\n").first { $0.contains("{id: \(variant), title: ") }
        return line?.components(separatedBy: "title: ").dropFirst().first?.components(separatedBy: ",").first
    }

    /// Five reviewers, the same sheets, scored once under the default rule (trimmed mean per
    /// indicator) and once under 去掉一个最高总分和一个最低总分; figures worked by hand from seed 004.
    @Test("both merge rules on the same five reviewers, hand-computed")
    func bothRulesOnFiveReviewers() throws {
        let p = try PanelPipeline()
        try p.add(["甲", "乙", "丙", "丁", "戊"])
        // A copy of the rubrics whose zhuzhou file chooses drop_extreme_totals.
        let rubrics = p.path("rubrics")
        try FileManager.default.copyItem(atPath: "\(Self.root)/Rubrics", toPath: rubrics)
        let zz = rubrics + "/zhuzhou-benchmark.yaml"
        try (try String(contentsOfFile: zz, encoding: .utf8) + "\npanel:\n  rule: drop_extreme_totals\n").write(toFile: zz, atomically: true, encoding: .utf8)
        let app = "\(Self.root)/Fixtures/applications/zz-2024-w-hengchi.yaml"
        // Seed 004 (标杆车间 column): 1.1 A 三级及以上 10 (line 81), B 二级 5 (line 88), C 一级 0 (line 95);
        // 2.2 A 5 (line 186), B 3 (line 193), C 0 (line 200); 6.1 A 10 (line 515), B 8 (line 550), none 0.
        let picks: [(String, String, String)] = [("A", "A", "A"), ("A", "B", "B"), ("B", "A", "A"), ("B", "B", "none"), ("C", "C", "A")]
        // Own totals: 甲 10+5+10 = 25, 乙 10+3+8 = 21, 丙 5+5+10 = 20, 丁 5+3+0 = 8, 戊 0+0+10 = 10.
        var reports: [String: String] = [:]
        for (label, extra) in [("default", [String]()), ("drop", ["--rubrics", rubrics])] {
            p.common = extra
            let blank = SheetFiller.passGates(try p.blank(app))
            var journals: [String] = []
            for (k, pick) in picks.enumerated() {
                var sheet = SheetFiller.choose(blank, indicator: "1.1", option: pick.0)
                sheet = SheetFiller.choose(sheet, indicator: "2.2", option: pick.1)
                sheet = SheetFiller.choose(sheet, indicator: "6.1", option: pick.2)
                let j = p.path("\(label)-\(k).jsonl")
                try p.score(k, sheet: sheet, application: app, journal: j, sign: false)
                journals.append(j)
            }
            let out = p.path("out-\(label)")
            let r = try p.merge(journals, out: out, ["--application", app, "--allow-unsigned"])
            #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
            reports[label] = try p.read(out, "panel-report.json") + "\n" + (try p.read(out, "panel-report.md"))
            #expect(try p.read(out, "panel-report.md").contains("--allow-unsigned"))
        }
        let trimmed = try #require(reports["default"])
        // Trimmed mean per indicator (drop one highest and one lowest value): 1.1 {10,10,5,5,0} → (10+5+5)/3 = 6.67;
        // 2.2 {5,3,5,3,0} → (3+3+5)/3 = 3.67; 6.1 {10,8,10,0,10} → (8+10+10)/3 = 9.33; total 6.67 + 3.67 + 9.33 = 19.67.
        #expect(trimmed.contains("\"value\": \"6.67\"") && trimmed.contains("\"value\": \"3.67\"") && trimmed.contains("\"value\": \"9.33\""))
        #expect(trimmed.contains("\"total\": \"19.67\""))
        #expect(trimmed.contains("逐项去掉一个最高分和一个最低分后平均"))
        let dropped = try #require(reports["drop"])
        // 去掉一个最高总分和一个最低总分: 甲 (25) and 丁 (8) are left out; 乙, 丙, 戊 averaged per indicator:
        // 1.1 (10+5+0)/3 = 5.00; 2.2 (3+5+0)/3 = 2.67; 6.1 (8+10+10)/3 = 9.33; total 5 + 2.67 + 9.33 = 17.00 = (21+20+10)/3.
        #expect(dropped.contains("\"value\": \"5\"") && dropped.contains("\"value\": \"2.67\"") && dropped.contains("\"value\": \"9.33\""))
        #expect(dropped.contains("\"total\": \"17\""))
        #expect(dropped.contains("去掉最高总分：甲（25）") && dropped.contains("去掉最低总分：丁（8）"))
        #expect(dropped.contains("去掉一个最高总分和一个最低总分"))
    }
}
