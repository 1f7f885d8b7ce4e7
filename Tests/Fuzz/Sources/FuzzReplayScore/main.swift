import Foundation
import FuzzDriver
import FuzzSupport
import PanelistCore

// Replay plus scoring: the first two bytes pick a bundled rubric and variant; every following line is
// one action as JSON (the journal's action fields, without seq, time, prev or sum). Each action is
// validated, applied, and the state scored, printed as a rationale and merged as a panel of two.
// Properties: nothing traps (no overflow, no out-of-range index) whatever the numbers; an action
// the validator accepts survives the journal's encoding.

func fuzzReplayScore(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard bytes.count >= 2, let rubric = Bundled.rubric(bytes[0]) else { return 0 }
    let profiles = Bundled.profiles(rubric)
    let profile = profiles[Int(bytes[1]) % profiles.count]
    let validator = ActionValidator(rubric: rubric, profile: profile, lang: .en)
    var state = ReviewState()
    var records: [JournalRecord] = []
    let header = JournalHeader(
        reviewer: JournalReviewer(name: "fuzz", id: "fuzz", publicKey: "", fingerprint: "0000-0000-0000-0000"),
        rubric: JournalDocumentRef(id: rubric.id, sha256: JournalHash.zero),
        application: JournalDocumentRef(id: "fuzz-app", sha256: JournalHash.zero), profile: profile, tool: "fuzz",
        created: Date(timeIntervalSince1970: 0))
    records.append(JournalRecord(seq: 0, time: Date(timeIntervalSince1970: 0), prev: JournalHash.zero, entry: .header(header)))
    var seq = 0
    for line in bytes.dropFirst(2).split(separator: 0x0A).prefix(64) {
        guard let json = try? JSONParser.parse(line), let action = try? JournalAction(json: json) else { continue }
        let accepted = validator.problem(with: action, state: state) == nil
        seq += 1
        state.apply(action, time: Date(timeIntervalSince1970: Double(seq)), seq: seq)
        let record = JournalRecord(seq: seq, time: Date(timeIntervalSince1970: Double(seq)), prev: records[records.count - 1].sum, entry: .action(action))
        if accepted {
            let decoded = try? JournalRecord.decode(line: record.line.dropLast())
            precondition(decoded?.action == action, "an accepted action does not survive the journal")
        }
        records.append(record)
    }
    let sheet = ScoringEngine.score(rubric, profile: profile, inputs: state.inputs)
    _ = sheet.total
    _ = JournalHistory(rubric: rubric, lang: .zh).lines(records)
    let scope = SheetScope(rubric: rubric, profile: profile)
    _ = SheetEntries.from(state, scope: scope)
    _ = Sheet.export(rubric: rubric, header: header, records: records, lang: .en)
    let submission = PanelSubmission(file: "a.jsonl", header: header, state: state)
    var other = header
    other.reviewer = JournalReviewer(name: "other", id: "other", publicKey: "", fingerprint: "1111-1111-1111-1111")
    let empty = PanelSubmission(file: "b.jsonl", header: other, state: ReviewState())
    let report = PanelMerger.merge(rubric, rubricSHA256: JournalHash.zero, intake: IntakeReport(entries: [], submissions: [submission, empty]))
    _ = PanelJSON.render(report, rubric: rubric)
    return 0
}

FuzzDriver.run { input in
    guard let base = input.baseAddress else { return }
    _ = fuzzReplayScore(base, input.count)
}
