import Foundation
import Testing
@testable import PanelistCore

@Suite("panelist rubric show")
struct RubricTreeReportTests {
    @Test(arguments: [(Lang.zh, "workshop", 80, true), (Lang.zh, "sme", 100, false), (Lang.en, "workshop", 80, false)])
    func zhuzhouTreeSnapshot(lang: Lang, variant: String, width: Int, ascii: Bool) throws {
        let rubric = try TestRubrics.load("zhuzhou-benchmark.yaml")
        let lines = RubricTreeReport(rubric: rubric, variant: variant, lang: lang, width: width, ascii: ascii).render()
        let wide = lines.filter { DisplayWidth.of($0) > width }
        #expect(wide.isEmpty, "lines wider than \(width): \(wide)")
        Snapshot.expect(lines.joined(separator: "\n") + "\n", named: "zhuzhou-\(variant)-\(lang.rawValue)-\(width)\(ascii ? "-ascii" : "").txt")
    }

    @Test func everyBundledRubricFitsNarrowTerminals() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestRubrics.directory.path).filter { $0.hasSuffix(".yaml") }
        for file in files {
            let rubric = try TestRubrics.load(file)
            for variant in rubric.variants.isEmpty ? [nil] : rubric.variants.map(\.id) {
                for width in [60, 80, 133] {
                    let lines = RubricTreeReport(rubric: rubric, variant: variant, lang: .zh, width: width).render()
                    #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(file) \(variant ?? "") at \(width)")
                }
            }
        }
    }
}
