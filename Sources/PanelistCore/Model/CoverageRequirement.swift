/// How much of the scenario table an application must cover (segments, scenarios, areas).
public struct CoverageRequirement: Sendable, Equatable {
    /// How many segments (环节) must be covered, if required.
    public var minSegments: Varying<Int>?
    /// How many scenarios (场景) must be covered, if required.
    public var minScenarios: Varying<Int>?
    /// How many construction areas (建设领域) must be covered, if required.
    public var minAreas: Varying<Int>?
    /// Key segments per value of an attribute (004: the six key segments of each industry).
    public var keySegments: KeySegments?
    /// How many of the key segments must be covered.
    public var minKeySegments: Varying<Int>?
    /// Areas of the scenario table that must each be covered (002 基础级: 至少覆盖生产作业).
    public var requiredAreas: [String]

    /// Creates a requirement; each minimum is optional.
    public init(
        minSegments: Varying<Int>? = nil, minScenarios: Varying<Int>? = nil, minAreas: Varying<Int>? = nil,
        keySegments: KeySegments? = nil, minKeySegments: Varying<Int>? = nil, requiredAreas: [String] = []
    ) {
        self.minSegments = minSegments
        self.minScenarios = minScenarios
        self.minAreas = minAreas
        self.keySegments = keySegments
        self.minKeySegments = minKeySegments
        self.requiredAreas = requiredAreas
    }

    /// Segment ids that count as key segments, chosen by an applicant attribute.
    public struct KeySegments: Sendable, Equatable {
        /// The applicant attribute that picks the key segments, e.g. `industry`.
        public var attribute: String
        /// For each attribute value, its key segment ids, in the order written.
        public var sets: [(value: String, segments: [String])]
        /// Creates key segments for an attribute.
        public init(attribute: String, sets: [(value: String, segments: [String])]) {
            self.attribute = attribute
            self.sets = sets
        }
        /// Key segments are equal when attribute and sets match in order.
        public static func == (lhs: KeySegments, rhs: KeySegments) -> Bool {
            lhs.attribute == rhs.attribute && lhs.sets.count == rhs.sets.count
                && zip(lhs.sets, rhs.sets).allSatisfy { $0.value == $1.value && $0.segments == $1.segments }
        }
        /// The key segments for an attribute value.
        public func segments(for value: String) -> [String]? { sets.first { $0.value == value }?.segments }
    }
}
