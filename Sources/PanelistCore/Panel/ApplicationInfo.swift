/// What the report shows of an application besides its id: the applicant and the title.
public struct ApplicationInfo: Sendable, Equatable {
    /// The applicant's name (申报单位).
    public var applicant: String
    /// The application's title (项目名称).
    public var title: String

    /// The applicant's profile (variant and attributes) as the application states it.
    public var profile: ApplicantProfile?

    /// Creates the information.
    public init(applicant: String, title: String, profile: ApplicantProfile? = nil) {
        self.applicant = applicant
        self.title = title
        self.profile = profile
    }

    /// `申报单位 — 项目名称`, or the title alone when it already begins with the applicant's name.
    public var line: String {
        if title.isEmpty || title == applicant { return applicant }
        return title.hasPrefix(applicant) ? title : applicant + " — " + title
    }

    /// From a loaded application.
    public init(_ application: Application) {
        self.init(applicant: application.applicant.name, title: application.title, profile: application.profile)
    }
}
