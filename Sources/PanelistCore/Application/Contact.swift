/// A person named in the application: the legal representative or the contact (联系人).
public struct Contact: Sendable, Equatable {
    public var name: String
    /// Position (职务).
    public var title: String
    public var phone: String
    public var email: String

    public init(name: String, title: String = "", phone: String = "", email: String = "") {
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }
}
