import Foundation

/// Something the chair should know about the merge, as data (rendered in the output's language).
public enum PanelNote: Sendable, Equatable {
    /// The chair journal was refused: its resolutions are not shown.
    case chairRefused(file: String)
    /// A resolution names an application not in the batch.
    case resolutionUnknownApplication(application: String, indicator: String)
    /// A resolution names an indicator the rubric does not have.
    case resolutionUnknownIndicator(application: String, indicator: String)
    /// A resolution for an indicator that does not apply to the applicant: ignored.
    case resolutionNotApplicable(indicator: String)
    /// A resolution outside 0…cap: ignored.
    case resolutionOutOfRange(indicator: String, value: Decimal, cap: Decimal)
    /// A reviewer scored with another applicant profile than the one used for caps.
    case otherProfile(reviewer: String, variant: String?, used: String?)
}
