/// A text in Chinese (verbatim from the seed) with an optional English rendering.
public struct LocalizedText: Sendable, Equatable {
    /// The Chinese text, verbatim from the seed, possibly per variant.
    public var zh: Varying<String>
    /// The English rendering, if any, possibly per variant.
    public var en: Varying<String>?

    /// Creates a text that may vary by variant.
    public init(zh: Varying<String>, en: Varying<String>? = nil) {
        self.zh = zh
        self.en = en
    }

    /// Creates a text that is the same for every variant.
    public init(_ zh: String, en: String? = nil) {
        self.zh = .same(zh)
        self.en = en.map { .same($0) }
    }

    /// The text for a variant in a language; English falls back to Chinese when absent.
    public func text(_ lang: Lang, variant: String? = nil) -> String {
        if lang == .en, let en, let value = en.resolve(variant) { return value }
        return zh.resolve(variant) ?? ""
    }
}
