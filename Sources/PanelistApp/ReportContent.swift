/// What a report file holds once rendered: text (written as UTF-8 without a copy) or bytes.
public enum ReportContent: Sendable {
    /// Text, written as UTF-8.
    case text(String)
    /// Bytes (a workbook), written as they are.
    case bytes([UInt8])
    /// Bytes produced piece by piece (each piece handed to the closure it is given), so a report of
    /// hundreds of megabytes is never whole in memory.
    case chunks(@Sendable (_ emit: ([UInt8]) throws -> Void) throws -> Void)
}
