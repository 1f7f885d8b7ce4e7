/// The workbook's shared-string table: each distinct text once, cells refer to it by index
/// (an indicator's title repeated on every row of the scores sheet is stored once).
struct WorkbookStrings {
    /// The texts, in order of first use.
    private(set) var list: [String] = []
    /// Each text's index in `list`.
    private var index: [String: Int] = [:]
    /// How many cells refer to the table.
    private(set) var references = 0

    /// The index of a text, added on first use.
    mutating func id(_ text: String) -> Int {
        references += 1
        if let known = index[text] { return known }
        index[text] = list.count
        list.append(text)
        return list.count - 1
    }

    /// `xl/sharedStrings.xml`.
    func xml() -> [UInt8] {
        var out = Array((PanelWorkbook.header + "<sst xmlns=\"\(PanelWorkbook.main)\" count=\"\(references)\" uniqueCount=\"\(list.count)\">").utf8)
        for text in list {
            out.append(contentsOf: "<si><t xml:space=\"preserve\">".utf8)
            PanelWorkbook.appendXML(text, to: &out)
            out.append(contentsOf: "</t></si>".utf8)
        }
        out.append(contentsOf: "</sst>".utf8)
        return out
    }
}
