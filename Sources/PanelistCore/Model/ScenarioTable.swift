/// The table of typical scenarios (典型场景) in segments (环节), optionally grouped into areas.
public struct ScenarioTable: Sendable, Equatable {
    /// The table's title.
    public var title: LocalizedText
    /// The segments (环节), each with its scenarios.
    public var segments: [Segment]
    /// Construction areas grouping segments (002: five areas).
    public var areas: [Area]

    /// Creates a scenario table.
    public init(title: LocalizedText, segments: [Segment], areas: [Area] = []) {
        self.title = title
        self.segments = segments
        self.areas = areas
    }

    /// A segment (环节) and its scenarios.
    public struct Segment: Sendable, Equatable {
        /// Stable id of the segment.
        public var id: String
        /// The segment's title.
        public var title: LocalizedText
        /// The segment's scenarios, in table order.
        public var scenarios: [Scenario]
        /// Creates a segment.
        public init(id: String, title: LocalizedText, scenarios: [Scenario]) {
            self.id = id
            self.title = title
            self.scenarios = scenarios
        }
    }

    /// A typical scenario (场景).
    public struct Scenario: Sendable, Equatable {
        /// Stable id of the scenario, as applications claim it.
        public var id: String
        /// The scenario's title.
        public var title: LocalizedText
        /// The scenario's description, if the table gives one.
        public var text: LocalizedText?
        /// Creates a scenario.
        public init(id: String, title: LocalizedText, text: LocalizedText? = nil) {
            self.id = id
            self.title = title
            self.text = text
        }
    }

    /// A construction area (建设领域) made of segments.
    public struct Area: Sendable, Equatable {
        /// Stable id of the area.
        public var id: String
        /// The area's title.
        public var title: LocalizedText
        /// Ids of the segments the area groups.
        public var segments: [String]
        /// Creates an area.
        public init(id: String, title: LocalizedText, segments: [String]) {
            self.id = id
            self.title = title
            self.segments = segments
        }
    }

    /// Every scenario with its segment id.
    public var allScenarios: [(segment: String, scenario: Scenario)] {
        segments.flatMap { seg in seg.scenarios.map { (seg.id, $0) } }
    }

    /// The segment that holds a scenario id.
    public func segment(ofScenario id: String) -> String? {
        segments.first { $0.scenarios.contains { $0.id == id } }?.id
    }
}
