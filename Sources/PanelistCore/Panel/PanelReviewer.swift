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

    /// Creates a reviewer entry.
    public init(id: String, name: String, fingerprint: String, file: String, admitted: [IntakeIssue] = []) {
        self.id = id
        self.name = name
        self.fingerprint = fingerprint
        self.file = file
        self.admitted = admitted
    }
}
