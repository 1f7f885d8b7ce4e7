import Foundation
import Testing
@testable import PanelistCore

/// One width rule for every grapheme cluster, and text of every kind through the journal, the
/// sheet and every printout unharmed.
@Suite("Grapheme clusters: width rule, layout, journal, sheet, printouts")
struct GraphemePropertyTests {
    static let strings = GraphemeSamples.strings(count: 160)

    /// The rule's table, case by case (DisplayWidth.swift documents it).
    @Test func theWidthRule() {
        let cases: [(String, Int)] = [
            ("a", 1), ("中", 2), ("Ａ", 2), ("：", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
            ("e\u{301}", 1), ("o\u{308}\u{304}", 1), ("\u{301}", 1),
            ("⚠️", 2), ("❤️", 2), ("⚠", 1), ("⚠\u{FE0E}", 1), ("⌚", 2), ("⌚︎", 2), ("1️⃣", 2), ("a\u{FE0F}", 1),
            ("👍", 2), ("👍🏻", 2), ("🏻", 2), ("👨‍👩‍👧", 2), ("🏳️‍🌈", 2), ("🇨🇳", 2), ("🇨", 1),
            ("·", 1), ("…", 1), ("—", 1), ("\u{200B}", 0), ("\u{200D}", 0), ("\n", 0), ("\r\n", 0), ("\t", 0),
        ]
        for (text, cells) in cases {
            #expect(text.count == 1, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) is one cluster")
            #expect(DisplayWidth.of(Character(text)) == cells, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(DisplayWidth.of(text) == cells)
        }
        #expect(DisplayWidth.of("🇨🇳🇺🇸🇨") == 5)          // two flags and a lone indicator
        #expect(DisplayWidth.of(GraphemeSamples.issue) == 2 + 1 + 2 + 1 + 2 + 1 + 2 + 1 + 1 + 1 + 4)
        #expect(DisplayWidth.isAmbiguous("·") && DisplayWidth.isAmbiguous("…") && !DisplayWidth.isAmbiguous("∙"))
    }

    @Test func stringWidthIsTheSumOverClusters() {
        for text in Self.strings {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
            #expect(text.allSatisfy { (0...2).contains(DisplayWidth.of($0)) })
        }
    }

    @Test func truncatePadAndWrapKeepWholeClustersWithinTheWidth() {
        for (n, text) in Self.strings.enumerated() {
            let width = 2 + n % 30
            let cut = TextLayout.truncate(text, to: width)
            #expect(DisplayWidth.of(cut) <= width)
            let kept = cut.hasSuffix("…") && DisplayWidth.of(text) > width ? String(cut.dropLast()) : cut
            #expect(Array(text).starts(with: Array(kept)), "truncation keeps a prefix of whole clusters")
            #expect(DisplayWidth.of(TextLayout.pad(text, to: width)) == width)
            #expect(DisplayWidth.of(TextLayout.padLeft(text, to: width)) == width)
            let lines = TextLayout.wrap(text, width: width)
            for line in lines { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") }
            // Nothing lost or reordered: the lines hold the text's clusters, less the spaces at breaks.
            let wrapped = lines.flatMap { Array($0) }.filter { $0 != " " }
            let original = Array(text).filter { $0 != " " && $0 != "\n" }
            #expect(wrapped == original, "\(width): \(text.debugDescription)")
        }
    }

    // MARK: - Through the journal, the sheet and the printouts

    /// The text with its scalars only, spaces and newlines left out (printouts wrap and indent).
    static func visible(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " && $0 != "\n" }
    }

    static func records(comment: String) -> [JournalRecord] {
        JournalFixture.chain([.comment(target: "1.1", text: comment), .comment(target: "", text: comment)])
    }

    @Test func aCommentAppendedAndReplayedIsUnchanged() throws {
        for text in Self.strings {
            let bytes = JournalFixture.bytes(Self.records(comment: text))
            let parsed = JournalParser.parse(bytes)
            #expect(parsed.torn == nil && parsed.corruption == nil)
            let state = ReviewState.replay(parsed.records)
            #expect(state.comments["1.1"]?.unicodeScalars.elementsEqual(text.unicodeScalars) == true, "\(text.debugDescription)")
            #expect(state.comments[""]?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
        }
    }

    @Test("the sheet keeps a comment through export and import", arguments: Lang.allCases)
    func sheetRoundTrip(lang: Lang) throws {
        let rubric = JournalFixture.rubric
        let header = JournalFixture.header()
        let scope = SheetScope(rubric: rubric, profile: header.profile)
        for text in Self.strings {
            // A sheet is lines of plain text: it keeps a comment's text, not the spaces that end a
            // line nor the blank lines and spaces around the whole.
            let comment = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let expected = comment.components(separatedBy: "\n").map { line in
                var l = line
                while l.unicodeScalars.last == " " { l.unicodeScalars.removeLast() }
                return l
            }.joined(separator: "\n")
            let records = Self.records(comment: comment)
            let sheet = Sheet.export(rubric: rubric, header: header, records: records, lang: lang)
            let parsed = try SheetParser(scope: scope, lang: lang).parse(sheet)
            let plan = try SheetImport(rubric: rubric, lang: lang).plan(parsed, records: [records[0]])
            let state = ReviewState.replay(JournalFixture.chain(plan.actions, header: header))
            #expect((state.comments["1.1"] ?? "").unicodeScalars.elementsEqual(expected.unicodeScalars), "\(lang) \(comment.debugDescription) came back \((state.comments["1.1"] ?? "").debugDescription)")
            #expect((state.comments[""] ?? "").unicodeScalars.elementsEqual(expected.unicodeScalars))
        }
    }

    @Test("every printout shows a comment whole", arguments: RationaleFormat.allCases)
    func printouts(format: RationaleFormat) throws {
        let rubric = JournalFixture.rubric
        let header = JournalFixture.header()
        for text in Self.strings {
            let records = Self.records(comment: text)
            let state = ReviewState.replay(records)
            let sheet = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs)
            for lang in Lang.allCases {
                let out = RationaleReport.render(rubric: rubric, application: nil, header: header, state: state, records: records,
                                                 sheet: sheet, lang: lang, format: format)
                let shown = Self.visible(out)
                let wanted = Self.visible(text)
                let found = wanted.isEmpty || (0...max(0, shown.count - wanted.count)).contains { shown[$0..<($0 + wanted.count)].elementsEqual(wanted) }
                #expect(found, "\(format) \(lang): \(text.debugDescription) is not shown whole")
                if format == .text {
                    for line in out.components(separatedBy: "\n") { #expect(DisplayWidth.of(line) <= 80, "\(lang): \(line)") }
                }
            }
        }
    }
}
