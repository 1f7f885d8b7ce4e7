import Foundation

/// The panel report as Markdown, for the programme office (no agreement figures).
public enum PanelMarkdown {
    /// Renders the report; it begins with what is missing or refused, if anything is.
    public static func render(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelDocument.report(report, rubric: rubric, lang: lang, zone: zone))
    }

    /// Renders a document as Markdown.
    public static func render(_ doc: PanelDocument) -> String {
        var o: [String] = []
        // A cell's `|` escaped and line breaks (LF, CR) made spaces, byte by byte (a `|` that a combining mark follows still ends a cell).
        func cell(_ s: String) -> String {
            guard s.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == 0x0A || $0 == 0x0D }) else { return s }
            var out: [UInt8] = []
            out.reserveCapacity(s.utf8.count + 4)
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "|"): out += [UInt8(ascii: "\\"), b]
                case 0x0A, 0x0D: out.append(UInt8(ascii: " "))
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        for block in doc.blocks {
            switch block {
            case let .heading(level, text):
                if !o.isEmpty { o.append("") }
                o.append(String(repeating: "#", count: level) + " " + text)
                o.append("")
            case let .status(lines):
                o += lines.map { "> **" + $0 + "**" }
                o.append("")
            case let .bullets(items):
                o += items.map { "- " + $0 }
                o.append("")
            case let .paragraph(text):
                o.append(text.replacingOccurrences(of: "*", with: "\\*"))
                o.append("")
            case let .table(heads, rows, _):
                o.append("| " + heads.map(cell).joined(separator: " | ") + " |")
                o.append("|" + String(repeating: "---|", count: heads.count))
                for row in rows { o.append("| " + row.map(cell).joined(separator: " | ") + " |") }
                o.append("")
            case let .entries(list):
                for entry in list {
                    o.append("- **" + entry.title + "**")
                    o += entry.lines.map { "  - " + $0 }
                }
                o.append("")
            case .section, .endSection:
                break
            }
        }
        while o.last == "" { o.removeLast() }
        return o.joined(separator: "\n") + "\n"
    }

    /// Applications by rank (unranked last), then id.
    static func ranked(_ apps: [ApplicationPanel]) -> [ApplicationPanel] {
        apps.sorted { ($0.rank ?? Int.max, $0.id) < ($1.rank ?? Int.max, $1.id) }
    }
}
