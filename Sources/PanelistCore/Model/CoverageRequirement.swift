/// How much of the scenario table an application must cover (segments, scenarios, areas).
public struct CoverageRequirement: Sendable, Equatable {
    public var minSegments: Varying<Int>?
    public var minScenarios: Varying<Int>?
    public var minAreas: Varying<Int>?
    /// Key segments per value of an attribute (004: the six key segments of each industry).
    public var keySegments: KeySegments?
    /// How many of the key segments must be covered.
    public var minKeySegments: Varying<Int>?

    public init(
        minSegments: Varying<Int>? = nil, minScenarios: Varying<Int>? = nil, minAreas: Varying<Int>? = nil,
        keySegments: KeySegments? = nil, minKeySegments: Varying<Int>? = nil
    ) {
        self.minSegments = minSegments
        self.minScenarios = minScenarios
        self.minAreas = minAreas
        self.keySegments = keySegments
        self.minKeySegments = minKeySegments
    }

    /// Segment ids that count as key segments, chosen by an applicant attribute.
    public struct KeySegments: Sendable, Equatable {
        public var attribute: String
        public var sets: [(value: String, segments: [String])]
        public init(attribute: String, sets: [(value: String, segments: [String])]) {
            self.attribute = attribute
            self.sets = sets
        }
        public static func == (lhs: KeySegments, rhs: KeySegments) -> Bool {
            lhs.attribute == rhs.attribute && lhs.sets.count == rhs.sets.count
                && zip(lhs.sets, rhs.sets).allSatisfy { $0.value == $1.value && $0.segments == $1.segments }
        }
        /// The key segments for an attribute value.
        public func segments(for value: String) -> [String]? { sets.first { $0.value == value }?.segments }
    }
}
