import Foundation
import Testing
@testable import PanelistCore

/// Figures and tables an application form requires (`required:`), checked by `app check` and
/// `ApplicationRequirements` (which the screen asks per indicator).
@Suite("Required application figures")
struct RequiredFiguresTests {
    static func app(_ fixture: String, rubric: Rubric, editing: (String) -> String = { $0 }) throws -> (Application, [Diagnostic]) {
        let text = editing(try TestApplications.text("applications/" + fixture))
        let (app, diagnostics) = ApplicationLoader.load(yaml: text, file: fixture, rubric: rubric)
        return (try #require(app), diagnostics)
    }

    /// 003 附件2 stars nine figures "（带*必填）" (seed 003 lines 219–273): 核心设备台套数, 关键装备数控化,
    /// 设备联网率, 全员劳动生产效率提高, 企业生产运营成本降低, 产品不良率降低, 单位产值或产品综合能耗降低,
    /// 线上成熟度评估值, 先进制造模式、解决方案……输出推广企业数量.
    @Test func shaoxingFactoryStarsNineFigures() throws {
        let rubric = try TestRubrics.load("shaoxing-smart-factory.yaml")
        #expect(rubric.required.map(\.id) == ["core_equipment_count", "nc_rate", "networking_rate", "labour_productivity",
                                              "operating_cost", "defect_rate", "energy", "maturity_score", "promoted_enterprises"])
        #expect(rubric.required.allSatisfy { $0.kind == .figure && $0.source?.text(.zh) == "附件2 一、智能工厂申请表（带*必填）" })
        let (complete, _) = try Self.app("sx-2025-f-lanti.yaml", rubric: rubric)
        #expect(ApplicationRequirements.missing(rubric, complete).isEmpty)

        // Drop two starred figures: both are listed, with where the form asks for them.
        let (partial, diagnostics) = try Self.app("sx-2025-f-lanti.yaml", rubric: rubric) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("title: 设备联网率") && !$0.contains("title: 线上成熟度评估值") }.joined(separator: "\n")
        }
        let missing = ApplicationRequirements.missing(rubric, partial)
        #expect(missing.map(\.item.id) == ["networking_rate", "maturity_score"])
        #expect(missing[1].line(.zh) == "线上成熟度评估值（附件2 一、智能工厂申请表（带*必填）），用于 G8：申报书未提供")
        #expect(ApplicationRequirements.missing(rubric, partial, for: "G8").map(\.item.id) == ["maturity_score"])
        #expect(diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("required by the form") }.count == 2)
        #expect(!diagnostics.contains { $0.severity == .error })   // the application is still used
    }

    /// A rubric fact states a required figure as well as a form figure does (数控化率: fact nc_rate, gate G4).
    @Test func aFactMeetsARequiredFigure() throws {
        let rubric = try TestRubrics.load("shaoxing-smart-factory.yaml")
        let (app, _) = try Self.app("sx-2025-f-lanti.yaml", rubric: rubric) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("title: 关键装备数控化率") }.joined(separator: "\n")
        }
        let status = try #require(ApplicationRequirements.check(rubric, app).first { $0.item.id == "nc_rate" })
        #expect(status.isMet)
        #expect(status.foundAs == "nc_rate: 85%")
    }

    /// 001 1.1.d (软硬件累计投入, 企业提供采购清单, seed 001 line 14) and 1.3.e (装备联网率, 提供设备清单, line 39)
    /// need appendix 2 (企业设备系统购置情况一览表, lines 373–375: 单价, 台套数, 是否联网).
    @Test func zhejiangNeedsAppendixTwo() throws {
        let rubric = try TestRubrics.load("zhejiang-future-factory.yaml")
        let item = try #require(rubric.required.first)
        #expect(item.kind == .table && item.indicators == ["1.1.d", "1.3.e"])
        #expect(item.columns == ["设备系统单价", "设备系统台套数", "是否联网"])
        let (complete, _) = try Self.app("zj-2024-lanchi.yaml", rubric: rubric)
        #expect(ApplicationRequirements.missing(rubric, complete).isEmpty)
        let (renamed, _) = try Self.app("zj-2024-lanchi.yaml", rubric: rubric) {
            $0.replacingOccurrences(of: "附录2 企业设备系统购置情况一览表（主要设备系统）", with: "主要设备")
        }
        #expect(ApplicationRequirements.missing(rubric, renamed, for: "1.3.e").count == 1)
        #expect(ApplicationRequirements.missing(rubric, renamed, for: "1.2.a").isEmpty)
        let (noColumn, _) = try Self.app("zj-2024-lanchi.yaml", rubric: rubric) { $0.replacingOccurrences(of: ", 是否联网,", with: ", 联网情况,") }
        let status = try #require(ApplicationRequirements.missing(rubric, noColumn).first)
        #expect(status.missingColumns == ["是否联网"])
        #expect(status.line(.en).hasSuffix("lacks the columns 是否联网"))
    }

    @Test func formatErrorsNameTheLine() {
        let yaml = """
        format: panelist-rubric/1
        id: t
        title: T
        required:
          figures:
            - {id: x, title: 某数值}
            - {id: y, title: 另一数值, fact: nope, match: [另一], indicators: ["9"]}
        categories:
          - {id: "1", title: A, cap: 10, parts: [{kind: manual}]}
        """
        let (_, diagnostics) = TestRubrics.parse(yaml)
        #expect(diagnostics.contains { $0.location.line == 6 && $0.message.contains("'match'") })
        let (_, more) = TestRubrics.parse(yaml.replacingOccurrences(of: "    - {id: x, title: 某数值}\n", with: ""))
        #expect(more.contains { $0.message.contains("fact 'nope'") })
        #expect(more.contains { $0.message.contains("names '9'") })
    }
}
