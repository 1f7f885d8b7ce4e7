import Foundation

/// A programme's rubric: gates, the indicator tree, totals and the scenario table.
public struct Rubric: Sendable, Equatable {
    /// Stable id, e.g. `zhuzhou-benchmark`.
    public var id: String
    /// The rubric's title.
    public var title: LocalizedText
    /// Where the rubric comes from (document, article, seed file).
    public var source: String
    /// The rubric's version, as its author states it.
    public var version: String
    /// Notes shown to every user of the rubric (e.g. caps chosen by the organiser).
    public var notes: [LocalizedText]
    /// The variants an applicant may apply for; empty when the rubric has none.
    public var variants: [Variant]
    /// Applicant attributes that conditions refer to (e.g. industry).
    public var attributes: [Attribute]
    /// Figures an application supplies (investment, 数控化率 …) that gates and numbers refer to.
    public var facts: [Fact]
    /// Caps on the base and bonus scores and the pass threshold.
    public var totals: Totals
    /// The table of typical scenarios that coverage parts count, if any.
    public var scenarioTable: ScenarioTable?
    /// Pass/fail conditions checked before scoring.
    public var gates: [Gate]
    /// Top-level nodes: the rubric's categories (一级指标).
    public var categories: [RubricNode] { didSet { index = RubricIndex(categories) } }
    /// The tree's nodes in order and by id (derived from `categories`).
    private(set) var index: RubricIndex
    /// The file the rubric was loaded from, for messages.
    public var file: String
    /// How a panel merges its reviewers' sheets (`panel:`; defaults when absent).
    public var panel: PanelRules
    /// Figures and tables the application form requires (`required:`).
    public var required: [RequiredItem]
    /// Notes for the rubric's authors and editors (`author_notes:`): never shown to reviewers.
    public var authorNotes: [LocalizedText]
    /// Who decides the figures marked `default: true` (`defaults:`), if the rubric has such figures.
    public var defaults: DefaultFigures?

    /// Creates a rubric.
    public init(
        id: String, title: LocalizedText, source: String = "", version: String = "",
        notes: [LocalizedText] = [], variants: [Variant] = [], attributes: [Attribute] = [],
        facts: [Fact] = [], totals: Totals = Totals(), scenarioTable: ScenarioTable? = nil,
        gates: [Gate] = [], categories: [RubricNode] = [], file: String = "", panel: PanelRules = PanelRules(),
        defaults: DefaultFigures? = nil, authorNotes: [LocalizedText] = [], required: [RequiredItem] = []
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.version = version
        self.notes = notes
        self.variants = variants
        self.attributes = attributes
        self.facts = facts
        self.totals = totals
        self.scenarioTable = scenarioTable
        self.gates = gates
        self.categories = categories
        self.index = RubricIndex(categories)
        self.file = file
        self.panel = panel
        self.defaults = defaults
        self.authorNotes = authorNotes
        self.required = required
    }

    /// A rubric variant such as 标杆车间 or 卓越级.
    public struct Variant: Sendable, Equatable {
        /// Stable id of the variant, e.g. `workshop`.
        public var id: String
        /// The variant's title.
        public var title: LocalizedText
        /// Creates a variant.
        public init(id: String, title: LocalizedText) {
            self.id = id
            self.title = title
        }
    }

    /// An applicant attribute that conditions refer to, with its allowed values.
    public struct Attribute: Sendable, Equatable {
        /// Stable id of the attribute, e.g. `industry`.
        public var id: String
        /// The attribute's title.
        public var title: LocalizedText
        /// The values the attribute may take.
        public var values: [Value]
        /// Creates an attribute.
        public init(id: String, title: LocalizedText, values: [Value]) {
            self.id = id
            self.title = title
            self.values = values
        }

        /// One allowed value of an attribute.
        public struct Value: Sendable, Equatable {
            /// Stable id of the value, e.g. `equipment`.
            public var id: String
            /// The value's title.
            public var title: LocalizedText
            /// Creates a value.
            public init(id: String, title: LocalizedText) {
                self.id = id
                self.title = title
            }
        }
    }

    /// A figure the application supplies, with its unit.
    public struct Fact: Sendable, Equatable {
        /// Stable id of the fact, as applications and numbers refer to it.
        public var id: String
        /// The fact's title.
        public var title: LocalizedText
        /// The unit the fact is stated in, e.g. `万元`.
        public var unit: String
        /// Creates a fact.
        public init(id: String, title: LocalizedText, unit: String) {
            self.id = id
            self.title = title
            self.unit = unit
        }
    }

    /// Caps on the base and bonus scores and the pass threshold.
    public struct Totals: Sendable, Equatable {
        /// Cap on the sum of base categories (基础分), if the rubric states one.
        public var base: Varying<Decimal>?
        /// Cap on the sum of bonus categories (加分项), if any.
        public var bonus: Varying<Decimal>?
        /// The total at or above which an application is recognised, if any.
        public var threshold: Varying<Decimal>?
        /// Creates totals; each is optional.
        public init(base: Varying<Decimal>? = nil, bonus: Varying<Decimal>? = nil, threshold: Varying<Decimal>? = nil) {
            self.base = base
            self.bonus = bonus
            self.threshold = threshold
        }
    }

    /// The variant with an id, if declared.
    public func variant(_ id: String) -> Variant? { variants.first { $0.id == id } }

    /// The attribute with an id, if declared.
    public func attribute(_ id: String) -> Attribute? { attributes.first { $0.id == id } }

    /// Every node in depth-first (rubric) order.
    public var allNodes: [RubricNode] { index.ordered }

    /// The node with an id, searching the whole tree.
    public func node(_ id: String) -> RubricNode? { index.node(id) }

    /// Nodes that are scored directly (they have parts and no children).
    public var indicators: [RubricNode] { allNodes.filter { $0.children.isEmpty && $0.depth > 0 } }
}
