import Synchronization

/// Remembers wrapped text, so that a screen drawn again with the same text and width (every
/// keystroke redraws the application's text) does not segment and measure it again.
///
/// Invisible to callers: `TextLayout.wrap` is a pure function and returns the same lines with
/// or without it. The key's hash looks at the text's length and its first and last bytes only;
/// equality compares the whole text (immediate when both are the same stored string). Bounded:
/// emptied when it holds `limit` entries.
final class WrapCache: Sendable {
    /// The one cache `TextLayout.wrap` uses.
    static let shared = WrapCache()

    /// Entries kept before the cache is emptied.
    static let limit = 2048

    struct Key: Hashable, Sendable {
        let text: String
        let width: Int

        func hash(into hasher: inout Hasher) {
            let bytes = text.utf8
            hasher.combine(width)
            hasher.combine(bytes.count)
            for byte in bytes.prefix(16) { hasher.combine(byte) }
            for byte in bytes.suffix(16) { hasher.combine(byte) }
        }

        static func == (a: Key, b: Key) -> Bool {
            a.width == b.width && a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
        }
    }

    private let entries = Mutex<[Key: [String]]>([:])

    /// The lines for a text and width, computed by `make` when not remembered.
    func lines(_ text: String, width: Int, make: () -> [String]) -> [String] {
        let key = Key(text: text, width: width)
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let lines = make()
        entries.withLock { entries in
            if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = lines
        }
        return lines
    }
}
