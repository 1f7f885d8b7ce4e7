import Foundation
import PanelistCore
import Testing

/// Issue #14's last loose end in the panel outputs: every figure that is a Panelist default is marked
/// (`10（默认）`, or once in a column's heading when every cap in it is one), with the one line saying
/// who may change it, in the Markdown, HTML, CSV, JSON, forms and agenda; numeric cells stay numbers.
/// Also issue #11's verified figures in the CSV and JSON, and refused return files in every output's
/// completeness section.
@Suite("Defaults, verified figures and refused returns in the panel outputs")
struct ReportDefaultsTests {
    /// The panel fixture's rubric with category 1 a Panelist default (its cap and its children's, by
    /// inheritance) and category 2 the seed's, plus an indicator with a figure.
    static let yaml = """
    format: panelist-rubric/1
    id: test-defaults
    title: 测试细则（默认分值）
    title_en: Test rubric with defaults
    version: t1
    totals: {base: 40, bonus: 10, threshold: 20}
    defaults: {set_by: 组委会, set_by_en: the committee}
    panel:
      rule: mean
      rounding: {places: 2, mode: half_up}
      divergence: {spread_fraction: 0.3}
    categories:
      - id: "1"
        title: 基础
        cap: 30
        default: true
        children:
          - id: "1.1"
            title: 自评估等级
            cap: 10
            parts:
              - kind: choice
                options:
                  - {id: A, text: 三级及以上, points: 10}
                  - {id: B, text: 二级, points: 5}
          - id: "1.2"
            title: 专家打分
            cap: 20
            parts: [{kind: manual}]
      - id: "3"
        title: 投入
        cap: 10
        children:
          - id: "3.1"
            title: 核心装备投资
            cap: 10
            numbers:
              - {id: investment, title: 核心装备购置费, title_en: Equipment spending, unit: 万元}
            parts:
              - kind: bands
                input: investment
                bands:
                  - {id: A, label: 大于等于1500万元, at_least: 1500, points: 10}
                  - {id: B, label: 小于1500万元, below: 1500, points: 4}
      - id: "2"
        title: 加分
        kind: bonus
        cap: 10
        children:
          - id: "2.1"
            title: 荣誉
            cap: 10
            parts:
              - kind: checklist
                mode: sum
                items:
                  - {id: a, text: 国家级, points: 6}
                  - {id: b, text: 省级, points: 4}
    """

    static let notice = "标“默认”的分值是 Panelist 的预设，原文未规定；由组委会确定，可在评价细则文件 test-defaults.yaml 中修改。"

    static func sheet(_ option: String, _ points: String, investment: String, reason: String? = nil) -> [JournalAction] {
        [.choose(indicator: "1.1", part: "1", option: option), .points(indicator: "1.2", part: "1", points: Decimal.exact(points)),
         .number(indicator: "3.1", number: "investment", value: Decimal.exact(investment), reason: reason),
         .tick(indicator: "2.1", part: "1", item: "a", on: true)]
    }

