import Foundation
import PanelistCore
@testable import PanelistDocx
import Testing

/// zz-ciyun-sme-untidy.docx: seed 004's form as a hurried applicant fills it (ciyun() in make_fixtures.py): headings typed
/// as bold text, 申报类型 ticked with Word check-box controls, 企业性质 with ■, 所属行业 with √ after the option,
/// 实施方案 highlighted, 成熟度等级 with legacy FORMCHECKBOX fields, the name in a cell merged over two rows, stray
/// spaces and a full-width colon in 企 业 名 称：, blank rows, an extra row the form does not have, an approximate
/// figure, the form's instructions left in, section 七 missing, a picture and an embedded Excel sheet.
@Suite("Import: 004 untidy SME form")
struct ZhuzhouUntidyImportTests {
    let result: DocxImport
    init() throws { result = try DocxFixture.importing("zz-ciyun-sme-untidy.docx", rubric: "zhuzhou-benchmark") }

    @Test func everyWayOfTickingIsRead() throws {
        let app = try #require(result.application, "\(result.diagnostics)")
        #expect(app.variant?.value == "sme")                                          // w14:checkbox content control
        #expect(result.entries(.found, "申报类型").first?.zh == "勾选方式：☑")
        #expect(app.applicant.ownership == "民营")                                    // ■民营
        #expect(result.entries(.found, "企业性质").first?.en == "ticked as: ■")
        #expect(app.applicant.industry?.value == "consumer")                          // □消费品行业√
        #expect(result.entries(.found, "所属行业").first?.en == "ticked as: √")
        #expect(app.section("basic")?.text.contains("- 智能制造实施方案：局部实施方案") == true)   // highlighted
        #expect(result.entries(.found, "智能制造实施方案").first?.en == "ticked as: highlight")
        #expect(app.fact("maturity_level")?.number.value == 2)                        // FORMCHECKBOX checked on 二级
        #expect(app.fact("investment_total")?.number.text == "620万元")
    }

    @Test func labelsWithStraySpacesAndMergedValueCells() throws {
        let app = try #require(result.application)
        #expect(app.applicant.name == "醴陵瓷韵日用陶瓷有限公司")                      // 企 业 名 称： / a value merged over two rows
        #expect(result.entries(.found, "企业名称").first?.origin == .cell(table: 1, row: 1, cell: 2))
        #expect(app.applicant.address == "湖南省醴陵市经济开发区陶瓷科技工业园瓷都大道 66 号")   // one row further down
        #expect(app.applicant.legalRepresentative?.phone == "139 7532 1086")          // as written
        #expect(app.applicant.contact?.email == "")
        #expect(result.entries(.empty, "邮箱").first?.target == "applicant.contact.email")
    }

    @Test func theReportListsExactlyWhatIsLeft() throws {
        // To fill: the approximate figure and the missing section 七.
        let missing = result.report.entries(.missing)
        #expect(missing.map(\.subject) == ["库存周转率提升", "七、下一步工作计划"])
        #expect(missing[0].value == "约15%")
        #expect(missing[0].en.contains("not an exact figure"))
        #expect(missing[0].origin == .cell(table: 1, row: 39, cell: 5))
        // Unmatched: the row the applicant added; it is kept in the form section, not dropped.
        #expect(result.report.entries(.unmatched).map(\.subject) == ["企业网址"])
        #expect(result.application?.section("basic")?.text.contains("- 企业网址：www.ciyun-ceramics.example.cn") == true)
        #expect(result.application?.section("basic")?.text.contains("- 库存周转率提升：约15%") == true)
        // Instructions left in: one paragraph in 二 and 三, two in 四.
        let skipped = Dictionary(uniqueKeysWithValues: result.report.entries(.skipped).filter { $0.target.hasPrefix("sections.") }.map { ($0.target, $0.value) })
        #expect(skipped == ["sections.overview": "1", "sections.implementation": "1", "sections.equipment_list": "2"])
        // 二 holds about 276 characters against 200.
        #expect(result.entries(.guessed, "二、企业情况概述").first?.value == "276字")
    }

    @Test func boldHeadingsStillMakeSections() throws {
        let app = try #require(result.application)
        #expect(app.sections.map(\.id) == ["basic", "overview", "implementation", "equipment_list", "results", "influence", "lessons", "attachments"])
        #expect(app.section("overview")?.text.contains("要求") == false)             // the 要求 paragraph is not the applicant's
    }

    @Test func blankRowsAreSkippedAndOtherScenariosKept() throws {
        let app = try #require(result.application)
        #expect(app.tables.first { $0.id == "equipment" }?.rows.count == 6)
        #expect(result.entries(.found, "（一）企业使用的智能制造核心装备清单表").first?.en == "3 blank row(s) skipped")
        #expect(app.scenarios.compactMap(\.scenario) == ["7", "13", "16", "19", "20", "31", "38"])   // 有 in 有/无
        #expect(app.scenarios.compactMap(\.otherTitle) == ["釉料配方数字化管理", "窑具寿命跟踪"])
        // The matrix's first year column is empty.
        #expect(result.kpi("主营业务收入", note: "上3年") == nil)
        #expect(result.kpi("主营业务收入", note: "上年度")?.number.value == 18650)
    }

    @Test func picturesAndEmbeddedObjectsAreEvidencePlaceholders() throws {
        let app = try #require(result.application)
        let placeholders = app.evidence.filter { $0.file.hasPrefix("文档内") }
        #expect(placeholders.count == 2)
        #expect(placeholders.contains { $0.file.contains("image1.png") && $0.file.contains("图1 成品立体仓库与堆垛机") })
        #expect(placeholders.contains { $0.file.contains("Excel.Sheet.12") && $0.file.contains("图2 窑炉能耗统计表") })
        #expect(placeholders.allSatisfy { $0.target.value == "2.1" })              // 三's first indicator that is not a gate
    }
}
