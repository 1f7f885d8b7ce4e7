/// What the rubric's conditions know about an applicant: its variant and attribute values.
public struct ApplicantProfile: Sendable, Equatable, Hashable {
    /// The rubric variant applied for (e.g. `workshop`), if the rubric has variants.
    public var variant: String?
    /// Attribute id → value id (e.g. `industry` → `equipment`).
    public var attributes: [String: String]

    /// Creates a profile; by default no variant and no attributes.
    public init(variant: String? = nil, attributes: [String: String] = [:]) {
        self.variant = variant
        self.attributes = attributes
    }

    /// The value of an attribute; `variant` names the variant itself.
    public func value(of attribute: String) -> String? {
        attribute == "variant" ? variant : attributes[attribute]
    }
}
