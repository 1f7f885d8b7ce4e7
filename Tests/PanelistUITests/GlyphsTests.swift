import Foundation
import Testing
@testable import PanelistCore
@testable import PanelistUI

/// In the ASCII style no character outside ASCII comes from the program; in the Unicode style no
/// East-Asian Ambiguous (or emoji-capable) one does; every decorative character comes from `Glyphs`.
///
/// "From the program" is told apart from the data by construction: the screens are drawn over
/// every bundled rubric and fixture application with the data's characters replaced by two
/// markers (囗 for a wide one, ǂ for any other non-ASCII one), so whatever else appears on the
/// screen was written by the program. The recorded snapshots are checked too, less strictly:
/// there a character counts as data when the rubrics, the fixtures or the UI tests contain it.
@Suite("Glyphs: ASCII and ambiguous-width characters")
struct GlyphsTests {
    static let wideMarker: Character = "囗"
    static let narrowMarker: Character = "ǂ"

    enum Style: CaseIterable { case ascii, unicode }

    /// Why a program character is not allowed in a style, or nil when it is.
    static func problem(_ scalar: Unicode.Scalar, style: Style, lang: Lang) -> String? {
        if scalar.isASCII { return nil }
        // Chinese interface text (ideographs, CJK and fullwidth punctuation) is the language, not decoration.
        if DisplayWidth.isWide(scalar) && lang == .zh && !scalar.properties.isEmojiPresentation { return nil }
        switch style {
        case .ascii:
            return "not ASCII"
        case .unicode:
            if DisplayWidth.isAmbiguous(scalar) { return "East-Asian ambiguous width" }
            if scalar.properties.isEmoji { return "an emoji-capable character" }
            if DisplayWidth.isWide(scalar) { return "wide outside Chinese text" }
            return nil
        }
    }

    static func name(_ scalar: Unicode.Scalar) -> String {
        "U+" + String(scalar.value, radix: 16, uppercase: true) + " " + String(scalar)
    }

    // MARK: - The glyph sets

    @Test func asciiGlyphsAreASCIIAndUnicodeGlyphsHaveNeutralWidth() {
        for (style, glyphs) in [(Style.ascii, Glyphs.ascii), (.unicode, .unicode)] {
            for child in Mirror(reflecting: glyphs).children {
                guard let text = child.value as? String else { continue }
                for scalar in text.unicodeScalars {
                    let problem = Self.problem(scalar, style: style, lang: .en)
                    #expect(problem == nil, "\(style) glyph \(child.label ?? "?") = \(text): \(Self.name(scalar)) is \(problem ?? "")")
                }
                #expect(DisplayWidth.of(text) == text.count, "\(child.label ?? "?") = \(text): one cell per character")
            }
        }
        // The core's notation becomes each style's characters.
        let core = "= 1800万元 ∈ [1500, 3000) → B × 2 ÷ 4 ≥ 3 ≤ 5 ☑ A — “引” …"
        for (style, glyphs) in [(Style.ascii, Glyphs.ascii), (.unicode, .unicode)] {
            for scalar in glyphs.plain(core).unicodeScalars {
                #expect(Self.problem(scalar, style: style, lang: .zh) == nil, "plain in \(style): \(Self.name(scalar))")
            }
        }
    }

    // MARK: - The screen layer's source

