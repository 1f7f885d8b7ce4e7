import Foundation

extension ReviewView {
    /// Decodes a view saved by `encoded()`; nil when the bytes are not a view (an older or damaged file).
    public static func decode(_ bytes: [UInt8]) -> ReviewView? {
        try? JSONDecoder().decode(ReviewView.self, from: Data(bytes))
    }

    /// The view as sorted-key JSON bytes, for saving beside the journal.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { Array($0) } ?? []
    }
}
