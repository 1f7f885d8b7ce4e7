/// The verdict for one reviewer's sheet: gates, completeness and threshold together.
public enum Outcome: String, Sendable {
    /// All gates pass, every indicator scored, total at or above the threshold.
    case recognised
    /// Complete and all gates pass, but the total is below the threshold.
    case belowThreshold
    /// A gate failed: ineligible whatever the points.
    case ineligible
    /// At or above the threshold so far, but gates or indicators are still open.
    case provisional
    /// Below the threshold so far, and gates or indicators are still open.
    case incomplete
    /// The rubric has no threshold; complete with all gates passed.
    case scored
}
