import Foundation

/// What the report shows of an application besides its id: the applicant and the title.
public struct ApplicationInfo: Sendable, Equatable {
    /// The applicant's name (申报单位).
    public var applicant: String
    /// The application's title (项目名称).
    public var title: String

    /// The applicant's profile (variant and attributes) as the application states it.
    public var profile: ApplicantProfile?

    /// The figures the application states, per number field (`申报书 X` in a verified-figure line);
    /// `nil` when the application file is not at hand.
    public var figures: [FigureKey: Decimal]?

    /// Creates the information.
    public init(applicant: String, title: String, profile: ApplicantProfile? = nil, figures: [FigureKey: Decimal]? = nil) {
        self.applicant = applicant
        self.title = title
        self.profile = profile
        self.figures = figures
    }

    /// `申报单位 — 项目名称`, or the title alone when it already begins with the applicant's name.
    public var line: String { line(separator: " — ") }

    /// The same with another separator (` - ` in plain text, where the dash's width is ambiguous).
    public func line(separator: String) -> String {
        if title.isEmpty || title == applicant { return applicant }
        return title.hasPrefix(applicant) ? title : applicant + separator + title
    }

    /// From a loaded application.
    public init(_ application: Application) {
        self.init(applicant: application.applicant.name, title: application.title, profile: application.profile)
    }

    /// From a loaded application, with the figures it states under a rubric.
    public init(_ application: Application, rubric: Rubric) {
        self.init(applicant: application.applicant.name, title: application.title, profile: application.profile,
                  figures: FigureOverride.statedFigures(ApplicationSuggestions.compute(rubric, application)))
    }
}
