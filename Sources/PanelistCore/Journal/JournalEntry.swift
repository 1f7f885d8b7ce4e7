/// What a record carries: the header (record 0) or a reviewer action.
public enum JournalEntry: Sendable, Equatable {
    /// The header (held by reference: it is large, and only the first record has one).
    indirect case header(JournalHeader)
    case action(JournalAction)

    /// The entry's JSON fields, `type` included.
    public var fields: [String: JSONValue] {
        switch self {
        case .header(let h): return h.fields
        case .action(let a): return a.fields
        }
    }

    /// Decodes an entry: `type: header` is the header, anything else an action.
    public init(json: JSONValue) throws(JournalDecodeError) {
        if json["type"]?.stringValue == "header" {
            self = .header(try JournalHeader(json: json))
        } else {
            self = .action(try JournalAction(json: json))
        }
    }
}
