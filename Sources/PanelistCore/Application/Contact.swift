/// A person named in the application: the legal representative or the contact (联系人).
public struct Contact: Sendable, Equatable {
    /// The person's name.
    public var name: String
    /// Position (职务).
    public var title: String
    /// Phone number, as written.
    public var phone: String
    /// Email address, as written.
    public var email: String

    /// Creates a person; only the name is required.
    public init(name: String, title: String = "", phone: String = "", email: String = "") {
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }
}
