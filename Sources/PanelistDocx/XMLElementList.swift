import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of a small XML part ([Content_Types].xml, relationships), in order, by local name with their attributes.
struct XMLElementList {
    /// One element: local name and attributes (keys without their prefix).
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    var elements: [Element] = []

    /// Parses `data`; throws `DocxError.badXML` naming `part` when it is not well formed or declares a DTD.
    static func parse(_ data: Data, part: String) throws -> XMLElementList {
        try XMLSafety.refuseDTD(data, part: part)
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil else { throw XMLSafety.malformed(part, parser.parserError) }
        return XMLElementList(elements: delegate.elements)
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            var plain: [String: String] = [:]
            for (key, value) in attributes { plain[XMLSafety.localName(key)] = value }
            elements.append(Element(name: elementName, attributes: plain))
        }
    }
}

/// Checks every XML part must pass, and names without prefixes.
enum XMLSafety {
    /// Word never writes a document type declaration; one is refused so that no entity can expand.
    static func refuseDTD(_ data: Data, part: String) throws {
        let head = data.prefix(4096)
        if head.range(of: Data("<!DOCTYPE".utf8)) != nil || head.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DocxError(.badXML, zh: "\(part) 含有 DTD 声明（Word 从不写入）；请在 Word 中打开并另存为 .docx 后再导入",
                            en: "\(part) declares a DTD, which Word never writes; open the file in Word, save it as .docx again and import that")
        }
    }

    /// The error for a part that is not well formed.
    static func malformed(_ part: String, _ error: Error?) -> DocxError {
        let why = error.map { " (\(($0 as NSError).localizedDescription))" } ?? ""
        return DocxError(.badXML, zh: "\(part) 不是有效的 XML\(why)；文件已损坏，请在 Word 中打开并另存为 .docx 后再导入",
                         en: "\(part) is not well-formed XML\(why); the file is damaged — open it in Word, save it as .docx again and import that")
    }

    /// `w:val` → `val`.
    static func localName(_ key: String) -> String {
        key.firstIndex(of: ":").map { String(key[key.index(after: $0)...]) } ?? key
    }
}
