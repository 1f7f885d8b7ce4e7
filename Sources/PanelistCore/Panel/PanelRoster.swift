/// The panel file (`PanelPlan`) with its applications' ids resolved: who is expected to score what.
///
/// Merge checks the journals against it: a journal of someone not on the panel, for an application
/// not assigned to them, under a declared conflict, or signed with another key than the pinned one
/// is refused; an expected reviewer without a merged journal is missing; a declared conflict is a recusal.
public struct PanelRoster: Sendable, Equatable {
    /// The panel file as loaded.
    public var plan: PanelPlan
    /// The ids of the panel's applications, in the panel file's order.
    public var applicationIDs: [String]

    /// Creates a roster from a plan and its applications' ids.
    public init(plan: PanelPlan, applicationIDs: [String]) {
        self.plan = plan
        self.applicationIDs = applicationIDs
    }

    /// The members expected to score an application (assigned, no declared conflict), in the file's order.
    public func expected(for application: String) -> [PanelMember] {
        plan.reviewers.filter { plan.assignment(of: $0, among: applicationIDs).contains(application) }
    }

    /// The members who declared a conflict with an application, with the reason.
    public func conflicts(for application: String) -> [(member: PanelMember, reason: String)] {
        plan.reviewers.compactMap { m in m.conflicts.first { $0.application == application }.map { (m, $0.reason) } }
    }

    /// Why a journal of this reviewer for this application does not belong to the panel, or `nil` when it does.
    public func mismatch(reviewer: JournalReviewer, application: String) -> RosterMismatch? {
        guard applicationIDs.contains(application) else { return .otherApplication(application: application) }
        guard let member = plan.reviewer(named: reviewer.name) else { return .notMember(name: reviewer.name) }
        if let key = member.key, JournalSigning.normalise(reviewer.fingerprint) != key {
            return .otherKey(name: member.name, key: reviewer.fingerprint, pinned: key)
        }
        if let conflict = member.conflicts.first(where: { $0.application == application }) {
            return .declaredConflict(name: member.name, application: application, reason: conflict.reason)
        }
        guard plan.assignment(of: member, among: applicationIDs).contains(application) else {
            return .notAssigned(name: member.name, application: application)
        }
        return nil
    }

    /// Refuses the admitted journals that do not belong to the panel (issue `notInPanel`), with each reason
    /// keyed by `file\u{0}content-sha256`.
    public func screen(_ intake: IntakeReport) -> (IntakeReport, [String: RosterMismatch]) {
        var out = intake
        var mismatches: [String: RosterMismatch] = [:]
        out.submissions = intake.submissions.filter { mismatch(reviewer: $0.header.reviewer, application: $0.header.application.id) == nil }
        for i in out.entries.indices {
            let e = out.entries[i]
            guard e.decision == .included || e.decision == .includedByFlag, let r = e.reviewer, let app = e.applicationID,
                  let why = mismatch(reviewer: r, application: app) else { continue }
            out.entries[i].decision = .refused
            out.entries[i].issues.append(IntakeIssue(.notInPanel, why.text(.en)))
            mismatches[e.file + "\u{0}" + e.contentSHA256] = why
        }
        return (out, mismatches)
    }
}
