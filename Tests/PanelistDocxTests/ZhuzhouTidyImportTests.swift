import Foundation
import PanelistCore
@testable import PanelistDocx
import Testing

/// zz-hengchi-workshop.docx: seed 004's 附件2 filled tidily (heading styles, ☑, √ in 有/无). Every expected value
/// below is what make_fixtures.py writes into the document (hengchi()), checked by hand against seed 004's form.
@Suite("Import: 004 tidy workshop form")
struct ZhuzhouTidyImportTests {
    let result: DocxImport
    init() throws { result = try DocxFixture.importing("zz-hengchi-workshop.docx", rubric: "zhuzhou-benchmark") }

    @Test func theFileLoadsAndNothingIsLeftToFill() throws {
        #expect(result.accepted, "\(result.diagnostics)")
        #expect(result.report.entries(.missing).isEmpty, "\(result.report.entries(.missing))")
        // Left empty: the optional 实施效果 cells the applicant did not fill (seed 004 line 863: "如果当前没有，可以不填"),
        // 工业软件购置费 (included in the equipment figure) and the empty standards table.
        let empty = Set(result.report.entries(.empty).map(\.subject))
        #expect(empty == ["其中：工业软件购置费", "资源综合利用率提升", "研发周期缩短", "库存周转率提升", "产业链供应链智能制造协同平台接入企业数量",
                          "订单完成周期缩短", "物流成本占比企业运营降低率", "其他效果", "（二）企业参与的标准或标准草案清单表"])
        #expect(result.report.entries(.unmatched).isEmpty, "\(result.report.entries(.unmatched))")
    }

    @Test func coverAndBasicTableFields() throws {
        let app = try #require(result.application)
        #expect(app.title == "株洲恒驰轨道传动科技有限公司 齿轮箱箱体智能加工车间")
        #expect(app.variant?.value == "workshop")                                   // 申 报 类 型：☑标杆车间 □标杆中小企业
        #expect(app.date == "2024 年 5 月 20 日")
        #expect(app.applicant.name == "株洲恒驰轨道传动科技有限公司")
        #expect(app.applicant.creditCode.value == "91430211MA4PX7K3X6")
        #expect(app.applicant.address == "湖南省株洲市天元区栗雨工业园黄河南路 188 号")
        #expect(app.applicant.founded == "2011年6月15日")
        #expect(app.applicant.ownership == "民营")                                 // □国有 ☑民营 □三资 □其他
        #expect(app.applicant.industry?.value == "equipment")                      // ☑装备制造行业
        #expect(app.applicant.legalRepresentative == Contact(name: "周建国", title: "董事长", phone: "13907331234", email: "zhoujg@hengchi-drive.example.cn"))
        #expect(app.applicant.contact == Contact(name: "刘晓雯", title: "信息化部部长", phone: "13873355678", email: "liuxw@hengchi-drive.example.cn"))
        // Where they came from: 统一社会信用代码 is in row 3's fourth cell; the phone in the 法人代表 block's row 4, cell 5.
        #expect(result.entries(.found, "统一社会信用代码").first?.origin == .cell(table: 1, row: 3, cell: 4))
        #expect(result.report.entries.first { $0.target == "applicant.legal_representative.phone" }?.origin == .cell(table: 1, row: 4, cell: 5))
    }

    @Test func figuresGoToFactsNumbersAndKPIs() throws {
        let app = try #require(result.application)
        #expect(app.fact("investment_total")?.number.value == 1860)                // "1,860" in the cell, 万元 from the label
        #expect(app.fact("investment_total")?.number.unit == "万元")
        #expect(app.fact("maturity_level")?.number.value == 3)                     // 1.等级：☑三级
        #expect(app.fact("maturity_score")?.number.value == Decimal(string: "3.62"))
        // 4.1: the ④株洲本地 rows of the equipment table: 210 + 96 + 90 + 61 = 457 of 560+210+168+96+90+85+148+62+61 = 1480.
        #expect(app.number(indicator: "4.1", id: "local")?.number.value == 457)
        #expect(app.number(indicator: "4.1", id: "total")?.number.value == 1480)
        // 4.2: services 48 + 24 + 24 = 96 of 45+60+179+48+24+24 = 380.
        #expect(app.number(indicator: "4.2", id: "local")?.number.value == 96)
        #expect(app.number(indicator: "4.2", id: "total")?.number.value == 380)
        #expect(result.entries(.guessed, "numbers.4.1.local").count == 1)          // a sum is reported as a guess
        #expect(result.kpi("关键设备数控化率")?.number.text == "92%")               // (%) from the label
        #expect(result.kpi("订单准时交付率提升")?.number.text == "9%")
        #expect(result.kpi("主营业务收入", note: "上年度")?.number.value == 52360)
        #expect(result.kpi("从业人员数", note: "上3年")?.number.value == 452)
        #expect(result.kpi("核心技术装备购置费")?.number.text == "1,480万元")
        #expect(result.kpi("所覆盖的环节数目")?.number.text == "5个")
        #expect(app.keyFigures.count == 8 + 18 + 5)                                // 8 实施效果, 6×3 经济指标, 5 in 标杆创建基本情况
    }

    @Test func sectionsAreLinkedToTheTemplatesIndicators() throws {
        let app = try #require(result.application)
        #expect(app.sections.map(\.id) == ["basic", "overview", "implementation", "equipment_list", "results", "influence", "plan", "lessons", "attachments"])
        #expect(app.section("implementation")?.indicators.map(\.value) == ["G2", "G3", "G4", "2.1", "2.3", "6.1", "6.2"])
        #expect(app.section("overview")?.title == "二、企业情况概述")
        #expect(app.section("overview")?.text.hasPrefix("株洲恒驰轨道传动科技有限公司成立于2011年") == true)
        let basic = try #require(app.section("basic")?.text)
        #expect(basic.contains("- 智能制造实施方案：整体实施方案"))
        #expect(basic.contains("- 新技术应用：5G、人工智能、数字孪生、可重构生产"))
        #expect(basic.contains("- 企业获得的省部级以上荣誉：湖南省智能制造示范车间、国家两化融合贯标通过评定企业、湖南省专精特新“小巨人”企业"))
        #expect(app.section("implementation")?.text.contains("### （三）生产作业") == true)
        // 二 is over its 200-character limit (seed 004 line 884: 二、企业情况概述（200字以内）).
        #expect(result.entries(.guessed, "二、企业情况概述").count == 1)
    }

    @Test func scenarioTicksAndInstances() throws {
        let app = try #require(result.application)
        #expect(app.scenarios.map { $0.scenario ?? "" } == ["5", "8", "10", "14", "19", "20", "24"])
        #expect(app.scenarios.map { $0.segment ?? "" } == ["3", "4", "5", "5", "7", "7", "8"])
        #expect(app.scenarios.first { $0.scenario == "10" }?.instance == "五轴加工中心 + 桁架机器人柔性加工单元")
        #expect(app.scenarios.allSatisfy { $0.section == "implementation" })
    }

    @Test func tablesByTheirHeadings() throws {
        let app = try #require(result.application)
        let equipment = try #require(app.tables.first { $0.id == "equipment" })
        #expect(equipment.columns == ["类型", "设备名称", "供应商名称", "产地", "功能", "原值（万元）", "对应证明材料页数"])
        #expect(equipment.rows.count == 9)
        #expect(equipment.rows[0] == ["①智能制造核心技术装备", "五轴卧式加工中心（2台）", "德马吉森精机（中国）有限公司", "①进口", "箱体多面一次装夹加工", "560", "41"])
        #expect(app.tables.first { $0.id == "services" }?.rows.last?.last == "57")    // 第57页
        #expect(app.tables.first { $0.id == "patents" }?.rows.count == 10)
        #expect(app.tables.first { $0.id == "reports" }?.rows == [["箱体柔性加工单元操作与维护技术规范", "技术规范（企业内部）", "71"]])
        #expect(app.tables.first { $0.id == "standards" }?.rows.isEmpty == true)
    }

    @Test func attachmentsAndPicturesBecomeEvidence() throws {
        let app = try #require(result.application)
        let byTarget = Dictionary(grouping: app.evidence, by: \.target.value)
        #expect(byTarget["G1"]?.first?.page == "1-2")                                // （一）营业执照复印件（第1-2页）
        #expect(byTarget["2.2"]?.first?.page == "3-28")
        #expect(byTarget["2.1"]?.map(\.page).contains("31-57") == true)
        #expect(byTarget["6.1"]?.count == 2)                                         // 车间照片, 经验交流活动照片
        let picture = try #require(byTarget["2.1"]?.first { $0.file.contains("image1.png") })
        #expect(picture.file.contains("图1 五轴加工中心+桁架机器人柔性加工单元"))
    }
}
