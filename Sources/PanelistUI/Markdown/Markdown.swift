import PanelistCore

/// Reads the Markdown of application sections (headings, bold, lists, quotes, tables) and
/// lays it out as styled lines for the text pane; nothing is shown as typed (`**`, `##`, `|---|`).
enum Markdown {
    /// The blocks of a text.
    static func blocks(_ text: String) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                if out.last != .blank { out.append(.blank) }
                i += 1
                continue
            }
            if trimmed.hasPrefix("|") {
                var rows: [[String]] = []
                while i < lines.count, lines[i].trimmingSpaces().hasPrefix("|") {
                    let cells = Self.cells(lines[i])
                    if !cells.allSatisfy(Self.isRule) { rows.append(cells) }
                    i += 1
                }
                if let header = rows.first { out.append(.table(header: header, rows: Array(rows.dropFirst()))) }
                continue
            }
            i += 1
            if let heading = Self.heading(trimmed) { out.append(heading); continue }
            if trimmed.hasPrefix(">") { out.append(.quote(String(trimmed.dropFirst()).trimmingSpaces())); continue }
            let depth = (line.prefix { $0 == " " }.count) / 2
            if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " {
                out.append(.item(marker: "-", depth: depth, text: String(trimmed.dropFirst(2))))
                continue
            }
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 3 {
                let rest = trimmed.dropFirst(digits.count)
                if let mark = rest.first, mark == "." || mark == ")" || mark == "、", rest.dropFirst().first == " " || mark == "、" {
                    out.append(.item(marker: digits + String(mark), depth: depth, text: rest.dropFirst().trimmingSpaces()))
                    continue
                }
            }
            out.append(.paragraph(trimmed))
        }
        while out.last == .blank { out.removeLast() }
        return out
    }

    static func heading(_ line: String) -> MarkdownBlock? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return .heading(level: hashes, text: line.dropFirst(hashes).trimmingSpaces())
    }

    static func cells(_ line: String) -> [String] {
        var text = line.trimmingSpaces()
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
    }

    static func isRule(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
    }

    /// Inline marks: `**bold**` becomes a bold run (a lone `**` stays as typed); backquotes are dropped.
    static func inline(_ text: String, base: ScreenGrid.Style = .normal) -> [StyledLine.Run] {
        var runs: [StyledLine.Run] = []
        var bold = false
        var pieces = text.replacingOccurrences(of: "`", with: "").components(separatedBy: "**")
        if pieces.count % 2 == 0 {
            // An odd number of marks: the last one is not a mark.
            let last = pieces.removeLast()
            pieces[pieces.count - 1] += "**" + last
        }
        for piece in pieces {
            if !piece.isEmpty { runs.append(StyledLine.Run(piece, bold ? .bold : base)) }
            bold.toggle()
        }
        return runs
    }

    /// The text laid out at `width` cells.
    static func layout(_ text: String, width: Int, glyphs: Glyphs) -> [StyledLine] {
        var out: [StyledLine] = []
        for block in blocks(text) {
            switch block {
            case .blank:
                out.append(StyledLine(""))
            case .heading(_, let text):
                out += StyledLine.wrap(inline(text, base: .heading).map { StyledLine.Run($0.text, .heading) }, width: width)
            case .paragraph(let text):
                out += StyledLine.wrap(inline(text), width: width)
            case .quote(let text):
                out += StyledLine.wrap(inline(text, base: .dim), width: width, indent: glyphs.separator + " ")
            case .item(let marker, let depth, let text):
                let pad = String(repeating: " ", count: min(6, depth * 2))
                let first = pad + marker + " "
                out += StyledLine.wrap(inline(text), width: width, indent: String(repeating: " ", count: DisplayWidth.of(first)), first: first)
            case .table(let header, let rows):
                out += table(header: header, rows: rows, width: width, glyphs: glyphs)
            }
        }
        return out
    }

    /// A table with columns fitted to `width`; cells too long for their column wrap inside it.
    static func table(header: [String], rows: [[String]], width: Int, glyphs: Glyphs) -> [StyledLine] {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        guard count > 0 else { return [] }
        let all = [header] + rows
        func plain(_ cell: String) -> String { inline(cell).map(\.text).joined() }
        var widths = (0..<count).map { c in all.map { $0.indices.contains(c) ? DisplayWidth.of(plain($0[c])) : 0 }.max() ?? 0 }
        widths = widths.map { max(1, $0) }
        // Separators: "| " before each column and " |" at the end.
        let available = max(count * 2, width - (count * 3 + 1))
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 2 {
            widths[widest] -= 1
        }
        let bar = glyphs.separator
        func rule() -> StyledLine {
            StyledLine("+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+", .dim)
        }
        func line(_ cells: [String], style: ScreenGrid.Style) -> [StyledLine] {
            let wrapped = (0..<count).map { c -> [StyledLine] in
                let cell = cells.indices.contains(c) ? cells[c] : ""
                let base = inline(cell, base: style)
                return StyledLine.wrap(style == .bold ? base.map { StyledLine.Run($0.text, .bold) } : base, width: widths[c])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { r in
                var runs: [StyledLine.Run] = []
                for c in 0..<count {
                    runs.append(StyledLine.Run(bar + " ", .dim))
                    let piece = wrapped[c].indices.contains(r) ? wrapped[c][r] : StyledLine("")
                    runs += piece.runs
                    runs.append(StyledLine.Run(String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(piece.text))) + " "))
                }
                runs.append(StyledLine.Run(bar, .dim))
                return StyledLine(runs: runs)
            }
        }
        var out = [rule()] + line(header, style: .bold) + [rule()]
        for row in rows { out += line(row, style: .normal) }
        out.append(rule())
        return out
    }
}
