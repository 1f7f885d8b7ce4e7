/// A row of the rubric tree: the gates group, one gate, one rubric node, or the overall opinion.
public enum TreeKey: Sendable, Hashable, Codable {
    /// The row that groups the gates.
    case gatesGroup
    /// One gate (basic requirement), by its id.
    case gate(String)
    /// A rubric node (category or indicator), by its id.
    case node(String)
    /// The overall opinion and sign-off.
    case overall

    /// The key as the saved view writes it: `group:gates`, `gate:G1`, `overall`, or the node id.
    public var encoded: String {
        switch self {
        case .gatesGroup: return "group:gates"
        case .gate(let id): return "gate:" + id
        case .node(let id): return id
        case .overall: return "overall"
        }
    }

    /// Reads a key written by `encoded`.
    public init(encoded text: String) {
        if text == "group:gates" { self = .gatesGroup } else if text == "overall" { self = .overall } else if text.hasPrefix("gate:") {
            self = .gate(String(text.dropFirst(5)))
        } else { self = .node(text) }
    }

    /// The rubric node's id, for node rows.
    public var nodeID: String? {
        if case .node(let id) = self { return id }
        return nil
    }

    /// The gate's id, for gate rows.
    public var gateID: String? {
        if case .gate(let id) = self { return id }
        return nil
    }

    /// Decodes the saved-view form.
    public init(from decoder: Decoder) throws {
        self.init(encoded: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the saved-view form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoded)
    }
}
