/// A short excerpt of a value for a message: a bad value is quoted, never in full.
///
/// A 10 MB credit code must not make a 10 MB message: at most `limit` characters are kept,
/// control characters are shown as escapes, and a cut is marked with `…`.
public enum Excerpt {
    /// The most characters of a value a message quotes.
    public static let limit = 40

    /// At most `limit` characters of the text, with `…` when it was cut.
    public static func of(_ text: String, limit: Int = limit) -> String {
        var out = ""
        var count = 0
        for ch in text {
            if count == limit { return out + "…" }
            switch ch {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\r\n": out += "\\r\\n"
            default:
                if let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1, scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.append(ch)
                }
            }
            count += 1
        }
        return out
    }

    /// At most `limit` characters of a substring.
    public static func of(_ text: Substring, limit: Int = limit) -> String { of(String(text.prefix(limit + 1)), limit: limit) }
}
