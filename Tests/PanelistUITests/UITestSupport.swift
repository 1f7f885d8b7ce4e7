import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// Builds UI models on the bundled rubrics and carries out effects like the real runner.
enum UITestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Error, CustomStringConvertible { var description: String }

    static func rubric(_ file: String) throws -> Rubric {
        let text = try String(contentsOf: root.appendingPathComponent("Rubrics/" + file), encoding: .utf8)
        guard let rubric = RubricLoader.load(yaml: text, file: file).rubric else { throw Failure(description: "cannot load \(file)") }
        return rubric
    }

    /// A fixture application loaded under its rubric, as `panelist review` opens it.
    static func application(_ file: String, rubric: Rubric) throws -> Application {
        let text = try String(contentsOf: root.appendingPathComponent("Fixtures/applications/" + file), encoding: .utf8)
        guard let app = ApplicationLoader.load(yaml: text, file: file, rubric: rubric).application else { throw Failure(description: "cannot load \(file)") }
        return app
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
        suggestions: [Suggestion(target: .number(indicator: "2.1", number: "investment"), stated: "1,800万元", value: 1800, unit: "万元",
                                 band: "B", bandLabel: "大于等于1500万元且小于3000万元", points: 10)],
        instances: ["8": "齿轮箱壳体车间智能排产"])

    static let profile = ApplicantProfile(variant: "workshop", attributes: ["industry": "equipment"])

    static func session(_ rubric: Rubric, profile: ApplicantProfile = profile, dossier: DossierText = dossier, state: ReviewState = ReviewState(),
                        view: ReviewView? = nil) -> ReviewSession {
        ReviewSession(review: Review(rubric: rubric, profile: profile, state: state), dossier: dossier, journalPath: "/tmp/j.jsonl", reviewerName: "张工", view: view)
    }

    static func model(width: Int = 120, height: Int = 40, lang: Lang = .zh, ascii: Bool = true, state: ReviewState = ReviewState()) throws -> AppModel {
        let session = session(try rubric("zhuzhou-benchmark.yaml"), state: state)
        var settings = UISettings(lang: lang, ascii: ascii, timeZone: TimeZone(identifier: "UTC") ?? .current)
        settings.commentPause = 1.5
        return AppModel(sessions: [session], settings: settings, width: width, height: height)
    }

    static let now = Date(timeIntervalSince1970: 1_767_000_000)

    /// Carries out effects as the runner would: appends are confirmed with a record at a fixed
    /// time (or reported failed when `failing` says so), sign-offs likewise.
    static func perform(_ effects: [Effect], on model: inout AppModel, failing: (JournalAction) -> Bool = { _ in false }) {
        for effect in effects {
            switch effect {
            case .append(let request):
                if failing(request.action) {
                    model.failed(request.id, reason: "磁盘已满（写入失败）")
                    continue
                }
                let seq = model.sessions[request.session].state.lastSeq + 1
                let record = JournalRecord(seq: seq, time: now.addingTimeInterval(Double(seq)), prev: JournalHash.zero, entry: .action(request.action))
                model.confirmed(request.id, record: record)
            case .signOff(let id, let index):
                let seq = model.sessions[index].state.lastSeq + 1
                let action = JournalAction.signoff(head: String(repeating: "0", count: 64), signature: "sig", fingerprint: "ab12")
                model.confirmed(id, record: JournalRecord(seq: seq, time: now.addingTimeInterval(Double(seq)), prev: JournalHash.zero, entry: .action(action)))
            case .rationale, .saveView, .quit:
                break
            }
        }
    }

    /// Feeds keys, carrying out effects as the runner would; returns every effect.
    @discardableResult
    static func type(_ keys: [Key], into model: inout AppModel, failing: (JournalAction) -> Bool = { _ in false }) -> [Effect] {
        var all: [Effect] = []
        for key in keys {
            let effects = model.handle(key, now: now)
            all += effects
            perform(effects, on: &model, failing: failing)
        }
        return all
    }

    /// The actions of the append effects.
    static func actions(_ effects: [Effect]) -> [JournalAction] {
        effects.compactMap { if case .append(let r) = $0 { return r.action } else { return nil } }
    }

    static func chars(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// Keys that search for `text` and select what is found.
    static func find(_ text: String) -> [Key] { [.character("/"), .control("u")] + chars(text) + [.enter] }

    /// The screen row (and column) where `text` is drawn, if it is; within `rect` when given.
    static func cell(of text: String, in grid: ScreenGrid, within rect: Layout.Rect? = nil) -> (row: Int, column: Int)? {
        for row in 0..<grid.height {
            let line = grid.line(row)
            var start = line.startIndex
            while let range = line.range(of: text, range: start..<line.endIndex) {
                let column = DisplayWidth.of(line[line.startIndex..<range.lowerBound])
                if rect.map({ $0.contains(row: row, column: column) }) ?? true { return (row, column) }
                start = range.upperBound
            }
        }
        return nil
    }

    /// The scoring panel's rows as text (labels before wrapping), for checks that must not depend on the width.
    static func panelText(_ model: AppModel) -> String {
        (model.panes.panel?.fields ?? []).map { $0.prefix + " " + $0.label + " " + $0.trailer }.joined(separator: "\n")
    }

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
