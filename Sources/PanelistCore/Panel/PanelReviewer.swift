import Foundation

/// A reviewer who scored an application in the merge.
public struct PanelReviewer: Sendable, Equatable {
    /// The reviewer id.
    public var id: String
    /// The reviewer's display name.
    public var name: String
    /// Fingerprint of the reviewer's public key.
    public var fingerprint: String
    /// The journal file merged.
    public var file: String
    /// Issues admitted by an explicit flag (e.g. not signed off).
    public var admitted: [IntakeIssue]

    /// When the journal was signed off, if it is.
    public var signedOff: Date?
    /// The reviewer's own total for the application (their sheet, capped).
    public var total: Decimal

    /// Creates a reviewer entry.
    public init(id: String, name: String, fingerprint: String, file: String, admitted: [IntakeIssue] = [], signedOff: Date? = nil, total: Decimal = 0) {
        self.signedOff = signedOff
        self.total = total
        self.id = id
        self.name = name
        self.fingerprint = fingerprint
        self.file = file
        self.admitted = admitted
    }
}
