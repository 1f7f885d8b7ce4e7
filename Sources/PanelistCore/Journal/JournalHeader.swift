import Foundation

/// The first record of a journal: who reviews what, against which rubric, with which tool.
public struct JournalHeader: Sendable, Equatable {
    /// The journal format written by this version.
    public static let currentFormat = "panelist-journal/1"

    /// Format version, `panelist-journal/1`.
    public var format: String
    /// The reviewer who keeps the journal, with their public key.
    public var reviewer: JournalReviewer
    /// The rubric reviewed against, by id and checksum.
    public var rubric: JournalDocumentRef
    /// The application reviewed, by id and checksum.
    public var application: JournalDocumentRef
    /// Variant and attributes of the applicant, which the rubric's conditions use.
    public var profile: ApplicantProfile
    /// The tool that created the journal, e.g. `panelist 0.1.0`.
    public var tool: String
    /// When the journal was created.
    public var created: Date

    /// Creates a header in the current format.
    public init(reviewer: JournalReviewer, rubric: JournalDocumentRef, application: JournalDocumentRef,
                profile: ApplicantProfile = ApplicantProfile(), tool: String, created: Date) {
        self.format = Self.currentFormat
        self.reviewer = reviewer
        self.rubric = rubric
        self.application = application
        self.profile = profile
        self.tool = tool
        self.created = created
    }
}
