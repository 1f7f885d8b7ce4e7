/// A text in Chinese (verbatim from the seed) with an optional English rendering.
public struct LocalizedText: Sendable, Equatable {
    public var zh: Varying<String>
    public var en: Varying<String>?

    public init(zh: Varying<String>, en: Varying<String>? = nil) {
        self.zh = zh
        self.en = en
    }

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