    /// Every string the screen layer writes is ASCII or Chinese text; the rest comes from `Glyphs`.
    @Test func screenSourcesTakeDecorationFromGlyphs() throws {
        let sources = UITestSupport.root.appendingPathComponent("Sources/PanelistUI")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 10)
        var offences: [String] = []
        for file in files where !file.hasSuffix("Glyphs.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for scalar in Self.code(of: String(line)).unicodeScalars {
                    if let problem = Self.problem(scalar, style: .ascii, lang: .zh) {
                        offences.append("\(file):\(number + 1): \(Self.name(scalar)) is \(problem)")
                    }
                }
            }
        }
        #expect(offences.isEmpty, "\(offences.joined(separator: "\n"))")
    }

    /// A line of Swift without its `//` comment (a `//` inside a string literal is kept).
    static func code(of line: String) -> String {
        var out = ""
        var inString = false
        var previous: Character = " "
        var escaped = false
        for ch in line {
            if inString {
                if ch == "\"" && !escaped { inString = false }
                escaped = ch == "\\" && !escaped
            } else {
                if ch == "/" && previous == "/" {
                    out.removeLast()
                    return out
                }
                if ch == "\"" { inString = true }
            }
            out.append(ch)
            previous = ch
        }
        return out
    }

    // MARK: - Screens over masked data

    /// A data file with every non-ASCII character replaced by a marker of the same width,
    /// except on the lines in `keep` (up to a YAML comment) and in units (`unit: 万元`), which
    /// the loaders compare.
    static func masked(_ text: String, keep: Set<Int> = []) -> String {
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append("\n") }
            var rest = Substring(line)
            if keep.contains(index + 1) {
                let code = kept(line)
                out += code
                rest = line.dropFirst(code.count)
            }
            var inUnit = false
            var previous = ""
            for ch in rest {
                if inUnit && (ch == "," || ch == "}") { inUnit = false }
                out.append(ch.isASCII || inUnit ? ch : DisplayWidth.of(ch) == 2 ? wideMarker : narrowMarker)
                previous = String((previous + String(ch)).suffix(6))
                if previous == "unit: " { inUnit = true }
            }
        }
        return out
    }

    /// The part of a kept line before its YAML comment.
    static func kept(_ line: Substring) -> Substring {
        guard let hash = line.range(of: " #") else { return line }
        return line[..<hash.lowerBound]
    }

    /// The units of a data file (`unit: 万元`): kept unmasked, so their characters count as data.
    static func units(_ text: String) -> Set<Unicode.Scalar> {
        var out = Set<Unicode.Scalar>()
        for piece in text.components(separatedBy: "unit: ").dropFirst() {
            out.formUnion(piece.prefix { $0 != "," && $0 != "}" && $0 != "\n" }.unicodeScalars.filter { !$0.isASCII })
        }
        return out
    }

    /// Sessions over every fixture application and its rubric, masked. A line whose meaning the
    /// loaders need (a figure such as 三级) is kept as it is; its characters count as data.
    static func maskedSessions() throws -> (sessions: [ReviewSession], kept: Set<Unicode.Scalar>) {
        let root = UITestSupport.root
        let folder = root.appendingPathComponent("Fixtures/applications")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var sessions: [ReviewSession] = []
        var kept = Set<Unicode.Scalar>()
        for file in files {
            let appSource = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let rubricID = ApplicationLoader.parse(yaml: appSource, file: file).application?.rubric.value else {
                throw UITestSupport.Failure(description: "\(file) names no rubric")
            }
            let rubricSource = try String(contentsOf: root.appendingPathComponent("Rubrics/\(rubricID).yaml"), encoding: .utf8)
            var keepApp = Set<Int>(), keepRubric = Set<Int>()
            kept.formUnion(units(rubricSource))
            kept.formUnion(units(appSource))
            var loaded: (Rubric, Application)?
            for _ in 0..<40 {
                let load = RubricLoader.load(yaml: masked(rubricSource, keep: keepRubric), file: rubricID)
                guard let rubric = load.rubric else {
                    let lines = Set(load.diagnostics.filter { $0.severity == .error }.map(\.location.line))
                    guard !lines.isSubset(of: keepRubric) else { throw UITestSupport.Failure(description: "\(rubricID): \(load.diagnostics.prefix(3))") }
                    keepRubric.formUnion(lines)
                    continue
                }
                let (application, diagnostics) = ApplicationLoader.load(yaml: masked(appSource, keep: keepApp), file: file, rubric: rubric)
                guard let application else {
                    let lines = Set(diagnostics.filter { $0.severity == .error && $0.location.file == file }.map(\.location.line))
                    guard !lines.isSubset(of: keepApp) else { throw UITestSupport.Failure(description: "\(file): \(diagnostics.prefix(3))") }
                    keepApp.formUnion(lines)
                    continue
                }
                loaded = (rubric, application)
                break
            }
            guard let (rubric, application) = loaded else { throw UITestSupport.Failure(description: "masked \(file) never loads") }
            for (source, keep) in [(appSource, keepApp), (rubricSource, keepRubric)] {
                for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where keep.contains(index + 1) {
                    kept.formUnion(Self.kept(line).unicodeScalars.filter { !$0.isASCII })
                }
            }
            sessions.append(ReviewSession(review: Review(rubric: rubric, profile: application.profile, facts: application.scoringFacts),
                                          dossier: DossierText(application: application, rubric: rubric),
                                          journalPath: "/tmp/masked.jsonl", reviewerName: "囗囗"))
        }
        return (sessions, kept)
    }

    /// The screens a reviewer meets, in both styles: every tree row with its text and the
    /// panel's first field activated, help, the list, a comment and a prompt being typed, the
    /// command menu, a window too small.
    static func screens(_ session: ReviewSession, lang: Lang) -> [(String, Style, ScreenGrid)] {
        // One model per style, given the same keys.
        var models = Style.allCases.map { style in
            AppModel(sessions: [session, session], settings: UISettings(lang: lang, ascii: style == .ascii, timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current),
                     width: 120, height: 40, startInList: false)
        }
        var out: [(String, Style, ScreenGrid)] = []
        func record(_ what: String) {
            for (style, model) in zip(Style.allCases, models) { out.append((what, style, model.render())) }
        }
        let now = Date(timeIntervalSince1970: 1_767_000_000)
        func press(_ keys: [Key]) { for key in keys { for i in models.indices { _ = models[i].handle(key, now: now) } } }
        // Back to the tree: close what is open, then focus the tree.
        func toTree() {
            for _ in 0..<4 where models[0].overlay != nil { press([.escape]) }
            if models[0].session?.view.focus != .tree { press([.escape]) }
        }
        press([.end, .home])
        var rows = 0
        var seen = Set<String>()
        while let selected = models[0].session.map({ "\($0.view.selected)" }), !seen.contains(selected), rows < 400 {
            seen.insert(selected)
            press([.right])
            record("row \(selected)")
            press([.tab, .enter])
            record("activate \(selected)")
            toTree()
            press([.down])
            rows += 1
        }
        press([.home, .character("c")] + "囗ǂ囗".map { Key.character($0) })
        record("comment")
        toTree()
        press([.character("/")] + "囗".map { Key.character($0) })
        record("search")
        toTree()
        press([.character(":"), .tab])
        record("command menu")
        toTree()
        press([.character("?")])
        record("help")
        toTree()
        press([.character("a")])
        record("list")
        for i in models.indices { models[i].resize(width: 79, height: 23) }
        record("too small")
        return out
    }

    @Test func programCharactersOverMaskedDataFollowTheStyle() throws {
        let (sessions, kept) = try Self.maskedSessions()
        #expect(sessions.count >= 7)
        #expect(kept.count < 20, "only a few figures' characters stay unmasked: \(String(String.UnicodeScalarView(kept)))")
        var offences: [String: String] = [:]
        var screens = 0
        let markers = Set(String([Self.wideMarker, Self.narrowMarker]).unicodeScalars).union(kept)
        for session in sessions {
            for lang in Lang.allCases {
                for (what, style, grid) in Self.screens(session, lang: lang) {
                    screens += 1
                    for scalar in grid.text.unicodeScalars where !markers.contains(scalar) {
                        guard let problem = Self.problem(scalar, style: style, lang: lang) else { continue }
                        let key = "\(style) \(lang) \(Self.name(scalar)) is \(problem)"
                        if offences[key] == nil {
                            let line = grid.text.split(separator: "\n").first { $0.unicodeScalars.contains(scalar) } ?? ""
                            offences[key] = "\(session.rubric.id) \(what): \(line)"
                        }
                    }
                }
            }
        }
        #expect(screens > 1000, "\(screens) screens")
        print("GlyphsTests: \(screens) screens over masked data; kept unmasked: \(String(String.UnicodeScalarView(kept)))")
        #expect(offences.isEmpty, "\(offences.sorted { $0.key < $1.key }.map { "\($0.key), first on \($0.value)" }.joined(separator: "\n"))")
    }

    // MARK: - The recorded snapshots

    /// Every snapshot: a character that is not in the data the UI tests draw (the rubrics, the
    /// fixtures, the tests' own text) is the program's, and follows the snapshot's style
    /// (`unicode` in its name; otherwise ASCII).
    @Test func everySnapshotFollowsItsStyle() throws {
        let root = UITestSupport.root
        var data = Set<Unicode.Scalar>()
        for folder in ["Rubrics", "Fixtures/applications", "Tests/PanelistUITests"] {
            let url = root.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path) where file.hasSuffix(".yaml") || file.hasSuffix(".swift") {
                if file == "GlyphsTests.swift" { continue }
                data.formUnion(try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8).unicodeScalars)
            }
        }
        let snapshots = root.appendingPathComponent("Tests/PanelistUITests/Snapshots")
        let files = try FileManager.default.contentsOfDirectory(atPath: snapshots.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 5)
        for file in files {
            let text = try String(contentsOf: snapshots.appendingPathComponent(file), encoding: .utf8)
            let style: Style = file.contains("unicode") ? .unicode : .ascii
            var offences = Set<String>()
            for scalar in text.unicodeScalars where !data.contains(scalar) {
                if let problem = Self.problem(scalar, style: style, lang: .zh) { offences.insert("\(Self.name(scalar)) is \(problem)") }
            }
            #expect(offences.isEmpty, "\(file) (\(style) style): \(offences.sorted().joined(separator: "; "))")
        }
    }
}

