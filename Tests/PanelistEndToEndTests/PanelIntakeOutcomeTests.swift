import Foundation
import Testing

/// Every intake outcome through the real binary: exit status, the first lines of the terminal output
/// and of the report, and the explicit flag that admits it.
@Suite("Merge intake outcomes (real binary)")
struct PanelIntakeOutcomeTests {
    static let app = "\(TmuxDriver.root.path)/Fixtures/applications/zz-2024-w-hengchi.yaml"

    /// Three signed journals of the workshop application, and the pipeline that made them.
    static func panel() throws -> (PanelPipeline, [String], String) {
        let p = try PanelPipeline()
        try p.add(["李明", "张华", "陈静"])
        let blank = try p.blank(app)
        var journals: [String] = []
        for k in 0..<3 {
            let j = p.path("j\(k).jsonl")
            try p.score(k, sheet: SheetFiller.fill(blank, reviewer: k), application: app, journal: j)
            journals.append(j)
        }
        return (p, journals, blank)
    }

    /// The first lines of stdout and of the Markdown report.
    static func heads(_ p: PanelPipeline, _ r: Spawn.Result, _ out: String) throws -> (String, String) {
        let md = try p.read(out, "panel-report.md").components(separatedBy: "\n").prefix(8).joined(separator: "\n")
        return (r.stdout.components(separatedBy: "\n").prefix(6).joined(separator: "\n"), md)
    }

    @Test("tampered, unsigned, wrong rubric, fork and missing reviewer: non-zero exit, said first; the flag admits and is named")
    func outcomes() throws {
        let (p, journals, blank) = try Self.panel()
        // Complete: exit 0 and says so.
        var r = try p.merge(journals, out: p.path("ok"), ["--application", Self.app])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("未提供专家组名单（--panel）"))

