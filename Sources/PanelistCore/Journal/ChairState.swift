import Foundation

/// The chair's state replayed from a chair journal: resolutions in force and the sign-off.
///
/// A chair journal is an ordinary journal whose header names `ChairState.applicationID` as
/// its application; its actions are `resolve` (a later resolution of the same indicator
/// replaces an earlier one), `heads` (the reviewer journals a merge took), `signoff` and `reopen`.
public struct ChairState: Sendable, Equatable {
    /// The reserved application id that marks a chair journal's header.
    public static let applicationID = "panel-chair"

    /// (application id, indicator id) → the resolution in force.
    public var resolutions: [ChairKey: ChairResolution]
    /// The sign-off in force, if signed and not reopened.
    public var signOff: SignOffState?
    /// The latest head recorded for each reviewer journal merged (by `MergedHead.journalKey`).
    public var mergedHeads: [String: MergedHead]

    /// An empty state.
    public init() {
        resolutions = [:]
        signOff = nil
        mergedHeads = [:]
    }

    /// Whether a header is a chair journal's.
    public static func isChair(_ header: JournalHeader) -> Bool { header.application.id == applicationID }

    /// Replays records (the header included) into a chair state.
    public static func replay<S: Sequence>(_ records: S) -> ChairState where S.Element == JournalRecord {
        var state = ChairState()
        for record in records {
            switch record.action {
            case let .resolve(application, indicator, value, reason)?:
                state.resolutions[ChairKey(application: application, indicator: indicator)] =
                    ChairResolution(application: application, indicator: indicator, value: value, reason: reason, time: record.time, seq: record.seq)
            case let .signoff(head, _, fingerprint)?:
                state.signOff = SignOffState(head: head, fingerprint: fingerprint, time: record.time, seq: record.seq)
            case .reopen?:
                state.signOff = nil
            case let .heads(journals)?:
                // A journal's record only moves forward: the furthest head recorded is the one in force.
                for mark in journals where (state.mergedHeads[mark.journalKey]?.seq ?? -1) <= mark.seq {
                    state.mergedHeads[mark.journalKey] = mark
                }
            default:
                break
            }
        }
        return state
    }
}