/// `Glyphs.plain` looks one-scalar characters up by scalar; it must say exactly what comparing
/// Characters said (canonical equivalents included), for any text.
@Suite("Glyphs.plain by scalar")
struct GlyphsPlainTests {
    /// The Character-comparing form it replaced, as the reference.
    static func reference(_ g: Glyphs, _ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "→": out += g.arrow
            case "×": out += g.times
            case "÷": out += "/"
            case "≥": out += ">="
            case "≤": out += "<="
            case "≠": out += "!="
            case "≈": out += "~"
            case "∈": out += g == .ascii ? "in" : "∊"
            case "∉": out += g == .ascii ? "not in" : "∉"
            case "☑", "✓", "✔": out += g.checked
            case "☐", "□": out += g.unchecked
            case "—", "–": out += g.none
            case "…": out += g.ellipsis
            case "·": out += g.dot
            case "“": out += g == .ascii ? "\"" : "「"
            case "”": out += g == .ascii ? "\"" : "」"
            case "∞": out += "inf"
            case "⊭": out += g == .ascii ? "not " : "⊭"
            default: out.append(ch)
            }
        }
        return out
    }

    static let pieces = ["→", "×", "÷", "≥", "≤", "≠", "=\u{338}", "≈", "∈", "∉", "∈\u{338}", "☑", "✓", "✔", "☐", "□", "—", "–", "…",
                         "·", "\u{387}", "“", "”", "∞", "⊭", "⊨\u{338}", "→\u{301}", "a", "中", "分", " ", "1.5", "e\u{301}", "👍🏻", "🇨🇳", "⚠️", "\n"]

    @Test func agreesWithComparingCharactersOnRandomText() {
        var rng = SystemRandomNumberGenerator()
        for g in [Glyphs.unicode, Glyphs.ascii] {
            for _ in 0..<2_000 {
                let text = (0..<Int.random(in: 0...24, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng) ?? "" }.joined()
                #expect(g.plain(text) == Self.reference(g, text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
