import Foundation

/// The panel report as CSV tables (UTF-8 with BOM, CRLF, so Excel opens Chinese text correctly).
/// A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) is written with a leading `'`, so it stays text.
public enum PanelCSV {
    /// The byte-order mark Excel needs to read UTF-8.
    public static let bom = "\u{FEFF}"

    /// One field, quoted when it holds a comma, quote or line break.
    public static func field(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// A text cell made safe from formula injection: `'` before `=`, `+`, `-`, `@`, tab or carriage return.
    public static func guarded(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    /// A table as CSV: the preamble lines (one cell each), the header row, the rows.
    public static func render(_ table: PanelTable) -> String {
        var lines = table.preamble.map { field(guarded($0)) }
        lines.append(table.heads.map { field(guarded($0)) }.joined(separator: ","))
        for row in table.rows {
            lines.append(row.map { cell in
                switch cell {
                case let .text(s): return field(guarded(s))
                case .number: return cell.shown
                }
            }.joined(separator: ","))
        }
        return bom + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One row per application: rank, verdict, gates, subtotals, totals.
    public static func applications(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelTables(report, rubric: rubric, lang: lang, zone: zone).ranking)
    }

    /// One row per application and indicator: the panel figures and the chair's resolution.
    public static func indicators(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelTables(report, rubric: rubric, lang: lang, zone: zone).indicators)
    }

    /// One row per application, indicator and reviewer: points, options, ticks, comment.
    public static func scores(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelTables(report, rubric: rubric, lang: lang, zone: zone).scores)
    }

    /// One row per evidence document and reviewer: the mark and note.
    public static func evidence(_ report: PanelReport, rubric: Rubric, lang: Lang, zone: TimeZone = .current) -> String {
        render(PanelTables(report, rubric: rubric, lang: lang, zone: zone).evidence)
    }
}
