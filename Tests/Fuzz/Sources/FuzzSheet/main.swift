import Foundation
import FuzzDriver
import FuzzSupport
import PanelistCore

// The offline sheet reader: the first two bytes pick a bundled rubric and variant, the rest is the
// sheet's bytes. The sheet is parsed, and when it parses, planned against a journal whose header
// matches the sheet's (so that the plan and the validation run). Property: nothing traps; every
// problem has a line within the sheet; a planned action passes the validator.

func fuzzSheet(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard bytes.count >= 2, let rubric = Bundled.rubric(bytes[0]) else { return 0 }
    let first = bytes[0]
    let profiles = Bundled.profiles(rubric)
    let profile = profiles[Int(bytes[1]) % profiles.count]
    let body = Array(bytes.dropFirst(2))
    let lineCount = body.filter { $0 == 0x0A }.count + 1
    let parser = SheetParser(scope: SheetScope(rubric: rubric, profile: profile), lang: first & 1 == 0 ? .zh : .en)
    let parsed: ParsedSheet
    do {
        parsed = try parser.parse(bytes: body)
    } catch {
        for p in error.problems { precondition(p.line >= 0 && p.line <= lineCount, "a problem on line \(p.line) of \(lineCount)") }
        return 0
    }
    let header = JournalHeader(
        reviewer: JournalReviewer(name: "fuzz", id: "fuzz", publicKey: "", fingerprint: "0000-0000-0000-0000"),
        rubric: parsed.header.rubric, application: parsed.header.application,
        profile: ApplicantProfile(variant: parsed.header.variant, attributes: profile.attributes), tool: "fuzz",
        created: Date(timeIntervalSince1970: 0))
    let records = [JournalRecord(seq: 0, time: Date(timeIntervalSince1970: 0), prev: JournalHash.zero, entry: .header(header))]
    guard let plan = try? SheetImport(rubric: rubric, lang: .en).plan(parsed, records: records) else { return 0 }
    let validator = ActionValidator(rubric: rubric, profile: header.profile, lang: .en)
    var state = ReviewState.replay(records)
    for (i, action) in plan.actions.enumerated() {
        precondition(validator.problem(with: action, state: state) == nil, "a planned action the validator refuses")
        state.apply(action, time: Date(timeIntervalSince1970: Double(i + 1)), seq: i + 1)
    }
    _ = ScoringEngine.score(rubric, profile: header.profile, inputs: state.inputs)
    return 0
}

FuzzDriver.run { input in
    guard let base = input.baseAddress else { return }
    _ = fuzzSheet(base, input.count)
}
