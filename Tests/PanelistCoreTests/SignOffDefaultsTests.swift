import Foundation
import Testing
@testable import PanelistCore

/// Issue #14: what a reviewer confirms before signing marks the full marks that are Panelist defaults
/// and says who decides them; a rubric of the seed's own figures shows no mark.
@Suite("Sign-off summary: Panelist defaults")
struct SignOffDefaultsTests {
    static func summary(_ file: String, variant: String? = nil) throws -> SignOffSummary {
        let rubric = try TestRubrics.load(file)
        let profile = ApplicantProfile(variant: variant)
        let state = ReviewState.replay([JournalRecord]())
        let sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
        return SignOffSummary(rubric: rubric, profile: profile, state: state, sheet: sheet, applicationID: "A1", reviewer: "李明")
    }

    @Test func excellenceMarksItsAssessmentCapsAndBase() throws {
        // 001: the five areas' assessment (assess, 100 in all) is a Panelist default; the seed's KPIs are records.
        let s = try Self.summary("excellence-smart-factory.yaml", variant: "excellent")
        let zh = s.text(.zh)
        #expect(zh.contains("assess 建设内容专家评议（分值为 Panelist 默认）  0 / 100（默认）"))
        #expect(zh.contains("基础分 0 / 100（默认）"))
        #expect(zh.contains("标“默认”的分值是 Panelist 的预设，原文未规定；由组织方确定"))
        let en = s.text(.en)
        #expect(en.contains("Base 0 / 100 (default)") && en.contains("the organiser decides them"))
    }

    @Test func zhuzhouHasNoMark() throws {
        let text = try Self.summary("zhuzhou-benchmark.yaml", variant: "workshop").text(.zh)
        #expect(text.contains("基础分 0 / 100；加分项 0 / 30"))
        #expect(!text.contains("默认"))
    }
}
