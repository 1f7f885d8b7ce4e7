import Foundation
import ZIPFoundation

/// Opens the bytes of a .docx: recognises what the file really is, then reads the parts the importer needs
/// from the zip within `DocxLimits` (sizes declared and sizes actually decompressed are both checked).
enum DocxArchive {
    static let wordMain = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                           "application/vnd.ms-word.document.macroEnabled.main+xml",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                           "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"]
    static let stylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"

    /// Reads the parts of `bytes` (the file `name`, for messages).
    static func open(_ bytes: Data, name: String, limits: DocxLimits) throws -> DocxParts {
        if bytes.count > limits.fileBytes {
            throw DocxError(.tooLarge, zh: "\(name) 有 \(bytes.count >> 20) MiB，超过 \(limits.fileBytes >> 20) MiB 的上限；请把附件（照片、扫描件）另行提交，申报书正文单独保存为 .docx",
                            en: "\(name) is \(bytes.count >> 20) MiB, over the \(limits.fileBytes >> 20) MiB limit; submit the attachments (photos, scans) separately and save the form itself as its own .docx")
        }
        try sniff(bytes, name: name)
        let archive: Archive
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw DocxError(.notZip, zh: "\(name) 不是有效的 .docx（zip 结构已损坏）；请在 Word 中打开并另存为 .docx",
                            en: "\(name) is not a valid .docx (its zip structure is damaged); open it in Word and save it as .docx again")
        }
        var paths: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.entries {
                throw DocxError(.tooLarge, zh: "\(name) 含有超过 \(limits.entries) 个部件，不像 Word 文档（可能是压缩炸弹）；请确认文件来源",
                                en: "\(name) holds more than \(limits.entries) parts, which no Word document does (possibly a zip bomb); check where the file came from")
            }
            paths[entry.path] = entry
        }
        var reader = PartReader(archive: archive, name: name, limits: limits)
        guard let typesEntry = paths["[Content_Types].xml"] else { throw notWord(name, paths: paths) }
        let types = try XMLElementList.parse(try reader.read(typesEntry), part: "[Content_Types].xml")
        let main = types.elements.first { $0.name == "Override" && wordMain.contains($0.attributes["ContentType"] ?? "") }
        guard let partName = main?.attributes["PartName"] else { throw notWord(name, paths: paths) }
        let documentPath = partName.hasPrefix("/") ? String(partName.dropFirst()) : partName
        guard let documentEntry = paths[documentPath] else { throw notWord(name, paths: paths) }
        let document = try reader.read(documentEntry)

        let folder = documentPath.split(separator: "/").dropLast().joined(separator: "/")
        let file = documentPath.split(separator: "/").last.map(String.init) ?? "document.xml"
        var relationships: [String: String] = [:]
        var styles: Data?
        if let relsEntry = paths[(folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"] {
            let rels = try XMLElementList.parse(try reader.read(relsEntry), part: relsEntry.path)
            for rel in rels.elements where rel.name == "Relationship" {
                guard let id = rel.attributes["Id"], let target = rel.attributes["Target"] else { continue }
                relationships[id] = target
                if rel.attributes["Type"] == stylesType, rel.attributes["TargetMode"] != "External" {
                    let path = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
                    if let entry = paths[path] { styles = try reader.read(entry) }
                }
            }
        }
        return DocxParts(document: document, documentPath: documentPath, styles: styles, relationships: relationships, bytesRead: reader.total)
    }

    /// Refuses what is not a zip, naming what it is.
    static func sniff(_ bytes: Data, name: String) throws {
        let head = [UInt8](bytes.prefix(8))
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let utf16 = { (s: String) in Data(s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
            if bytes.range(of: utf16("EncryptionInfo")) != nil || bytes.range(of: utf16("EncryptedPackage")) != nil {
                throw DocxError(.encrypted, zh: "\(name) 设有打开密码（已加密），无法读取；请申报单位在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空）后另存为 .docx",
                                en: "\(name) is password-protected (encrypted) and cannot be read; ask the applicant to remove the password in Word (File → Info → Protect Document → Encrypt with Password, clear it) and save as .docx")
            }
            throw DocxError(.legacyWord, zh: "\(name) 是旧版 Word 文件（.doc）或其他旧版 Office 文件，不是 .docx；请在 Word 或 LibreOffice 中打开并另存为 .docx（Word 文档）",
                            en: "\(name) is an old binary Word file (.doc) or another old Office file, not a .docx; open it in Word or LibreOffice and save it as .docx (Word Document)")
        }
        if head.starts(with: Array("%PDF".utf8)) {
            throw DocxError(.pdf, zh: "\(name) 是 PDF，不是 .docx；请向申报单位索取 Word 原文件（.docx）",
                            en: "\(name) is a PDF, not a .docx; ask the applicant for the Word file (.docx) the PDF was made from")
        }
        if head.starts(with: Array("{\\rtf".utf8)) {
            throw DocxError(.notWord, zh: "\(name) 是 RTF 文本，不是 .docx；请在 Word 中打开并另存为 .docx",
                            en: "\(name) is an RTF file, not a .docx; open it in Word and save it as .docx")
        }
        if !(head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])) {
            throw DocxError(.notZip, zh: "\(name) 不是 Word 文档（.docx）：文件开头不是 zip 格式；请确认文件并另存为 .docx",
                            en: "\(name) is not a Word document (.docx): it does not start as a zip file does; check the file and save it as .docx")
        }
    }

    /// The refusal for a zip that is not a Word document, naming what it looks like.
    static func notWord(_ name: String, paths: [String: Entry]) -> DocxError {
        let what: (String, String)
        if paths["xl/workbook.xml"] != nil {
            what = ("Excel 工作簿（.xlsx）", "an Excel workbook (.xlsx)")
        } else if paths["ppt/presentation.xml"] != nil {
            what = ("PowerPoint 演示文稿（.pptx）", "a PowerPoint presentation (.pptx)")
        } else if paths["content.xml"] != nil || paths["mimetype"] != nil {
            what = ("OpenDocument 文件（.odt 等）", "an OpenDocument file (.odt or similar)")
        } else {
            what = ("普通 zip 压缩包", "a plain zip archive")
        }
        return DocxError(.notWord, zh: "\(name) 是\(what.0)，不是 Word 文档（.docx）；请提供申报书的 .docx 文件（若为压缩包，请先解压）",
                         en: "\(name) is \(what.1), not a Word document (.docx); supply the application's .docx (unpack it first if it is an archive)")
    }

    /// Decompresses entries, counting the bytes actually produced against the limits.
    struct PartReader {
        let archive: Archive
        let name: String
        let limits: DocxLimits
        var total = 0

        mutating func read(_ entry: Entry) throws -> Data {
            let declared = Int(clamping: entry.uncompressedSize)
            let compressed = max(Int(clamping: entry.compressedSize), 1)
            if declared > limits.ratioFloor, declared / compressed > limits.ratio {
                throw bomb(entry.path, declared)
            }
            if declared > limits.partBytes || total + declared > limits.totalBytes { throw bomb(entry.path, declared) }
            var data = Data()
            var produced = 0
            let budget = min(limits.partBytes, limits.totalBytes - total)
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    produced += chunk.count
                    if produced > budget { throw DocxError(.tooLarge, zh: "", en: "") }
                    data.append(chunk)
                }
            } catch let error as DocxError where error.kind == .tooLarge {
                throw bomb(entry.path, produced)
            } catch {
                throw DocxError(.notZip, zh: "\(name) 的部件 \(entry.path) 无法解压（文件已损坏）；请在 Word 中打开并另存为 .docx",
                                en: "\(name): part \(entry.path) cannot be decompressed (the file is damaged); open it in Word and save it as .docx again")
            }
            if produced > limits.ratioFloor, produced / compressed > limits.ratio { throw bomb(entry.path, produced) }
            total += produced
            return data
        }

        func bomb(_ path: String, _ size: Int) -> DocxError {
            DocxError(.tooLarge, zh: "\(name) 的部件 \(path) 解压后超过上限（单个部件 \(limits.partBytes >> 20) MiB、合计 \(limits.totalBytes >> 20) MiB、压缩比 \(limits.ratio):1），不像正常的申报书（可能是压缩炸弹）；已停止读取，未写入任何文件",
                      en: "\(name): part \(path) decompresses beyond the limits (\(limits.partBytes >> 20) MiB per part, \(limits.totalBytes >> 20) MiB in all, ratio \(limits.ratio):1), which no real application does (possibly a zip bomb); reading stopped and nothing was written")
        }
    }
}
