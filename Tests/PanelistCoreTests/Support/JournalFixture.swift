import Foundation
@testable import PanelistCore

/// A small inline rubric and helpers for journal tests (bundled rubrics are not used).
enum JournalFixture {
    /// The rubric YAML: one gate, five indicators of five part kinds.
    static let yaml = """
format: panelist-rubric/1
id: journal-test
title: 日志测试细则
gates:
  - id: G1
    title: 投入不低于300万元
    evidence: [专项审计报告]
categories:
  - id: "1"
    title: 类别一
    cap: 45
    children:
      - id: "1.1"
        title: 自评估等级
        cap: 10
        evidence: [自诊断结果证明, 现场照片]
        parts:
          - kind: choice
            options:
              - {id: A, text: 三级及以上, points: 10}
              - {id: B, text: 二级, points: 5}
              - {id: C, text: 一级, points: 0}
      - id: "1.2"
        title: 组织
        cap: 6
        parts:
          - kind: checklist
            mode: sum
            items:
              - {id: a, text: 甲, points: 2}
              - {id: b, text: 乙, points: 4}
      - id: "1.3"
        title: 荣誉
        cap: 9
        sum_capped: true
        parts:
          - kind: counts
            lines:
              - {id: A1, text: 国家示范工厂, points: 5}
              - {id: A4, text: 贯标, points: 4, max_count: 1}
      - id: "1.4"
        title: 专家评分
        cap: 8
        parts:
          - kind: manual
            step: 0.5
      - id: "1.5"
        title: 投资
        cap: 12
        numbers:
          - {id: investment, title: 投资额, unit: 万元, max: 100000}
        parts:
          - kind: bands
            input: investment
            bands:
              - {id: A, at_least: 1000, points: 12}
              - {id: B, below: 1000, points: 0}
"""

    /// The loaded rubric (the YAML is known to be valid; a failure is a test bug).
    static var rubric: Rubric {
        guard let rubric = RubricLoader.load(yaml: yaml, file: "journal-test.yaml").rubric else {
            fatalError("the journal test rubric does not load")
        }
        return rubric
    }

    /// A header for a reviewer key (public key base64 and fingerprint).
    static func header(publicKey: String = "AAAA", fingerprint: String = "0000-0000-0000-0000") -> JournalHeader {
        JournalHeader(
            reviewer: JournalReviewer(name: "张工", id: fingerprint, publicKey: publicKey, fingerprint: fingerprint),
            rubric: JournalDocumentRef(id: "journal-test", sha256: JournalHash.sha256Hex(Array(yaml.utf8))),
            application: JournalDocumentRef(id: "app-1", sha256: JournalHash.sha256Hex(Array("application".utf8))),
            tool: "panelist test", created: Date(timeIntervalSince1970: 1_740_000_000))
    }

    /// Chains actions after a header into records, one second apart.
    static func chain(_ actions: [JournalAction], header: JournalHeader = header()) -> [JournalRecord] {
        var records = [JournalRecord(seq: 0, time: Date(timeIntervalSince1970: 1_740_000_000), prev: JournalHash.zero, entry: .header(header))]
        for (i, action) in actions.enumerated() {
            let last = records[records.count - 1]
            records.append(JournalRecord(seq: i + 1, time: Date(timeIntervalSince1970: 1_740_000_001 + Double(i)), prev: last.sum, entry: .action(action)))
        }
        return records
    }

    /// The file bytes of records.
    static func bytes(_ records: [JournalRecord]) -> [UInt8] { records.flatMap(\.line) }

    /// A sample of every action kind.
    static let sampleActions: [JournalAction] = [
        .choose(indicator: "1.1", part: "1", option: "B"),
        .tick(indicator: "1.2", part: "1", item: "a", on: true),
        .tick(indicator: "1.2", part: "1", item: "b", on: true),
        .tick(indicator: "1.2", part: "1", item: "a", on: false),
        .count(indicator: "1.3", part: "1", line: "A1", count: 2),
        .points(indicator: "1.4", part: "1", points: Decimal.exact("6.5")),
        .number(indicator: "1.5", number: "investment", value: Decimal.exact("1500.25")),
        .gate(gate: "G1", verdict: .pass, reason: "审计报告 OK"),
        .evidence(target: "1.1", item: "E1", mark: .doubtful, note: "日期不清\n需复核"),
        .comment(target: "1.1", text: "成熟度自评 \"二级\"，证据一般。"),
        .comment(target: "", text: "总体良好"),
        .scenarios(ids: [], other: 3),
    ]
}
