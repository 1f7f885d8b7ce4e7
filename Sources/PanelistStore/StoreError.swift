/// A file-system error of the journal store, in both languages, naming the file and what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The message in Chinese.
    public var zh: String
    /// The message in English.
    public var en: String

    /// Creates an error with both messages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The message in English.
    public var description: String { en }
}
