import Crypto
import Foundation
import PanelistCore
import PanelistStore
import Testing

/// A temp folder with a small hand-computable rubric and journals written by `JournalFile`.
final class PanelFixture {
    static let rubricYAML = """
    format: panelist-rubric/1
    id: test-panel
    title: 测试细则
    title_en: Test rubric
    version: t1
    totals: {base: 30, bonus: 10, threshold: 20}
    panel:
      rule: trimmed_mean
      rounding: {places: 2, mode: half_up}
      divergence: {spread_fraction: 0.3}
      gate_rule: any_fail
    gates:
      - {id: G1, title: 近三年投入不低于300万元}
    categories:
      - id: "1"
        title: 基础
        cap: 30
        children:
          - id: "1.1"
            title: 自评估等级
            cap: 10
            parts:
              - kind: choice
                options:
                  - {id: A, text: 三级及以上, points: 10}
                  - {id: B, text: 二级, points: 5}
                  - {id: C, text: 一级, points: 0}
          - id: "1.2"
            title: 专家打分
            cap: 10
            parts: [{kind: manual}]
          - id: "1.3"
            title: 中位数指标
            cap: 10
            panel_rule: median
            parts: [{kind: manual}]
      - id: "2"
        title: 加分
        kind: bonus
        cap: 10
        children:
          - id: "2.1"
            title: 荣誉
            cap: 10
            panel_rule: mean
            parts:
              - kind: checklist
                mode: sum
                items:
                  - {id: a, text: 国家级, points: 6}
                  - {id: b, text: 省级, points: 4}
    """

    let dir: String
    let rubric: Rubric
    let rubricSHA: String
    var clock = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z

    /// A fixture for the standard test rubric, or another rubric's YAML (`file` names it in messages).
    init(yaml: String = PanelFixture.rubricYAML, file: String = "test-panel.yaml") throws {
        dir = NSTemporaryDirectory() + "panelist-panel-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let (r, diagnostics) = RubricLoader.load(yaml: yaml, file: file)
        guard let r else { throw FixtureError(diagnostics.map(\.description).joined(separator: "\n")) }
        let errors = RubricValidator.validate(r).filter { $0.severity == .error }
        guard errors.isEmpty else { throw FixtureError(errors.map(\.description).joined(separator: "\n")) }
        rubric = r
        rubricSHA = JournalHash.sha256Hex(Array(yaml.utf8))
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// A deterministic key for reviewer number n.
    static func key(_ n: Int) -> ReviewerKey {
        // Force-unwrap-free: a 32-byte seed is always a valid Curve25519 private key.
        let raw = Data((0..<32).map { UInt8(($0 * 7 + n * 13) & 0xFF) })
        return ReviewerKey(privateKey: (try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)) ?? Curve25519.Signing.PrivateKey())
    }

    func tick() -> Date {
        clock = clock.addingTimeInterval(60)
        return clock
    }

