import Foundation
import Testing

/// Drives a panel through the real binary: blank sheet, filled by each reviewer (own home, own key),
/// imported into a new journal, signed, then merged.
final class PanelPipeline {
    /// The shared work folder (journals, sheets, reports).
    let dir: String
    /// One runner (private home and key) per reviewer, and one for the chair.
    var reviewers: [(name: String, cli: PanelistCLI)] = []
    /// Extra arguments for every command (e.g. `--rubrics DIR`).
    var common: [String] = []

    init() throws {
        dir = NSTemporaryDirectory() + "panelist-pipeline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// A path in the work folder.
    func path(_ name: String) -> String { dir + "/" + name }

    /// Adds reviewers with these names.
    func add(_ names: [String]) throws {
        for n in names { reviewers.append((n, try PanelistCLI())) }
    }

    /// Runs a command as reviewer `k`, expecting success.
    @discardableResult
    func run(_ k: Int, _ args: [String], expect status: Int32 = 0) throws -> Spawn.Result {
        let r = try reviewers[k].cli.run(args + common)
        #expect(r.status == status, "panelist \(args.joined(separator: " ")) → \(r.status)\n\(r.stdout)\n\(r.stderr)")
        return r
    }

    /// The blank sheet of an application.
    func blank(_ application: String) throws -> String {
        let out = path("blank-\(UUID().uuidString).txt")
        try run(0, ["sheet", "export", application, "--out", out])
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    /// Reviewer `k` imports `sheet` into a new journal (created by the import) and signs it unless told not to.
    func score(_ k: Int, sheet: String, application: String, journal: String, sign: Bool = true) throws {
        let file = path("sheet-\(k)-\(UUID().uuidString).txt")
        try sheet.write(toFile: file, atomically: true, encoding: .utf8)
        try run(k, ["sheet", "import", file, "--journal", journal, "--application", application, "--name", reviewers[k].name])
        if sign { try run(k, ["signoff", journal, "--yes"]) }
    }

    /// Merges journals into `out` and returns the result (any status).
    func merge(_ journals: [String], out: String, _ extra: [String] = []) throws -> Spawn.Result {
        try reviewers[0].cli.run(["merge"] + journals + ["--out", out] + extra + common)
    }

    /// A file of a report folder as text.
    func read(_ out: String, _ name: String) throws -> String { try String(contentsOfFile: out + "/" + name, encoding: .utf8) }
}

/// Fills a blank `panelist-sheet/1` the way a reviewer would, varied by reviewer number: gates
/// passed, one option chosen per choice part, some items ticked, counts, numbers and points within
/// their limits, every evidence document marked (已见 / 缺失 / 存疑 with a note), a comment per block.
enum SheetFiller {
    static func fill(_ sheet: String, reviewer k: Int, comment: String? = nil) -> String {
        var out: [String] = []
        var choiceSeen = 0
        var choiceIndex = 0
        var inChoice = false
        var evidence = 0
        for raw in sheet.components(separatedBy: "\n") {
            var line = raw
            if line.hasPrefix("== ") || line.hasPrefix("-- ") { inChoice = false; choiceSeen = 0 }
            if line.hasPrefix("结论:") || line.hasPrefix("verdict:") { line = "结论: 通过" }
            else if line.hasPrefix("( ) ") {
                if !inChoice { inChoice = true; choiceSeen = 0; choiceIndex = k }
                // Choose option number k (mod the options seen so far); the first is chosen at once, moved later by rewriting.
                if choiceSeen == 0 { line = "(*) " + line.dropFirst(4) }
                choiceSeen += 1
            } else if line.hasPrefix("[ ] ") {
                let id = line.dropFirst(4).split(separator: " ").first.map(String.init) ?? ""
                if id != "none", (evidence + k) % 2 == 0 { line = "[x] " + line.dropFirst(4) }
                evidence += 1
            } else if line.hasSuffix("数量:") {
                line += " \(k % 2)"
            } else if line.hasPrefix("数值 ") {
                line += " \(k + 1)"
            } else if line.hasPrefix("评分 ("), let range = line.range(of: "–"), let close = line[range.upperBound...].firstIndex(of: ")") {
                let max = Decimal(string: String(line[range.upperBound..<close])) ?? 0
                line += " " + "\(min(max, Decimal(k + 1)))"
            } else if line.hasPrefix("场景:") {
                line = "场景: 无; 其他: \(k + 2)"
            } else if line.hasPrefix("佐证 ") && line.contains("[ ]") {
                let marks = ["已见", "缺失", "存疑"]
                let mark = marks[(evidence + k) % 3]
                line = line.replacingOccurrences(of: "[ ]", with: "[\(mark)]") + (mark == "已见" ? "" : " 专家\(k + 1)：\(mark == "缺失" ? "现场未见原件" : "日期与申报不符")")
                evidence += 1
            } else if line == "评语:" {
                line = "评语: " + (comment ?? "专家\(k + 1)的评分意见")
            }
            out.append(line)
        }
        // Move each choice to option k mod count: rewrite the blocks of choice lines.
        var lines = out
        var i = 0
        while i < lines.count {
            guard lines[i].hasPrefix("(*) ") else { i += 1; continue }
            var j = i
            while j < lines.count, lines[j].hasPrefix("(*) ") || lines[j].hasPrefix("( ) ") { j += 1 }
            let count = j - i
            let pick = i + (k % count)
            for m in i..<j { lines[m] = (m == pick ? "(*) " : "( ) ") + lines[m].dropFirst(4) }
            i = j
        }
        _ = choiceIndex
        return lines.joined(separator: "\n")
    }

    /// Sets one choice of a block: `== ID` … `(*) OPTION` (all others cleared), leaving the rest of the sheet alone.
    static func choose(_ sheet: String, indicator: String, option: String) -> String {
        var lines = sheet.components(separatedBy: "\n")
        var inBlock = false
        for i in lines.indices {
            if lines[i].hasPrefix("== ") { inBlock = lines[i].hasPrefix("== \(indicator) ") }
            guard inBlock, lines[i].hasPrefix("( ) ") || lines[i].hasPrefix("(*) ") else { continue }
            let rest = lines[i].dropFirst(4)
            lines[i] = (rest.hasPrefix(option + " ") ? "(*) " : "( ) ") + rest
        }
        return lines.joined(separator: "\n")
    }

    /// Every gate verdict set to 通过.
    static func passGates(_ sheet: String) -> String {
        sheet.components(separatedBy: "\n").map { $0.hasPrefix("结论:") ? "结论: 通过" : $0 }.joined(separator: "\n")
    }
}

/// Reading CSV back (RFC 4180: quotes, doubled quotes, CRLF), for comparing cells.
enum CSVCells {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field); field = ""
                if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
                row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        return rows
    }
}