    /// Three reviewers of A1; 1.1, 1.2 and 3.1 diverge; reviewer 2 verified the investment at 1450万元 (the application states 1800万元).
    static func report(_ fx: PanelFixture, refused: [RefusedReturn] = [], flags: Set<String> = []) throws -> PanelReport {
        let paths = [try fx.journal(1, app: "A1", sheet("A", "2", investment: "1800")),
                     try fx.journal(2, app: "A1", sheet("B", "10", investment: "1450", reason: "审计报告仅认可1450万元")),
                     try fx.journal(3, app: "A1", sheet("A", "18", investment: "1800"))]
        var intake = PanelIntake(rubricID: fx.rubric.id, rubricSHA256: fx.rubricSHA, policy: IntakePolicy())
        for p in paths { intake.add(file: URL(fileURLWithPath: p).lastPathComponent, bytes: fx.bytes(p)) }
        let info = ApplicationInfo(applicant: "株洲恒驰轨道传动科技有限公司", title: "齿轮箱箱体智能加工车间",
                                   figures: [FigureKey(indicator: "3.1", number: "investment"): 1800])
        let context = PanelMergeContext(applications: ["A1": info], flags: flags, refusedReturns: refused)
        return PanelMerger.merge(fx.rubric, rubricSHA256: fx.rubricSHA, intake: intake.finish(), context: context)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func markdownAndHTMLMarkEachDefaultCapAndSayWhoDecides() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let report = try Self.report(fx)
        let md = PanelMarkdown.render(report, rubric: fx.rubric, lang: .zh)
        #expect(md.contains("- " + Self.notice))
        // The indicators' column mixes defaults (1.x) and the seed's (2.1, 3.1): each default cell is marked.
        #expect(md.contains("| 1.1 自评估等级 | 10（默认） |"))
        #expect(md.contains("| 1.2 专家打分 | 20（默认） |"))
        #expect(md.contains("| 2.1 荣誉 | 10 |"))
        #expect(md.contains("| 1 基础 | 30（默认） |") && md.contains("| 2 加分 | 10 |"))
        let html = PanelHTML.render(report, rubric: fx.rubric, lang: .zh)
        #expect(html.contains("<td class=\"n\">10（默认）</td>") && html.contains(Self.notice))
        let en = PanelMarkdown.render(report, rubric: fx.rubric, lang: .en)
        #expect(en.contains("| 1.1 自评估等级 | 10 (default) |"))
        #expect(en.contains("the committee decides them and may change them in the rubric file test-defaults.yaml"))
        // A rubric without defaults prints no mark and no notice.
        let plain = try PanelFixture()
        let batch = plain.merge(try plain.standardBatch())
        #expect(!PanelMarkdown.render(batch, rubric: plain.rubric, lang: .zh).contains("标“默认”"))
        #expect(!PanelMarkdown.render(batch, rubric: plain.rubric, lang: .zh).contains("10（默认）"))
    }

