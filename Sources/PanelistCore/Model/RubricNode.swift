import Foundation

/// A node of the rubric tree: a category (一级指标) or an indicator at any depth.
///
/// A node either has children (its points are their sum, capped) or scoring parts (its
/// points are the parts' sum, capped). Every node has a cap, its full marks.
public struct RubricNode: Sendable, Equatable {
    /// Stable id of the node, e.g. `004`.
    public var id: String
    /// The node's title.
    public var title: LocalizedText
    /// Longer requirement text (要求说明, 评价内容), verbatim.
    public var text: LocalizedText?
    /// The node's full marks, possibly per variant.
    public var cap: Varying<Decimal>
    /// For categories: base, bonus or record-only.
    public var kind: Kind
    /// 定性 or 定量, where the seed says.
    public var nature: Nature?
    /// The node counts only for applicants meeting this condition.
    public var when: Condition?
    /// Notes for reviewers: the seed's notes and the readings that apply here.
    public var notes: [LocalizedText]
    /// Notes for the rubric's authors and editors (`author_notes:`): never shown to reviewers.
    public var authorNotes: [LocalizedText]
    /// Documents expected as evidence for the node.
    public var evidence: [EvidenceItem]
    /// Numbers the reviewer records for the node.
    public var numbers: [NumberField]
    /// The node's scoring parts; empty when it has children.
    public var parts: [ScoringPart]
    /// The node's child nodes; empty when it has scoring parts.
    public var children: [RubricNode]
    /// The seed caps a sum that can exceed the cap (累计加分不超过 N 分).
    public var sumCapped: Bool
    /// The least number of children that must score above zero (001 §4.2: 不少于 5 项).
    public var minScoredChildren: Int?
    /// 0 for categories, 1 for their indicators, and so on.
    public var depth: Int
    /// Where the node is written in the rubric file, if loaded from one.
    public var location: SourceLocation?
    /// The node's own merge rule (`panel_rule:`), overriding the rubric's.
    public var panelRule: MergeRule?
    /// The node's cap and its parts' points are a Panelist default, not the seed's (`default: true`,
    /// inherited by the nodes below unless they say `default: false`).
    public var isDefault: Bool

    /// Creates a node.
    public init(
        id: String, title: LocalizedText, text: LocalizedText? = nil, cap: Varying<Decimal>,
        kind: Kind = .base, nature: Nature? = nil, when: Condition? = nil, notes: [LocalizedText] = [],
        evidence: [EvidenceItem] = [], numbers: [NumberField] = [], parts: [ScoringPart] = [],
        children: [RubricNode] = [], sumCapped: Bool = false, minScoredChildren: Int? = nil,
        depth: Int = 0, location: SourceLocation? = nil, panelRule: MergeRule? = nil, isDefault: Bool = false,
        authorNotes: [LocalizedText] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.cap = cap
        self.kind = kind
        self.nature = nature
        self.when = when
        self.notes = notes
        self.evidence = evidence
        self.numbers = numbers
        self.parts = parts
        self.children = children
        self.sumCapped = sumCapped
        self.minScoredChildren = minScoredChildren
        self.depth = depth
        self.location = location
        self.panelRule = panelRule
        self.isDefault = isDefault
        self.authorNotes = authorNotes
    }

    /// Whether a category's points count toward the base score, the bonus, or nothing.
    public enum Kind: String, Sendable, CaseIterable {
        case base
        case bonus
        /// Recorded for the report (e.g. 002's KPIs) but not scored.
        case record
    }

    /// 定性 (qualitative) or 定量 (quantitative).
    public enum Nature: String, Sendable, CaseIterable {
        case qualitative
        case quantitative
    }

    /// Whether the node is a leaf that is scored through its parts.
    public var isIndicator: Bool { children.isEmpty }

    /// The number field or derived figure with an id, if declared on this node.
    public func number(_ id: String) -> NumberField? { numbers.first { $0.id == id } }

    /// The part with an id, if declared on this node.
    public func part(_ id: String) -> ScoringPart? { parts.first { $0.id == id } }
}
