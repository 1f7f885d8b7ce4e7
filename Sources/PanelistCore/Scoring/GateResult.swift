/// A gate's verdict as entered, and what the application's figures suggest.
public struct GateResult: Sendable, Equatable {
    /// The gate id.
    public var id: String
    /// The reviewer's verdict.
    public var verdict: GateVerdict
    /// The reviewer's reason.
    public var reason: String
    /// What the stated figures suggest (`nil` when the gate has no check or a figure is missing).
    public var suggestion: GateVerdict?
    /// The check worked out, e.g. "1800 ≥ 300".
    public var suggestionText: String?
    /// Whether the gate applies to this applicant.
    public var applicable: Bool
    /// The suggestion's working, for `working(_:symbols:)` (`nil` when there is no suggestion).
    public var working: GateWorking?

    /// Creates a gate result.
    public init(id: String, verdict: GateVerdict, reason: String, suggestion: GateVerdict?, suggestionText: String?, applicable: Bool,
                working: GateWorking? = nil) {
        self.id = id
        self.verdict = verdict
        self.reason = reason
        self.suggestion = suggestion
        self.suggestionText = suggestionText
        self.applicable = applicable
        self.working = working
    }
}
