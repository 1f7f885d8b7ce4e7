/// Lines of a text file from its bytes: `\n` or `\r\n` ends, UTF-8 checked line by line.
///
/// Text files from outside (sheets, known-keys files) are read as bytes, so that a CRLF file
/// reads like an LF one, and bad UTF-8 or a NUL is refused with its line and column instead
/// of becoming U+FFFD.
public enum TextLines {
    /// The lines' bytes, without their `\n` or `\r\n`; a last line without an end is kept.
    public static func split(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
            out.append(bytes[start..<end])
            start = i + 1
        }
        if start < bytes.count { out.append(bytes[start...]) }
        return out
    }

    /// A line as text, or nil when it is not valid UTF-8.
    public static func decode(_ line: ArraySlice<UInt8>) -> String? { String(validating: line, as: UTF8.self) }

    /// The 1-based column (in characters) of the first byte that is not valid UTF-8.
    public static func badColumn(_ line: ArraySlice<UInt8>) -> Int {
        var good = line.startIndex
        var i = line.startIndex
        while i < line.endIndex {
            // Grow the valid prefix one scalar at a time.
            var end = i + 1
            while end <= line.endIndex, end - i <= 4 {
                if String(validating: line[i..<end], as: UTF8.self) != nil { break }
                end += 1
            }
            guard end <= line.endIndex, end - i <= 4 else { break }
            i = end
            good = i
        }
        return (String(validating: line[line.startIndex..<good], as: UTF8.self)?.count ?? 0) + 1
    }

    /// The first problem of a line for a text format: bad UTF-8 or a NUL, as (column, English, Chinese).
    public static func problem(_ line: ArraySlice<UInt8>) -> (column: Int, en: String, zh: String)? {
        guard let text = decode(line) else {
            return (badColumn(line), "not valid UTF-8 text (save the file as UTF-8)", "不是有效的 UTF-8 文本（请以 UTF-8 编码保存文件）")
        }
        if let nul = text.firstIndex(of: "\u{0}") {
            return (text.distance(from: text.startIndex, to: nul) + 1, "a NUL character (the file may be damaged or not text)", "含有 NUL 字符（文件可能已损坏或不是文本）")
        }
        return nil
    }
}
