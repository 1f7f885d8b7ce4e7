import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// Builds UI models on the bundled Zhuzhou rubric and applies effects like the real runner.
enum UITestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func rubric(_ file: String) throws -> Rubric {
        let text = try String(contentsOf: root.appendingPathComponent("Rubrics/" + file), encoding: .utf8)
        guard let rubric = RubricLoader.load(yaml: text, file: file).rubric else { throw Failure(description: "cannot load \(file)") }
        return rubric
    }

    static let dossier = DossierText(
        id: "ZZ-2024-W-001", name: "株洲恒驰精密机械有限公司",
        sections: [
            .init(id: "s3", title: "三、智能制造实施内容", indicators: ["2.1", "2.3"],
                  text: "公司以齿轮箱壳体加工车间为申报车间，近三年累计投入智能制造核心装备及服务费用1,800万元，建成五轴柔性加工单元两条，并上线MES与APS系统，实现车间智能排产与质量精准追溯。"),
            .init(id: "s4", title: "五、技术成果清单", indicators: ["2.5"], text: "取得发明专利授权3项、实用新型专利5项、软件著作权2项。"),
        ],
        evidence: [.init(target: "2.1", file: "附件4-1 专项审计报告.pdf", description: "近三年智能制造投入专项审计", page: "12")],
        stated: ["investment_total": "1,800万元"],
        hints: ["2.1/investment": .init(text: "申报书填报 1,800万元 → B档（大于等于1500万元且小于3000万元）10分", value: 1800)],
        instances: ["8": "齿轮箱壳体车间智能排产"])

    static func model(width: Int = 120, height: Int = 40, lang: Lang = .zh, ascii: Bool = true, state: ReviewState = ReviewState()) throws -> AppModel {
        let rubric = try rubric("zhuzhou-benchmark.yaml")
        let session = ReviewSession(rubric: rubric, profile: ApplicantProfile(variant: "workshop", attributes: ["industry": "equipment"]),
                                    dossier: dossier, journalPath: "/tmp/j.jsonl", reviewerName: "张工", state: state)
        var model = AppModel(sessions: [session], lang: lang, ascii: ascii)
        model.timeZone = TimeZone(identifier: "UTC") ?? .current
        model.resize(width: width, height: height)
        return model
    }

    /// Feeds keys, carrying out effects as the runner would (appends succeed at a fixed time).
    static func type(_ keys: [Key], into model: inout AppModel) -> [Effect] {
        var all: [Effect] = []
        for key in keys {
            let effects = model.handle(key, now: Date(timeIntervalSince1970: 1_767_000_000))
            all += effects
            for effect in effects {
                if case .append(let index, let action, let undoable) = effect {
                    let seq = model.sessions[index].state.lastSeq + 1
                    model.appended(action, session: index, time: Date(timeIntervalSince1970: 1_767_000_000 + Double(seq)), seq: seq, undoable: undoable)
                }
            }
        }
        return all
    }

    static func chars(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// Compares a screen with `Snapshots/<name>`; `PANELIST_RECORD_SNAPSHOTS=1` rewrites it.
    static func snapshot(_ grid: ScreenGrid, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = root.appendingPathComponent("Tests/PanelistUITests/Snapshots/" + name)
        let text = grid.text + "\n"
        if ProcessInfo.processInfo.environment["PANELIST_RECORD_SNAPSHOTS"] == "1" {
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("snapshot \(name) missing; record with PANELIST_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
            let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("snapshot \(name) differs at line \(i + 1):\n  expected: \(i < a.count ? a[i] : "<end>")\n  actual:   \(i < b.count ? b[i] : "<end>")", sourceLocation: sourceLocation)
        }
    }
}