        // Tampered: one byte changed in the middle of a signed journal.
        let tampered = p.path("tampered.jsonl")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: journals[2]))
        let at = bytes.firstRange(of: Data("通过".utf8))?.lowerBound ?? bytes.count / 2
        bytes.replaceSubrange(at..<(at + 6), with: Data("待定".utf8))
        try bytes.write(to: URL(fileURLWithPath: tampered))
        r = try p.merge([journals[0], journals[1], tampered], out: p.path("t"), ["--application", Self.app])
        var (stdout, md) = try Self.heads(p, r, p.path("t"))
        #expect(r.status != 0)
        #expect(stdout.hasPrefix("【报告不完整】") && stdout.contains("拒绝：tampered.jsonl") && stdout.contains("被篡改或损坏"))
        #expect(md.contains("拒绝：tampered.jsonl"))
        r = try p.merge([journals[0], journals[1], tampered], out: p.path("t"), ["--application", Self.app, "--allow-refused"])
        #expect(r.status == 0)
        #expect(try p.read(p.path("t"), "panel-report.md").contains("组长以 --allow-refused 明确准许"))

        // Unsigned: a fourth reviewer who did not sign.
        try p.add(["王芳"])
        let unsigned = p.path("unsigned.jsonl")
        try p.score(3, sheet: SheetFiller.fill(blank, reviewer: 3), application: Self.app, journal: unsigned, sign: false)
        r = try p.merge(journals + [unsigned], out: p.path("u"), ["--application", Self.app])
        (stdout, md) = try Self.heads(p, r, p.path("u"))
        #expect(r.status != 0 && stdout.contains("拒绝：unsigned.jsonl") && stdout.contains("未签署"))
        r = try p.merge(journals + [unsigned], out: p.path("u"), ["--application", Self.app, "--allow-unsigned"])
        #expect(r.status == 0)
        #expect(try p.read(p.path("u"), "panel-report.md").contains("--allow-unsigned"))

        // Wrong rubric: a Shaoxing journal among the Zhuzhou ones.
        let other = "\(TmuxDriver.root.path)/Fixtures/applications/sx-2025-w-tangqi.yaml"
        let wrong = p.path("wrong.jsonl")
        try p.score(0, sheet: SheetFiller.fill(try p.blank(other), reviewer: 0), application: other, journal: wrong)
        r = try p.merge(journals + [wrong], out: p.path("w"), ["--rubric", "zhuzhou-benchmark", "--application", Self.app])
        (stdout, _) = try Self.heads(p, r, p.path("w"))
        #expect(r.status != 0 && stdout.contains("拒绝：wrong.jsonl") && stdout.contains("其他评分细则"))

        // Fork: the same reviewer (same key) scored the same application in two separate journals.
        let fork = p.path("fork.jsonl")
        try p.score(1, sheet: SheetFiller.fill(blank, reviewer: 4), application: Self.app, journal: fork)
        r = try p.merge(journals + [fork], out: p.path("f"), ["--application", Self.app])
        (stdout, _) = try Self.heads(p, r, p.path("f"))
        #expect(r.status != 0 && stdout.contains("拒绝：fork.jsonl") && stdout.contains("同一专家同一申报有多份日志"))
        r = try p.merge(journals + [fork], out: p.path("f"), ["--application", Self.app, "--fork-pick", "fork.jsonl", "--allow-refused"])
        #expect(r.status == 0)
        #expect(try p.read(p.path("f"), "panel-report.md").contains("--fork-pick"))

        // Missing reviewer: the panel file expects four, three returned.
        let panel = p.path("panel.yaml")
        try """
        format: panelist-panel/1
        id: acceptance
        title: 验收专家组
        rubric: zhuzhou-benchmark
        chair: 王建国
        reviewers:
          - name: 李明
          - name: 张华
          - name: 陈静
          - name: 赵强
        applications:
          - \(Self.app)
        """.write(toFile: panel, atomically: true, encoding: .utf8)
        r = try p.merge(journals, out: p.path("m"), ["--panel", panel])
        (stdout, md) = try Self.heads(p, r, p.path("m"))
        #expect(r.status != 0)
        #expect(stdout.contains("缺少：专家 赵强 对申报 zz-2024-w-hengchi 株洲恒驰轨道传动科技有限公司 齿轮箱箱体智能加工车间 的评分日志"))
        #expect(md.contains("缺少：专家 赵强"))
        let csv = try p.read(p.path("m"), "panel-applications.csv")
        #expect(csv.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")).hasPrefix("【报告不完整】"))
        let json = try p.read(p.path("m"), "panel-report.json")
        #expect(json.components(separatedBy: "\n").prefix(4).joined().contains("\"_status\""))
        r = try p.merge(journals, out: p.path("m"), ["--panel", panel, "--allow-missing"])
        #expect(r.status == 0)
        #expect(try p.read(p.path("m"), "summary-form.txt").contains("--allow-missing"))
        // A merge that fails part-way leaves the old set intact: a folder holding someone else's file is refused, unchanged.
        try "keep".write(toFile: p.path("m") + "/notes.txt", atomically: true, encoding: .utf8)
        r = try p.merge(journals, out: p.path("m"), ["--panel", panel, "--allow-missing"])
        #expect(r.status != 0)
        #expect(try p.read(p.path("m"), "notes.txt") == "keep")
        #expect(try p.read(p.path("m"), "summary-form.txt").contains("--allow-missing"))
    }

    @Test("a journal corrected and signed again supersedes its old copy given beside it: exit 0, all three reviewers, said in the intake table")
    func correctedJournalSupersedesItsOldCopy() throws {
        let (p, journals, blank) = try Self.panel()
        let old = p.path("j0-old.jsonl")
        try FileManager.default.copyItem(atPath: journals[0], toPath: old)
        // A signed journal refuses a sheet until it is reopened with a reason.
        let reopen = try p.reviewers[0].cli.run(["reopen", journals[0], "--reason", "更正 1.1 的评分"])
        #expect(reopen.status == 0 && reopen.stdout.contains("已重新打开"), "\(reopen.output)")
        // The reviewer exports the sheet of the reopened journal and changes the scores on it.
        let current = p.path("current.txt")
        try p.run(0, ["sheet", "export", Self.app, "--journal", journals[0], "--out", current])
        let header = try String(contentsOfFile: current, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("journal: ") || $0.hasPrefix("reviewer: ") }
        let corrected = SheetFiller.fill(blank, reviewer: 4).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            header.first { line.hasPrefix($0.prefix(while: { $0 != " " })) }.map(String.init) ?? String(line)
        }.joined(separator: "\n")
        try p.score(0, sheet: corrected, application: Self.app, journal: journals[0])
        let oldBytes = try Data(contentsOf: URL(fileURLWithPath: old))
        let newBytes = try Data(contentsOf: URL(fileURLWithPath: journals[0]))
        #expect(newBytes.count > oldBytes.count && newBytes.prefix(oldBytes.count) == oldBytes, "the old copy is a byte prefix of the new one")
        let r = try p.merge([old] + journals, out: p.path("s"), ["--application", Self.app])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("j0-old.jsonl") && r.stdout.contains("是另一份更完整日志的前缀，采用较长的一份"), "\(r.stdout)")
        // The report is the one of the corrected journals alone.
        let alone = try p.merge(journals, out: p.path("a"), ["--application", Self.app])
        #expect(alone.status == 0)
        #expect(try p.read(p.path("s"), "panel-scores.csv") == p.read(p.path("a"), "panel-scores.csv"))
        #expect(try p.read(p.path("s"), "panel-applications.csv") == p.read(p.path("a"), "panel-applications.csv"))
        let before = try p.merge([old, journals[1], journals[2]], out: p.path("b"), ["--application", Self.app])
        #expect(before.status == 0)
        #expect(try p.read(p.path("b"), "panel-scores.csv") != p.read(p.path("a"), "panel-scores.csv"), "the correction changed the scores")
        // Reopening an unsigned journal is refused and writes nothing.
        let again = try p.reviewers[0].cli.run(["reopen", old, "--reason", "x"])
        #expect(again.status == 0)
        let twice = try p.reviewers[0].cli.run(["reopen", old, "--reason", "y"])
        #expect(twice.status != 0 && twice.stderr.contains("评审尚未签署，无需重新打开") && twice.stderr.contains("未写入任何内容"), "\(twice.output)")
    }

    @Test("signoff asks before signing and refuses without a yes")
    func signoffAsks() throws {
        let p = try PanelPipeline()
        try p.add(["李明"])
        let j = p.path("j.jsonl")
        try p.score(0, sheet: SheetFiller.fill(try p.blank(Self.app), reviewer: 0), application: Self.app, journal: j, sign: false)
        var r = try p.reviewers[0].cli.run(["signoff", j], stdin: "n\n")
        #expect(r.status != 0)
        #expect(r.stdout.contains("签署前核对：株洲市智能制造标杆认定标准（标杆车间）") && r.stdout.contains("基础分") && r.stdout.contains("认定线 80"))
        r = try p.reviewers[0].cli.run(["signoff", j], stdin: "y\n")
        #expect(r.status == 0 && r.stdout.contains("已签署") && r.stdout.contains("（UTC"))
        r = try p.reviewers[0].cli.run(["signoff", j, "--yes"])
        #expect(r.status != 0 && r.stderr.contains("已于"))
    }
}
