/// The mathematical signs a derivation is written with.
///
/// `standard` (× ÷ ∈ → ≥ ∞) is for printouts and the Chinese screen text the seeds use;
/// `ascii` (x / in -> >= inf) is for the ASCII screen style, where no character outside
/// ASCII may come from the program.
public struct DerivationSymbols: Sendable, Equatable {
    /// Multiplication sign.
    public var times: String
    /// Division sign.
    public var divide: String
    /// "Lies in" (a value in an interval).
    public var member: String
    /// "Gives" (a band or tier leads to points).
    public var arrow: String
    /// Infinity, for unbounded band edges.
    public var infinity: String

    /// Creates a set of signs.
    public init(times: String, divide: String, member: String, arrow: String, infinity: String) {
        self.times = times
        self.divide = divide
        self.member = member
        self.arrow = arrow
        self.infinity = infinity
    }

    /// × ÷ ∈ → ∞.
    public static let standard = DerivationSymbols(times: "×", divide: "÷", member: "∈", arrow: "→", infinity: "∞")
    /// x / in -> inf.
    public static let ascii = DerivationSymbols(times: "x", divide: "/", member: "in", arrow: "->", infinity: "inf")
}
