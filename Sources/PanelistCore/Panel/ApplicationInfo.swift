/// What the report shows of an application besides its id: the applicant and the title.
public struct ApplicationInfo: Sendable, Equatable {
    /// The applicant's name (申报单位).
    public var applicant: String
    /// The application's title (项目名称).
    public var title: String

    /// Creates the information.
    public init(applicant: String, title: String) {
        self.applicant = applicant
        self.title = title
    }

    /// From a loaded application.
    public init(_ application: Application) {
        self.init(applicant: application.applicant.name, title: application.title)
    }
}
