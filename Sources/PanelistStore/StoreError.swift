/// A file-system error of the journal store, in both languages, naming the file and what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The message in Chinese.
    public var zh: String
    /// The message in English.
    public var en: String
    /// The system error behind it, if a system call failed.
    public var system: SystemError?
    /// Whether the journal refuses appends until `JournalFile.reopen()` has checked it again
    /// (a write or sync failed: the file was cut back to its last acknowledged record).
    public var needsReopen: Bool

    /// Creates an error with both messages.
    public init(zh: String, en: String, system: SystemError? = nil, needsReopen: Bool = false) {
        self.zh = zh
        self.en = en
        self.system = system
        self.needsReopen = needsReopen
    }

    /// The message in English.
    public var description: String { en }
}
