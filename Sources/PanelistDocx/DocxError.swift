import PanelistCore

/// Why a file could not be imported at all, in Chinese and English, saying what to do.
public struct DocxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a kind tests can check.
    public var kind: Kind
    /// The message in Chinese.
    public var zh: String
    /// The message in English.
    public var en: String

    /// The kinds of refusal.
    public enum Kind: String, Sendable {
        /// An old binary Word file (.doc) or another OLE compound file.
        case legacyWord
        /// A password-protected (encrypted) Office document.
        case encrypted
        /// A PDF.
        case pdf
        /// A zip that is not a Word document (renamed .zip, .xlsx, .pptx, .odt …).
        case notWord
        /// Not a zip at all, or a damaged one.
        case notZip
        /// Over a size, count or ratio limit (zip bomb, thousands of pages).
        case tooLarge
        /// The XML inside is not well formed or uses what Word never writes (a DTD).
        case badXML
    }

    /// Creates an error.
    public init(_ kind: Kind, zh: String, en: String) {
        self.kind = kind
        self.zh = zh
        self.en = en
    }

    /// The message in a language.
    public func message(_ lang: Lang) -> String { lang.pick(zh, en) }

    /// The English message.
    public var description: String { en }
}
