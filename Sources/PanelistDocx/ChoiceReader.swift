import PanelistCore

/// Reads which options of a ticked field are ticked, the ways Word users tick them: a box replaced by
/// ☑ ■ √ ✓ ☒, a tick typed after the option, the option highlighted or shaded, a check box content
/// control or a legacy FORMCHECKBOX field (both arrive as boxes from `WordXMLReader`).
struct ChoiceReader {
    /// One character of the folded text with whether it is highlighted.
    struct Mark {
        var char: Character
        var marked: Bool
    }

    /// What was read.
    struct Result {
        /// The options ticked, in form order.
        var ticked: [FormChoice]
        /// How each ticked option was recognised (for the report).
        var how: [String]
        /// Boxes or ticks appear at all (otherwise the applicant may have deleted the other options).
        var sawMarks: Bool
        /// Options whose text is present.
        var present: [FormChoice]
        /// The text written after a ticked 其他, if any.
        var otherNote: String?
    }

    let marks: [Mark]

    /// The folded characters of some inlines (whitespace dropped), boxes as □ / ☑.
    init(_ inlines: [WordInline]) {
        var out: [Mark] = []
        for inline in inlines {
            switch inline {
            case .text(let s, _, let marked):
                for ch in FormText.fold(s) { out.append(Mark(char: ch, marked: marked)) }
            case .box(let checked):
                out.append(Mark(char: checked ? "☑" : "□", marked: false))
            case .image, .object:
                break
            }
        }
        marks = out
    }

    func find(_ needle: [Character], from start: Int) -> Int? {
        guard !needle.isEmpty, marks.count >= needle.count, start <= marks.count - needle.count else { return nil }
        var i = start
        while i <= marks.count - needle.count {
            var ok = true
            for (k, ch) in needle.enumerated() where marks[i + k].char != ch { ok = false; break }
            if ok { return i }
            i += 1
        }
        return nil
    }

    static func isBox(_ c: Character) -> Bool {
        FormText.checkedBoxes.contains(c) || FormText.emptyBoxes.contains(c) || FormText.ticks.contains(c) || c == "("
    }

    /// Reads `options` (in form order).
    func read(_ options: [FormChoice]) -> Result {
        var spans: [(choice: FormChoice, start: Int, end: Int)] = []
        var cursor = 0
        for option in options {
            let needle = Array(FormText.fold(option.text))
            if let at = find(needle, from: cursor) ?? find(needle, from: 0), !spans.contains(where: { $0.start == at }) {
                spans.append((option, at, at + needle.count))
                cursor = at + needle.count
            }
        }
        spans.sort { $0.start < $1.start }
        let sawMarks = marks.contains { FormText.checkedBoxes.contains($0.char) || FormText.emptyBoxes.contains($0.char) || FormText.ticks.contains($0.char) }
        var ticked: [(FormChoice, String, Int)] = []
        for (k, span) in spans.enumerated() {
            let before: Character? = span.start > 0 ? marks[span.start - 1].char : nil
            let nextStart = k + 1 < spans.count ? spans[k + 1].start : marks.count
            var how: String?
            if let b = before, FormText.checkedBoxes.contains(b) {
                how = "\(b)"
            } else if let b = before, FormText.ticks.contains(b) {
                how = "\(b)"
            } else if marks[span.start..<span.end].contains(where: \.marked) {
                how = "highlight"
            } else if span.end < marks.count {
                // a tick typed after the option, unless it is the next option's box
                let after = marks[span.end].char
                let isNextBox = span.end == nextStart - 1 && before.map(Self.isBox) == true
                if (FormText.ticks.contains(after) || FormText.checkedBoxes.contains(after)), !isNextBox {
                    how = "\(after)"
                }
            }
            if let how { ticked.append((span.choice, how, span.end)) }
        }
        var note: String?
        if let other = ticked.first(where: { $0.0.isOther }) {
            let end = spans.first { $0.start > other.2 }?.start ?? marks.count
            var text = String(marks[other.2..<end].map(\.char))
            for junk in ["(请注明)", "请注明", "_"] { text = text.replacingOccurrences(of: junk, with: "") }
            text = text.trimmingCharacters(in: .init(charactersIn: ":：;；,，。□☑■√✓✔☒()"))
            note = text.isEmpty ? nil : text
        }
        return Result(ticked: ticked.map(\.0), how: ticked.map(\.1), sawMarks: sawMarks, present: spans.map(\.choice), otherNote: note)
    }
}
