import Foundation

/// How a coverage part was worked out: what was counted, which tiers fell short and why, and
/// the tier reached.
public struct CoverageWorking: Sendable, Equatable {
    /// Segments (环节) covered by the confirmed scenarios.
    public var segments: Int
    /// Scenarios counted, those outside the table included.
    public var scenarios: Int
    /// Of those, the confirmed scenarios outside the table (上述未列出的其他场景).
    public var outsideTable: Int
    /// Key segments of the applicant's industry covered, when a tier counts them.
    public var keySegments: Int?
    /// Construction areas covered, when the table has areas.
    public var areas: Int?
    /// Tiers tried before the one reached, each with what it lacked.
    public var unmet: [TierShortfall]
    /// The tier reached, or `nil` when none holds.
    public var tier: String?
    /// The tier's points.
    public var points: Decimal

    /// Creates a coverage working.
    public init(segments: Int, scenarios: Int, outsideTable: Int = 0, keySegments: Int? = nil, areas: Int? = nil,
                unmet: [TierShortfall] = [], tier: String?, points: Decimal) {
        self.segments = segments
        self.scenarios = scenarios
        self.outsideTable = outsideTable
        self.keySegments = keySegments
        self.areas = areas
        self.unmet = unmet
        self.tier = tier
        self.points = points
    }

    /// A tier that was not reached, and each count that fell short of it.
    public struct TierShortfall: Sendable, Equatable {
        /// The tier's id.
        public var tier: String
        /// Each requirement the counts did not meet.
        public var gaps: [Gap]
        /// Creates a shortfall.
        public init(tier: String, gaps: [Gap]) {
            self.tier = tier
            self.gaps = gaps
        }
    }

    /// One requirement not met: what was counted, how many there are, how many were needed.
    public struct Gap: Sendable, Equatable {
        /// What was counted.
        public var measure: Measure
        /// How many there are.
        public var have: Int
        /// How many the tier needs.
        public var need: Int
        /// Creates a gap.
        public init(_ measure: Measure, have: Int, need: Int) {
            self.measure = measure
            self.have = have
            self.need = need
        }
    }

    /// What a coverage requirement counts.
    public enum Measure: Sendable, Equatable {
        case segments
        case scenarios
        case keySegments
        case areas
        /// A named area that must be covered (`required_areas`).
        case area(String)
        /// The applicant attribute that picks the key segments is not set (its title).
        case attributeUnset(LocalizedText)
        /// The tier's condition excludes this applicant (004 A for an industry outside the four).
        case notOpen
    }
}
