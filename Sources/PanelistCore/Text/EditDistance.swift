/// The Levenshtein distance between two texts, by character: how "did you mean" suggestions and
/// fuzzy heading matches decide that a word is close to another.
public enum EditDistance {
    /// The fewest insertions, deletions and substitutions of characters that turn `a` into `b`.
    public static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
