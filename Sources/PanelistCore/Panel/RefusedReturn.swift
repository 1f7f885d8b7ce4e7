/// A return file (`panelist package return`) merge refused before reading its journals: the report's
/// completeness section lists it like a refused journal.
public struct RefusedReturn: Sendable, Equatable {
    /// The return file as given.
    public var file: String
    /// The reviewer the return names, when it could be read.
    public var reviewer: String?
    /// Why it was refused, in both languages.
    public var reason: LocalizedText

    /// Creates the record of a refused return.
    public init(file: String, reviewer: String?, reason: LocalizedText) {
        self.file = file
        self.reviewer = reviewer
        self.reason = reason
    }
}
