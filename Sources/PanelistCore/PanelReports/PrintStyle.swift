/// The print styling shared by every HTML printout (panel report, rationale, forms): A4, Chinese
/// font stacks for Windows, macOS and Linux, a running header and page numbers through CSS `@page`
/// margin boxes, and no entry or table row split across pages.
public enum PrintStyle {
    /// Serif Chinese fonts: Windows (SimSun 宋体), macOS (Songti SC), Linux (Noto Serif CJK SC / Source Han Serif SC).
    public static let serif = "\"SimSun\", \"宋体\", \"Songti SC\", \"STSong\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", serif"
    /// Sans Chinese fonts: Windows (Microsoft YaHei 微软雅黑), macOS (PingFang SC), Linux (Noto Sans CJK SC / Source Han Sans SC).
    public static let sans = "\"Microsoft YaHei\", \"微软雅黑\", \"PingFang SC\", \"Hiragino Sans GB\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", sans-serif"

    /// A CSS string literal.
    public static func cssString(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += " "
            case "<": out += "\\3c "
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// `第 N 页 / 共 M 页` or `Page N of M`.
    static func pageCounter(_ lang: Lang) -> String {
        lang.pick("\"第 \" counter(page) \" 页 / 共 \" counter(pages) \" 页\"", "\"Page \" counter(page) \" of \" counter(pages)")
    }

    /// The page rule: A4, margins, the running header (left and right parts) and the page number below.
    public static func page(left: String, right: String, lang: Lang, margins: String = "20mm 14mm 16mm 14mm") -> String {
        """
        @page { size: A4; margin: \(margins);
          @top-left { content: \(cssString(left)); font-family: \(sans); font-size: 8pt; color: #333; vertical-align: bottom; }
          @top-right { content: \(cssString(right)); font-family: \(sans); font-size: 8pt; color: #333; vertical-align: bottom; }
          @bottom-center { content: \(pageCounter(lang)); font-family: \(sans); font-size: 8pt; } }
        """
    }

    /// A named page whose running header's right part names a section (an application).
    public static func namedPage(_ name: String, right: String) -> String {
        "@page \(name) { @top-right { content: \(cssString(right)); font-family: \(sans); font-size: 8pt; color: #333; vertical-align: bottom; } }"
    }

    /// The body rules common to every printout.
    public static let body = """
    body { font-family: \(serif); font-size: 10.5pt; line-height: 1.45; color: #000; }
    h1 { font-family: \(sans); font-size: 16pt; margin: 0 0 6pt; }
    h2 { font-family: \(sans); font-size: 13pt; border-bottom: 1px solid #000; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
    h3 { font-family: \(sans); font-size: 11pt; margin: 8pt 0 2pt; break-after: avoid; page-break-after: avoid; }
    table { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt; font-size: 9pt; }
    th, td { border: 0.5pt solid #555; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
    th { background: #eee; font-family: \(sans); } td.n { text-align: right; white-space: nowrap; }
    tr, li, .entry { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
    .status { border: 1.5pt solid #000; padding: 4pt 6pt; margin: 4pt 0 8pt; font-weight: bold; break-inside: avoid; }
    .small { font-size: 8.5pt; } .hash { font-family: monospace; word-break: break-all; }
    @media screen { body { max-width: 200mm; margin: auto; } }
    """
}
