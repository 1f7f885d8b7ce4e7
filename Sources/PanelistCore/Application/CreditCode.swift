/// The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015.
///
/// Shape: registration authority (1, 5, 9, Y …), organisation type, a six-digit region
/// code, the nine-character organisation code and a check character; characters from
/// `0-9` and `ABCDEFGHJKLMNPQRTUWXY` (no I, O, S, V, Z).
public enum CreditCode {
    /// The 31 characters of the code, in value order.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// The weight of each of the first 17 positions.
    public static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// What is wrong with a code.
    public enum Problem: Sendable, Equatable {
        /// Not 18 characters, a character outside the alphabet, or a non-digit region code.
        case shape(String)
        /// Well formed, but the 18th character is not the check character of the first 17.
        case checkCharacter(expected: Character, found: Character)
    }

    /// The check character for the first 17 characters, or `nil` if one is outside the alphabet.
    public static func checkCharacter(_ first17: some Collection<Character>) -> Character? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (index, ch) in first17.enumerated() {
            guard let value = alphabet.firstIndex(of: ch) else { return nil }
            sum += value * weights[index]
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    /// The problem with a code, or `nil` if it is valid.
    public static func problem(_ code: String) -> Problem? {
        let chars = Array(code)
        guard chars.count == 18 else {
            return .shape("has \(chars.count) characters; a 统一社会信用代码 has 18 (e.g. 91430200MA4L0XXXXX)")
        }
        if let bad = chars.first(where: { !alphabet.contains($0) }) {
            let hint = bad.isLowercase ? "write capital letters" : "only digits and the capital letters ABCDEFGHJKLMNPQRTUWXY occur (no I, O, S, V, Z)"
            return .shape("contains '\(bad)'; \(hint)")
        }
        guard chars[2..<8].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .shape("characters 3–8 must be the six-digit administrative region code (e.g. 430200 for 株洲市)")
        }
        guard let expected = checkCharacter(chars[0..<17]) else { return .shape("cannot be checked") }
        return expected == chars[17] ? nil : .checkCharacter(expected: expected, found: chars[17])
    }
}
