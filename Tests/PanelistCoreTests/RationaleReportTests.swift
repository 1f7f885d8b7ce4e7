import Foundation
import Testing
@testable import PanelistCore

@Suite("Rationale printout")
struct RationaleReportTests {
    /// A filled, signed-off journal for the hengchi workshop application, with long Chinese comments.
    static func fixture() throws -> (Rubric, Application, JournalHeader, [JournalRecord]) {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let (loaded, _) = try TestApplications.load("applications/zz-2024-w-hengchi.yaml", rubric: rubric)
        let application = try #require(loaded)
        let header = SheetFixture.header(rubric, profile: application.profile, application: application.id)
        var actions = SheetFixture.fill(rubric, profile: application.profile)
        actions.append(.evidence(target: "2.1", item: "E1", mark: .missing,
                                 note: "专项审计报告未提供原件，仅见复印件；设备采购合同与发票金额核对不一致之处已请企业补充说明。"))
        let (chained, refused) = SheetFixture.journal(rubric, profile: application.profile, actions: actions)
        #expect(refused.isEmpty, "\(refused)")
        var records = chained
        let last = records[records.count - 1]
        records.append(JournalRecord(seq: last.seq + 1, time: last.time.addingTimeInterval(60), prev: last.sum,
                                     entry: .action(.signoff(head: last.sum, signature: "c2ln", fingerprint: header.reviewer.fingerprint))))
        return (rubric, application, header, records)
    }

    static func render(_ format: RationaleFormat, _ lang: Lang) throws -> String {
        let (rubric, application, header, records) = try fixture()
        let state = ReviewState.replay(records)
        let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs, facts: application.scoringFacts)
        // The reviewer's zone, not the machine's: the sign-off time is shown in Beijing time.
        return RationaleReport.render(rubric: rubric, application: application, header: header, state: state,
                                      records: records, sheet: sheet, lang: lang, format: format,
                                      zone: TimeZone(identifier: "Asia/Shanghai") ?? .current)
    }

    @Test("text printout snapshot, Chinese and English", arguments: Lang.allCases)
    func snapshot(lang: Lang) throws {
        let text = try Self.render(.text, lang)
        Snapshot.expect(text, named: "rationale-hengchi-\(lang.rawValue).txt")
        #expect(text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains("专项审计报告未提供原件"))
        #expect(text.contains("3f2a-91c0-7d4e-b812"))
        // Signed at 2025-02-19T21:21:57Z: local time with its offset, never the journal's UTC string.
        #expect(text.contains(lang.pick("签署时间：2025-02-20 05:21（UTC+08:00）", "Signed off: 2025-02-20 05:21 (UTC+08:00)")), "\(text)")
        #expect(!text.contains("21:21:57.000Z"))
    }

    @Test("no line of the text printout exceeds 80 cells, on every rubric and variant", arguments: SheetTests.rubricFiles)
    func width(file: String) throws {
        let rubric = try TestRubrics.load(file)
        for profile in SheetFixture.profiles(rubric) {
            let (records, _) = SheetFixture.journal(rubric, profile: profile, actions: SheetFixture.fill(rubric, profile: profile))
            let state = ReviewState.replay(records)
            let sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
            for lang in Lang.allCases {
                let text = RationaleReport.render(rubric: rubric, application: nil, header: SheetFixture.header(rubric, profile: profile),
                                                  state: state, records: records, sheet: sheet, lang: lang, format: .text)
                for (i, line) in text.components(separatedBy: "\n").enumerated() {
                    #expect(DisplayWidth.of(line) <= 80, "\(file) \(lang) line \(i + 1): \(DisplayWidth.of(line)) cells: \(line)")
                }
            }
        }
    }

    @Test("the fixture's text printout: every line within 80 cells, CJK wrapped")
    func fixtureWidth() throws {
        let text = try Self.render(.text, .zh)
        let lines = text.components(separatedBy: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { DisplayWidth.of($0) >= 76 }, "long text is wrapped close to the margin")
    }

    @Test("HTML is self-contained, A4, with a Chinese font stack, and escapes text")
    func html() throws {
        let (rubric, application, header, _) = try Self.fixture()
        let records = JournalFixture.chain([.comment(target: "1.1", text: "<script>alert(\"x\")</script> & 证据")], header: header)
        let state = ReviewState.replay(records)
        let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs)
        let html = RationaleReport.render(rubric: rubric, application: application, header: header, state: state,
                                          records: records, sheet: sheet, lang: .zh, format: .html)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains(PrintStyle.serif) && html.contains("SimSun") && html.contains("Songti SC") && html.contains("Noto Serif CJK SC"))
        #expect(html.contains("counter(page)") && html.contains("@top-left"))   // page numbers and the running header
        #expect(html.contains("page-break-inside: avoid"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 证据"))
        #expect(!html.contains("http"))
        let md = RationaleReport.render(rubric: rubric, application: application, header: header, state: state,
                                        records: records, sheet: sheet, lang: .zh, format: .md)
        #expect(md.hasPrefix("# 评分理由书"))
        #expect(md.contains("\\<script\\>"))
    }
}