    /// Writes a journal of reviewer n for an application; returns its path.
    @discardableResult
    func journal(_ n: Int, app: String, file: String? = nil, rubricSHA: String? = nil, appSHA: String? = nil, sign: Bool = true,
                 _ actions: [JournalAction]) throws -> String {
        let key = Self.key(n)
        let path = dir + "/" + (file ?? "\(app)-R\(n).jsonl")
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "专家\(n)", id: "R\(n)", publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: rubric.id, sha256: rubricSHA ?? self.rubricSHA),
            application: JournalDocumentRef(id: app, sha256: appSHA ?? JournalHash.sha256Hex(Array("application \(app)".utf8))),
            tool: "panelist test", created: tick())
        let j = try JournalFile.create(path: path, header: header, at: clock)
        j.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile())
        for a in actions { try j.append(a, at: tick()) }
        if sign { try j.signOff(with: key, at: tick()) }
        j.close()
        return path
    }

    /// A chair journal (key 99) with resolutions.
    @discardableResult
    func chairJournal(sign: Bool = true, _ actions: [JournalAction]) throws -> String {
        let key = Self.key(99)
        let path = dir + "/chair.jsonl"
        let header = JournalHeader(
            reviewer: JournalReviewer(name: "组长", id: "chair", publicKey: key.publicKeyBase64, fingerprint: key.fingerprint),
            rubric: JournalDocumentRef(id: rubric.id, sha256: rubricSHA),
            application: JournalDocumentRef(id: ChairState.applicationID, sha256: JournalHash.sha256Hex([UInt8]())),
            tool: "panelist test", created: tick())
        let j = try JournalFile.create(path: path, header: header, at: clock)
        j.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile())
        for a in actions { try j.append(a, at: tick()) }
        if sign { try j.signOff(with: key, at: tick()) }
        j.close()
        return path
    }

    /// One reviewer's sheet: 1.1 option, 1.2 and 1.3 points, 2.1 ticks, G1 verdict.
    static func sheet(_ option: String, _ p12: String, _ p13: String, _ ticks: [String], gate: GateVerdict = .pass, reason: String = "", comment: String? = nil) -> [JournalAction] {
        var out: [JournalAction] = [
            .gate(gate: "G1", verdict: gate, reason: reason),
            .choose(indicator: "1.1", part: "1", option: option),
            .points(indicator: "1.2", part: "1", points: Decimal.exact(p12)),
            .points(indicator: "1.3", part: "1", points: Decimal.exact(p13)),
        ]
        out.append(.tick(indicator: "2.1", part: "1", item: "a", on: ticks.contains("a")))
        out.append(.tick(indicator: "2.1", part: "1", item: "b", on: ticks.contains("b")))
        if let comment { out.append(.comment(target: "1.2", text: comment)) }
        return out
    }

    /// Reads a file's bytes.
    func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    /// Runs intake and merge over paths (in the given order) with a policy and an optional chair journal.
    func merge(_ paths: [String], policy: IntakePolicy = IntakePolicy(), chair: String? = nil) -> PanelReport {
        var intake = PanelIntake(rubricID: rubric.id, rubricSHA256: rubricSHA, policy: policy)
        for p in paths { intake.add(file: URL(fileURLWithPath: p).lastPathComponent, bytes: bytes(p)) }
        if let chair { intake.addChair(file: URL(fileURLWithPath: chair).lastPathComponent, bytes: bytes(chair)) }
        return PanelMerger.merge(rubric, rubricSHA256: rubricSHA, intake: intake.finish())
    }

    /// Every rendered output of a report, concatenated (for byte comparisons).
    func rendered(_ report: PanelReport) -> [String] {
        [PanelMarkdown.render(report, rubric: rubric, lang: .zh), PanelMarkdown.render(report, rubric: rubric, lang: .en),
         PanelHTML.render(report, rubric: rubric, lang: .zh), PanelCSV.applications(report, rubric: rubric, lang: .zh),
         PanelCSV.indicators(report, rubric: rubric, lang: .zh), PanelCSV.scores(report, rubric: rubric, lang: .zh),
         PanelJSON.render(report, rubric: rubric), AgreementMarkdown.render(report, lang: .zh),
         ChairAgenda(report: report).text(report, rubric: rubric, lang: .zh)]
    }

    /// The standard batch: A1 (5 reviewers), A2 (3 scoring, R4 recused, R3 fails G1), A3 (4 reviewers).
    func standardBatch() throws -> [String] {
        var paths: [String] = []
        // A1 — five reviewers: trimmed mean applies to 1.1 and 1.2.
        paths.append(try journal(1, app: "A1", Self.sheet("A", "7", "4", ["a", "b"], comment: "数字化设计完整")))
        paths.append(try journal(2, app: "A1", Self.sheet("A", "8", "5", ["a"])))
        paths.append(try journal(3, app: "A1", Self.sheet("B", "8", "6", ["b"])))
        paths.append(try journal(4, app: "A1", Self.sheet("A", "9", "9", [])))
        paths.append(try journal(5, app: "A1", Self.sheet("C", "6.5", "10", ["a"])))
        // A2 — R4 recused; R3 fails the gate.
        paths.append(try journal(1, app: "A2", Self.sheet("B", "6", "5", ["b"])))
        paths.append(try journal(2, app: "A2", Self.sheet("B", "7", "6", ["b"])))
        paths.append(try journal(3, app: "A2", Self.sheet("B", "9", "8", [], gate: .fail, reason: "审计报告显示投入仅250万元")))
        paths.append(try journal(4, app: "A2", [.recuse(reason: "曾为该企业提供咨询")]))
        // A3 — four reviewers: trimmed mean falls back to the mean.
        paths.append(try journal(1, app: "A3", Self.sheet("A", "10", "10", ["a", "b"])))
        paths.append(try journal(2, app: "A3", Self.sheet("A", "10", "10", ["a", "b"])))
        paths.append(try journal(3, app: "A3", Self.sheet("A", "9", "10", ["a", "b"])))
        paths.append(try journal(4, app: "A3", Self.sheet("A", "9", "9", ["a", "b"])))
        return paths
    }
}