    @Test func aColumnOfDefaultsIsMarkedOnceInItsHeading() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let all = CapColumn(rubric: fx.rubric, ids: ["1", "1.1", "1.2"], lang: .zh)
        #expect(all.allDefault && all.heading("满分") == "满分（默认）" && all.cell("10", id: "1.1") == "10")
        let mixed = CapColumn(rubric: fx.rubric, ids: ["1.1", "2.1"], lang: .en)
        #expect(!mixed.allDefault && mixed.heading("Cap") == "Cap" && mixed.cell("10", id: "1.1") == "10 (default)" && mixed.cell("10", id: "2.1") == "10")
        #expect(!CapColumn(rubric: fx.rubric, ids: [], lang: .zh).allDefault)
    }

    @Test func tablesKeepNumbersNumericWithAColumnAndANoticeLine() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let report = try Self.report(fx)
        let tables = PanelTables(report, rubric: fx.rubric, lang: .zh)
        let indicators = tables.indicators
        #expect(indicators.preamble == [Self.notice])              // complete report: the notice is the only line above the header
        let capColumn = try #require(indicators.heads.firstIndex(of: "满分"))
        #expect(indicators.heads[capColumn + 1] == "满分为默认")
        let row11 = try #require(indicators.rows.first { $0[3] == .text("1.1") })
        let row21 = try #require(indicators.rows.first { $0[3] == .text("2.1") })
        #expect(row11[capColumn] == .number(10, places: nil) && row11[capColumn + 1] == .text("是"))
        #expect(row21[capColumn] == .number(10, places: nil) && row21[capColumn + 1] == .text(""))
        let csv = PanelCSV.render(indicators)
        #expect(csv.hasPrefix(PanelCSV.bom + Self.notice + "\r\n申报编号,"))
        #expect(csv.contains(",1.1,自评估等级,10,是,是,"))
        for table in tables.all { #expect(table.preamble == [Self.notice], "\(table.name)") }
    }

    @Test func jsonCarriesADefaultFlagBesideEveryCapAndTheNotice() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let report = try Self.report(fx)
        let json = try Self.json(PanelJSON.render(report, rubric: fx.rubric))
        #expect(json["default_notice"] as? String == Self.notice)
        let app = try #require((json["applications"] as? [[String: Any]])?.first)
        let indicators = try #require(app["indicators"] as? [[String: Any]])
        let defaults = Dictionary(uniqueKeysWithValues: indicators.compactMap { i in (i["id"] as? String).map { ($0, i["default"] as? Bool) } })
        #expect(defaults["1.1"] == true && defaults["1.2"] == true && defaults["2.1"] == false && defaults["3.1"] == false)
        let subtotals = try #require(app["subtotals"] as? [[String: Any]])
        #expect(subtotals.first { $0["id"] as? String == "1" }?["default"] as? Bool == true)
        #expect(subtotals.first { $0["id"] as? String == "2" }?["default"] as? Bool == false)
    }

    @Test func formsAndAgendaMarkTheirDefaults() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let report = try Self.report(fx)
        let summary = SummaryForm(report, rubric: fx.rubric, lang: .zh)
        for text in [summary.text(), summary.html()] {
            #expect(text.contains("满分：基础分 40（默认），加分项 10"))
            #expect(text.contains("标“默认”的分值是 Panelist 的预设"))
        }
        // The applicant and title in full: wrapped within their column in the text, never cut.
        #expect(summary.html().contains("株洲恒驰轨道传动科技有限公司 — 齿轮箱箱体智能加工车间"))
        #expect(summary.text().contains("1    株洲恒驰轨道传动科技有限公 -    28") && summary.text().contains("\n     司 - 齿轮箱箱体智能加工车\n     间\n"))
        #expect(!summary.text().contains("..."))
        #expect(summary.text().split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let agenda = ChairAgenda(report: report)
        // Spreads: 1.1 10/5/10, 1.2 2/10/18, 3.1 10/4/10, each above 30% of its cap.
        #expect(agenda.items.map(\.indicator.id) == ["1.1", "1.2", "3.1"])
        let text = agenda.text(report, rubric: fx.rubric, lang: .zh)
        #expect(text.contains("1.2 专家打分  [满分 20（默认）]") && text.contains("3.1 核心装备投资  [满分 10]") && text.contains(Self.notice))
        #expect(agenda.text(report, rubric: fx.rubric, lang: .en).contains("[cap 20 (default)]"))
    }

    @Test func theScoreFormMarksDefaultsAndStaysWithin80Columns() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let path = try fx.journal(1, app: "A1", Self.sheet("A", "12", investment: "1800"))
        var intake = PanelIntake(rubricID: fx.rubric.id, rubricSHA256: fx.rubricSHA, policy: IntakePolicy())
        intake.add(file: "A1-R1.jsonl", bytes: fx.bytes(path))
        let submission = try #require(intake.finish().submissions.first)
        for lang in [Lang.zh, .en] {
            let form = ScoreForm(rubric: fx.rubric, header: submission.header, state: submission.state, info: nil, lang: lang)
            let text = form.text()
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lang): \(lines.filter { DisplayWidth.of($0) > 80 })")
            let mark = DefaultMark.tag(lang)
            #expect(lines.contains { $0.hasPrefix("1.1 ") && $0.contains("10" + mark) }, "\(text)")
            #expect(lines.contains { $0.hasPrefix("2.1 ") && !$0.contains(mark) })
            // 1.1 A 10 + 1.2 12 + 3.1 band A (1800 ≥ 1500) 10 = 32 of the base's 40, which rests on category 1's default cap.
            #expect(text.contains(lang.pick("基础分 32 / 40（默认）；加分 6 / 10", "Base 32 / 40 (default); bonus 6 / 10")))
            #expect(form.html().contains("<td class=\"n\">10" + mark + "</td>") && form.html().contains("class=\"notice\""))
        }
    }

    @Test func verifiedFiguresAreInTheScoresTableAndTheJSON() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let report = try Self.report(fx)
        let line = "核心装备购置费：申报书 1800万元，核实为 1450万元。理由：审计报告仅认可1450万元"
        let scores = PanelTables(report, rubric: fx.rubric, lang: .zh).scores
        let column = try #require(scores.heads.firstIndex(of: "核实数据"))
        let rows = scores.rows.filter { $0[3] == .text("3.1") }
        #expect(rows.map { $0[column] } == [.text(""), .text(line), .text("")])  // only the reviewer whose figure differs
        #expect(PanelMarkdown.render(report, rubric: fx.rubric, lang: .zh).contains(line))
        let en = PanelTables(report, rubric: fx.rubric, lang: .en).scores
        #expect(en.rows.contains { $0.contains(.text("Equipment spending: application states 1800万元, verified 1450万元. Reason: 审计报告仅认可1450万元")) })
        let json = try Self.json(PanelJSON.render(report, rubric: fx.rubric))
        let app = try #require((json["applications"] as? [[String: Any]])?.first)
        let indicator = try #require((app["indicators"] as? [[String: Any]])?.first { $0["id"] as? String == "3.1" })
        let figures = try #require(indicator["scores"] as? [[String: Any]]).map { $0["figures"] as? [[String: Any]] ?? [] }
        #expect(figures.map(\.count) == [0, 1, 0])
        let figure = try #require(figures[1].first)
        #expect(figure["number"] as? String == "investment" && figure["stated"] as? String == "1800" && figure["verified"] as? String == "1450")
        #expect(figure["reason"] as? String == "审计报告仅认可1450万元" && figure["unit"] as? String == "万元" && figure["text"] as? String == line)
    }

    @Test func aRefusedReturnFileIsListedFirstInEveryOutputInBothLanguages() throws {
        let fx = try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml")
        let refused = RefusedReturn(file: "r2.return.zip", reviewer: "张华",
                                    reason: LocalizedText("journals/A1.jsonl 的 SHA-256 与 return.json 不符；文件已损坏或被改动",
                                                          en: "the SHA-256 of journals/A1.jsonl does not match return.json; the file is damaged or altered"))
        let report = try Self.report(fx, refused: [refused])
        #expect(report.completeness.problems == [.refusedReturn(file: "r2.return.zip", reviewer: "张华", reason: refused.reason)])
        #expect(report.completeness.unadmitted.map(\.flag) == ["--allow-refused"])
        let zh = "拒绝交回文件：r2.return.zip（专家 张华 的交回文件，其中的日志均未合并）——journals/A1.jsonl 的 SHA-256 与 return.json 不符；文件已损坏或被改动"
        let en = "refused return file: r2.return.zip (张华's return; none of its journals merged): the SHA-256 of journals/A1.jsonl does not match return.json; the file is damaged or altered"
        let outputs = [PanelMarkdown.render(report, rubric: fx.rubric, lang: .zh), PanelHTML.render(report, rubric: fx.rubric, lang: .zh),
                       PanelCSV.render(PanelTables(report, rubric: fx.rubric, lang: .zh).ranking), SummaryForm(report, rubric: fx.rubric, lang: .zh).html(),
                       ChairAgenda(report: report).text(report, rubric: fx.rubric, lang: .zh)]
        for output in outputs {
            #expect(output.contains(zh), "\(output.prefix(300))")
            #expect(output.contains("【报告不完整】以下 1 项缺失或被拒绝"))
        }
        #expect(PanelMarkdown.render(report, rubric: fx.rubric, lang: .en).contains(en))
        #expect(PanelCSV.render(PanelTables(report, rubric: fx.rubric, lang: .en).scores).contains(en))
        let status = try #require(try Self.json(PanelJSON.render(report, rubric: fx.rubric))["_status"] as? [String: Any])
        let problem = try #require((status["problems"] as? [[String: Any]])?.first)
        #expect(problem["kind"] as? String == "refused_return" && problem["file"] as? String == "r2.return.zip" && problem["reviewer"] as? String == "张华")
        #expect(problem["reason_en"] as? String == refused.reason.text(.en) && problem["admitted_by"] is NSNull)
        // Admitted by --allow-refused: the report says under which flag it was issued.
        let admitted = try Self.report(try PanelFixture(yaml: Self.yaml, file: "test-defaults.yaml"), refused: [refused], flags: ["--allow-refused"])
        #expect(admitted.completeness.unadmitted.isEmpty)
        #expect(PanelMarkdown.render(admitted, rubric: fx.rubric, lang: .zh).contains("组长以 --allow-refused 明确准许按现状出具本报告"))
    }
}
