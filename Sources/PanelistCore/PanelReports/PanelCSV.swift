import Foundation

/// The panel report as CSV tables (UTF-8 with BOM, CRLF, so Excel opens Chinese text correctly).
/// A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) is written with a leading `'`, so it stays text.
public enum PanelCSV {
    /// The byte-order mark Excel needs to read UTF-8.
    public static let bom = "\u{FEFF}"

    /// One field, quoted when it holds a comma, quote or line break.
    ///
    /// Looked for byte by byte: these are ASCII, and a comma that a combining mark follows is still a comma to a CSV reader.
    public static func field(_ s: String) -> String {
        let quote = UInt8(ascii: "\"")
        guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out: [UInt8] = [quote]
        out.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    /// A text cell made safe from formula injection: `'` before `=`, `+`, `-`, `@`, tab or carriage return.
    public static func guarded(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }

    /// A table as CSV: the preamble lines (one cell each), the header row, the rows.
    public static func render(_ table: PanelTable) -> String {
        var out: [UInt8] = []
        write(table) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the same text as `render` in pieces of about a megabyte, each handed to `emit`.
    public static func write(_ table: PanelTable, emit: ([UInt8]) throws -> Void) rethrows {
        try write(PanelSheet(table), emit: emit)
    }

    /// Writes a sheet as CSV (the text `render` makes of its table) in pieces of about a megabyte,
    /// its rows made a part at a time.
    public static func write(_ sheet: PanelSheet, emit: ([UInt8]) throws -> Void) rethrows {
        var out = Array(bom.utf8)
        out.reserveCapacity(1 << 20 + 4096)
        func line(_ s: String) { out.append(contentsOf: s.utf8); out.append(contentsOf: [0x0D, 0x0A]) }
        for text in sheet.preamble { line(field(guarded(text))) }
        line(sheet.heads.map { field(guarded($0)) }.joined(separator: ","))
        for part in 0..<sheet.parts {
            for row in sheet.rows(part) {
                for (i, cell) in row.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    switch cell {
                    case let .text(s): out.append(contentsOf: field(guarded(s)).utf8)
                    case .number: out.append(contentsOf: cell.shown.utf8)
                    }
                }
                out.append(contentsOf: [0x0D, 0x0A])
                if out.count >= 1 << 20 {
                    try emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        try emit(out)
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
