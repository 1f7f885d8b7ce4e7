/// The reviewer keys a panel accepts, and whose they are: the known-keys file.
///
/// Format (UTF-8 text, one key per line): `FINGERPRINT NAME`, the fingerprint as panelist prints
/// it (`3f2a-91c0-7d4e-b812`; dashes, spaces and case do not matter), the name the rest of the
/// line. From `#` to the end of a line is a comment; blank lines are ignored; CRLF line ends are accepted. One
/// fingerprint may appear once; one name may have several keys (a reviewer who changed laptops),
/// but a merge still refuses two keys for one name among the journals it takes.
public struct KnownKeys: Sendable, Equatable {
    /// One accepted key.
    public struct Entry: Sendable, Equatable {
        /// The fingerprint, normalised (`3f2a-91c0-7d4e-b812`).
        public var fingerprint: String
        /// Whose key it is.
        public var name: String
        /// Where it was read (0 for keys not from a file, e.g. a panel's pinned keys).
        public var line: Int

        /// Creates an entry; the fingerprint is normalised.
        public init(fingerprint: String, name: String, line: Int = 0) {
            self.fingerprint = JournalSigning.normalise(fingerprint)
            self.name = name
            self.line = line
        }
    }

    /// A line of the file that is not a key.
    public struct Problem: Sendable, Equatable, Error, CustomStringConvertible {
        /// 1-based line.
        public var line: Int
        /// 1-based column (in characters) where the problem is.
        public var column: Int
        /// What is wrong, in English.
        public var en: String
        /// What is wrong, in Chinese.
        public var zh: String

        /// `line:column: message`.
        public var description: String { "\(line):\(column): \(en)" }

        /// The message in a language.
        public func message(_ lang: Lang) -> String { lang.pick(zh, en) }
    }

    /// Every key, in file order.
    public var entries: [Entry]

    /// A list of keys.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// The entry of a fingerprint, if it is known.
    public func entry(for fingerprint: String) -> Entry? {
        let fp = JournalSigning.normalise(fingerprint)
        return entries.first { $0.fingerprint == fp }
    }

    /// The fingerprints known for a name.
    public func fingerprints(of name: String) -> [String] { entries.filter { $0.name == name }.map(\.fingerprint) }

    /// This list and another (a panel's pinned keys); the first entry for a fingerprint wins.
    public func merging(_ other: KnownKeys) -> KnownKeys {
        var out = self
        for e in other.entries where entry(for: e.fingerprint) == nil { out.entries.append(e) }
        return out
    }

    /// Parses a known-keys file; every bad line is a problem (nothing is read partly).
    public static func parse(_ bytes: [UInt8]) throws(KnownKeysFailure) -> KnownKeys {
        var entries: [Entry] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        for (index, raw) in TextLines.split(bytes).enumerated() {
            let number = index + 1
            if let bad = TextLines.problem(raw) {
                problems.append(Problem(line: number, column: bad.column, en: bad.en, zh: bad.zh))
                continue
            }
            let text = TextLines.decode(raw) ?? ""
            let uncommented = text.prefix { $0 != "#" }  // from '#' to the end of the line is a comment
            let body = uncommented.drop { $0 == " " || $0 == "\t" }
            if body.isEmpty { continue }
            var hex = ""
            var rest = body[...]
            while let ch = rest.first, hex.count < 16, ch.isHexDigit || ch == "-" || ch == " " || ch == ":" {
                if ch.isHexDigit { hex.append(ch) }
                rest = rest.dropFirst()
            }
            let column = uncommented.count - rest.count + 1
            if hex.count < 16 || (rest.first.map { !($0 == " " || $0 == "\t") } ?? false) {
                problems.append(Problem(line: number, column: column,
                                        en: "expected a key fingerprint of 16 hex digits (as panelist prints it, e.g. 3f2a-91c0-7d4e-b812), then the reviewer's name; read \(Excerpt.of(String(body)))",
                                        zh: "应为 16 位十六进制的密钥指纹（如 3f2a-91c0-7d4e-b812），后接评审专家姓名；读到 \(Excerpt.of(String(body)))"))
                continue
            }
            let name = String(rest.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            guard !name.isEmpty else {
                problems.append(Problem(line: number, column: column, en: "the key has no name after it: write the reviewer's name after the fingerprint",
                                        zh: "指纹后缺少姓名：请在指纹后写上评审专家姓名"))
                continue
            }
            let fp = JournalSigning.normalise(hex)
            if let first = seen[fp] {
                problems.append(Problem(line: number, column: 1, en: "the key \(fp) is listed twice (first at line \(first))",
                                        zh: "密钥 \(fp) 列出了两次（第一次在第 \(first) 行）"))
                continue
            }
            seen[fp] = number
            entries.append(Entry(fingerprint: fp, name: name, line: number))
        }
        if !problems.isEmpty { throw KnownKeysFailure(problems: problems) }
        return KnownKeys(entries: entries)
    }
}
