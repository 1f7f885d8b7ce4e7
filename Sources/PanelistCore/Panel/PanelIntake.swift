import Foundation

/// Checks input journals before a merge: chain, signatures, sign-off, rubric and application
/// hashes, every record against the rubric, keys, rollback against the chair's record, forks,
/// copies superseded by longer ones, and duplicates. Pure: the caller reads the files and passes their bytes.
///
/// Feed journals with `add` (one at a time) or `addAll` (on every core), and the chair's with
/// `addChair`, in any order, then call `finish`. Only the replayed state and the chain's
/// checksums of each journal are kept, so a large batch need not sit in memory.
public struct PanelIntake: Sendable {
    /// Id of the rubric in use; journals for another rubric are refused.
    public let rubricID: String
    /// Hex SHA-256 of the rubric file in use.
    public let rubricSHA256: String
    /// Which journal problems are accepted rather than refused, and which keys are known.
    public let policy: IntakePolicy
    /// The rubric's checks, re-run on every record of every journal; nil for an intake made without the rubric.
    let validator: ActionValidator?
    var candidates: [Candidate] = []
    var chair: ChairIntake?

    struct Candidate: Sendable {
        var entry: IntakeEntry
        var submission: PanelSubmission?
        /// Issues of kinds that the policy may admit.
        var soft: [IntakeIssue]
        /// Issues that refuse the journal whatever the flags.
        var hard: [IntakeIssue]
        /// The first 16 bytes of the records' checksums, in order: a journal is a prefix of another
        /// when its last checksum is the other's at the same place (records are canonical, so the
        /// bytes agree). Sixteen bytes of SHA-256 tell chains apart; only a key holder can make a
        /// chain at all, and they can sign anything they like.
        var chain: [UInt8]

        /// Bytes kept of each checksum.
        static let kept = 16

        /// Records in the chain.
        var recordCount: Int { chain.count / Self.kept }

        /// The kept bytes of the checksum of record `seq`, if the chain is that long.
        func sum(at seq: Int) -> ArraySlice<UInt8>? {
            guard seq >= 0, seq < recordCount else { return nil }
            return chain[(seq * Self.kept)..<(seq * Self.kept + Self.kept)]
        }

        /// Whether this chain is a proper prefix of another.
        func isPrefix(of other: Candidate) -> Bool {
            guard recordCount > 0, recordCount < other.recordCount else { return false }
            return other.sum(at: recordCount - 1) == sum(at: recordCount - 1)
        }
    }

    /// Starts an intake for a rubric (id and file hash) and a policy, without checking records against the rubric.
    public init(rubricID: String, rubricSHA256: String, policy: IntakePolicy = IntakePolicy()) {
        self.rubricID = rubricID
        self.rubricSHA256 = rubricSHA256
        self.policy = policy
        self.validator = nil
    }

    /// Starts an intake that also re-runs the rubric's action checks on every record, as the screen does before writing.
    public init(rubric: Rubric, rubricSHA256: String, policy: IntakePolicy = IntakePolicy()) {
        self.rubricID = rubric.id
        self.rubricSHA256 = rubricSHA256
        self.policy = policy
        self.validator = ActionValidator(rubric: rubric, profile: ApplicantProfile(), lang: .en)
    }

    /// Checks one reviewer journal's bytes; `file` is the name shown in the report.
    public mutating func add(file: String, bytes: [UInt8]) {
        candidates.append(candidate(file: file, bytes: bytes, parallel: true))
    }

    /// Checks `count` reviewer journals on every core; `read(i)` gives the i-th file's name and
    /// bytes (it is called from several threads at once, a few files at a time).
    public mutating func addAll(count: Int, read: @Sendable (Int) -> (file: String, bytes: [UInt8])) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let batch = cores * 4
        var start = 0
        while start < count {
            let n = min(batch, count - start)
            let slots = UnsafeMutableBufferPointer<Candidate?>.allocate(capacity: n)
            slots.initialize(repeating: nil)
            nonisolated(unsafe) let out = slots
            let first = start
            let intake = self
            DispatchQueue.concurrentPerform(iterations: n) { k in
                let (file, bytes) = read(first + k)
                out[k] = intake.candidate(file: file, bytes: bytes, parallel: false)
            }
            for k in 0..<n { if let c = slots[k] { candidates.append(c) } }
            slots.deinitialize()
            slots.deallocate()
            start += n
        }
    }

    /// Checks the chair journal's bytes.
    public mutating func addChair(file: String, bytes: [UInt8]) {
        let parse = JournalParser.parse(bytes)
        let (header, hard, soft, _) = check(parse)
        var issues = hard
        if let header, !ChairState.isChair(header) {
            issues.append(IntakeIssue(.unreadable, "not a chair journal: its header names application '\(Excerpt.of(header.application.id))', not '\(ChairState.applicationID)'"))
        }
        if let header, issues.isEmpty, let problem = invalidRecord(parse, profile: ApplicantProfile(), header: header) {
            issues.append(problem)
        }
        var softIssues = soft
        if let header { keyIssues(header).forEach { $0.kind == .unknownKey ? softIssues.append($0) : issues.append($0) } }
        let admitted = softIssues.allSatisfy { admits($0.kind) }
        let decision: IntakeDecision = !issues.isEmpty || !admitted ? .refused : softIssues.isEmpty ? .included : .includedByFlag
        let entry = IntakeEntry(file: file, contentSHA256: JournalHash.sha256Hex(bytes), reviewer: header?.reviewer, applicationID: header?.application.id,
                                applicationSHA256: header?.application.sha256, rubricSHA256: header?.rubric.sha256, decision: decision, issues: issues + softIssues)
        chair = ChairIntake(entry: entry, state: decision == .refused ? nil : ChairState.replay(parse.records))
    }

    func admits(_ kind: IntakeIssueKind) -> Bool {
        switch kind {
        case .unsigned: return policy.allowUnsigned
        case .rubricVersion: return policy.allowRubricMismatch
        case .unknownKey: return policy.allowUnknownKeys
        default: return false
        }
    }

    /// Everything that can be checked of one reviewer journal on its own.
    func candidate(file: String, bytes: [UInt8], parallel: Bool) -> Candidate {
        let contentHash = JournalHash.sha256Hex(bytes)
        let parse = JournalParser.parse(bytes, parallel: parallel)
        let (header, hard, soft, _) = check(parse)
        var entry = IntakeEntry(file: file, contentSHA256: contentHash, reviewer: header?.reviewer, applicationID: header?.application.id,
                                applicationSHA256: header?.application.sha256, rubricSHA256: header?.rubric.sha256, decision: .refused, issues: [])
        var hardIssues = hard
        var softIssues = soft
        if let header, ChairState.isChair(header) {
            hardIssues.append(IntakeIssue(.chairJournal, "the header names the application '\(ChairState.applicationID)': this is a chair journal"))
        }
        if let header {
            for issue in keyIssues(header) {
                if issue.kind == .unknownKey { softIssues.append(issue) } else { hardIssues.append(issue) }
            }
        }
        var chain: [UInt8] = []
        chain.reserveCapacity(parse.lines.count * Candidate.kept)
        for line in parse.lines { Self.appendDigest(line.record.sum, to: &chain) }
        var submission: PanelSubmission?
        if let header, hardIssues.isEmpty {
            let (state, problem) = replayChecked(parse, profile: header.profile)
            if let problem { hardIssues.append(problem) } else {
                submission = PanelSubmission(file: file, header: header, state: state, head: parse.lines.last?.record.sum ?? "")
            }
        }
        entry.issues = hardIssues + softIssues
        return Candidate(entry: entry, submission: submission, soft: softIssues, hard: hardIssues, chain: chain)
    }

    /// The first record the rubric's checks refuse, replaying the journal as the screen would have: each action against the state before it.
    func invalidRecord(_ parse: JournalParse, profile: ApplicantProfile, header: JournalHeader) -> IntakeIssue? {
        replayChecked(parse, profile: profile).1
    }

    /// The journal replayed, every action checked against the state before it (when the intake has the rubric), or the first refused record.
    func replayChecked(_ parse: JournalParse, profile: ApplicantProfile) -> (ReviewState, IntakeIssue?) {
        let check = validator?.with(profile: profile)
        var state = ReviewState()
        for line in parse.lines {
            if let check, let action = line.record.action, let problem = check.problem(with: action, state: state) {
                // The reason in Chinese too, for the Chinese report (found only for a refused record).
                let zh = check.with(lang: .zh).problem(with: action, state: state).map { "第 \(line.number) 行：\($0)" }
                return (state, IntakeIssue(.invalidAction, "line \(line.number): \(problem)", zh: zh))
            }
            state.apply(line.record)
        }
        return (state, nil)
    }

    /// The key checks of a journal on its own: unknown (soft), or known as another person's (hard).
    func keyIssues(_ header: JournalHeader) -> [IntakeIssue] {
        guard let known = policy.knownKeys else { return [] }
        let fp = header.reviewer.fingerprint
        guard let entry = known.entry(for: fp) else {
            return [IntakeIssue(.unknownKey, "the key \(fp) of \(Excerpt.of(header.reviewer.name)) is in neither the known-keys file nor the panel's pinned keys: add the line `panelist config` prints for that reviewer (FINGERPRINT NAME) to a --known-keys file, or pass --allow-unknown-keys")]
        }
        if entry.name != header.reviewer.name {
            let at = entry.line > 0 ? "known-keys line \(entry.line)" : "the panel's pinned keys"
            return [IntakeIssue(.keyOfAnother, "the key \(fp) belongs to \(Excerpt.of(entry.name)) (\(at)), but the journal names \(Excerpt.of(header.reviewer.name))")]
        }
        return []
    }

    /// Integrity, rubric and sign-off checks of one parsed journal: header, hard and soft issues, signed off.
    func check(_ parse: JournalParse) -> (JournalHeader?, [IntakeIssue], [IntakeIssue], Bool) {
        let verification = JournalVerifier().verify(parsed: parse)
        var hard: [IntakeIssue] = []
        var soft: [IntakeIssue] = []
        guard let header = verification.header else {
            let detail = verification.problems.map(\.description).joined(separator: "; ")
            hard.append(IntakeIssue(parse.corruption != nil ? .tampered : .unreadable, detail.isEmpty ? "no header record" : detail))
            return (nil, hard, soft, false)
        }
        for problem in verification.problems {
            let torn = parse.torn.map { $0.line == problem.line } ?? false
            hard.append(IntakeIssue(torn ? .torn : .tampered, problem.description))
        }
        if header.rubric.id != rubricID {
            hard.append(IntakeIssue(.otherRubric, "scored against rubric '\(Excerpt.of(header.rubric.id))', not '\(rubricID)'"))
        } else if header.rubric.sha256 != rubricSHA256 {
            soft.append(IntakeIssue(.rubricVersion, "rubric sha256 \(header.rubric.sha256.prefix(12))… recorded, \(rubricSHA256.prefix(12))… in use"))
        }
        if !verification.signedAtHead {
            let lines = verification.unsignedLines
            let what = lines.isEmpty ? "" : " (line\(lines.count == 1 ? "" : "s") \(Self.ranges(lines)) not covered by a signature)"
            soft.append(IntakeIssue(.unsigned, (verification.signers.isEmpty ? "never signed off" : "not signed at its head") + what))
        }
        return (header, hard, soft, verification.signedOff)
    }

    /// `3, 5–9, 12`.
    static func ranges(_ lines: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < lines.count {
            var j = i
            while j + 1 < lines.count, lines[j + 1] == lines[j] + 1 { j += 1 }
            parts.append(j == i ? "\(lines[i])" : "\(lines[i])–\(lines[j])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    /// Appends the kept bytes of a 64-digit hex checksum.
    static func appendDigest(_ hex: String, to out: inout [UInt8]) {
        var hex = hex
        hex.withUTF8 { appendDigest(bytes: $0, to: &out) }
    }

    /// Appends the first `Candidate.kept` bytes of 64 hex digits (anything else counts as 0; short input is padded).
    static func appendDigest(bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var value: UInt8 = 0
        var high = true
        var count = 0
        for b in bytes.prefix(2 * Candidate.kept) {
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x61...0x66: d = b - 0x61 + 10
            default: d = 0
            }
            if high { value = d << 4 } else { out.append(value | d); count += 1 }
            high.toggle()
        }
        while count < Candidate.kept { out.append(0); count += 1 }
    }

    /// Resolves application hashes, rollbacks, keys, duplicates, superseded copies and forks, and decides every input.
    public func finish() -> IntakeReport {
        var cands = candidates.sorted { $0.entry.sortKey.lexicographicallyPrecedes($1.entry.sortKey) }
        // Application hashes: the given file's hash, else the hash most journals of the application record.
        var expected: [String: String?] = [:]
        var byApp: [String: [String: Int]] = [:]
        for c in cands where c.hard.isEmpty {
            guard let app = c.entry.applicationID, let h = c.entry.applicationSHA256 else { continue }
            byApp[app, default: [:]][h, default: 0] += 1
        }
        for (app, counts) in byApp {
            if let given = policy.applicationHashes[app] { expected[app] = given; continue }
            let best = counts.values.max() ?? 0
            let top = counts.filter { $0.value == best }.map(\.key)
            expected[app] = top.count == 1 ? top[0] : nil
        }
        for i in cands.indices where cands[i].hard.isEmpty {
            guard let app = cands[i].entry.applicationID, let h = cands[i].entry.applicationSHA256, let want = expected[app] else { continue }
            if let want, want != h {
                cands[i].hard.append(IntakeIssue(.applicationHash, "application sha256 \(h.prefix(12))… recorded, \(want.prefix(12))… expected"))
            } else if want == nil {
                cands[i].hard.append(IntakeIssue(.applicationHash, "journals of \(app) record different application hashes in equal numbers; pass the application file to decide"))
            }
        }
        // Rollback: the chair's signed journal recorded how far each journal had got when it was merged.
        let marks = chair?.state?.mergedHeads ?? [:]
        for i in cands.indices {
            guard let app = cands[i].entry.applicationID, let fp = cands[i].entry.reviewer?.fingerprint,
                  let mark = marks[app + "\u{0}" + fp] else { continue }
            var want: [UInt8] = []
            Self.appendDigest(mark.head, to: &want)
            let count = cands[i].recordCount
            if count <= mark.seq {
                cands[i].hard.append(IntakeIssue(.rolledBack, "the chair's journal recorded this journal at record \(mark.seq) (head \(mark.head.prefix(12))…); this copy ends at record \(count - 1): it was cut back, or is an older copy"))
            } else if cands[i].sum(at: mark.seq) != want[...] {
                cands[i].hard.append(IntakeIssue(.rolledBack, "the chair's journal recorded this journal at record \(mark.seq) (head \(mark.head.prefix(12))…); this copy has another record there: it is not the history that was merged"))
            }
        }
        // Two keys for one reviewer name, among the journals that would otherwise be taken.
        var keysByName: [String: Set<String>] = [:]
        for c in cands where c.hard.isEmpty && c.soft.allSatisfy({ admits($0.kind) }) {
            guard let r = c.entry.reviewer else { continue }
            keysByName[r.name, default: []].insert(r.fingerprint)
        }
        for i in cands.indices where cands[i].hard.isEmpty {
            guard let r = cands[i].entry.reviewer, let keys = keysByName[r.name], keys.count > 1 else { continue }
            let files = cands.filter { $0.entry.reviewer?.name == r.name && keys.contains($0.entry.reviewer?.fingerprint ?? "") }
                .map { "\($0.entry.file) (\($0.entry.reviewer?.fingerprint ?? "?"))" }
            cands[i].hard.append(IntakeIssue(.twoKeys, "the reviewer \(Excerpt.of(r.name)) appears with \(keys.count) keys in this panel: \(files.joined(separator: ", ")); one of them is not theirs — pass --known-keys or the panel file with the pinned keys"))
        }
        // Duplicates (same bytes), copies superseded by longer ones, forks (same key and application, diverging).
        var seenContent: Set<String> = []
        var groups: [String: [Int]] = [:]
        var groupOrder: [String] = []
        for i in cands.indices {
            if seenContent.contains(cands[i].entry.contentSHA256) {
                cands[i].entry.decision = .duplicate
                cands[i].entry.issues = [IntakeIssue(.duplicate, "the same bytes as another input; merged once")]
                cands[i].submission = nil
                continue
            }
            seenContent.insert(cands[i].entry.contentSHA256)
            guard cands[i].hard.isEmpty, let app = cands[i].entry.applicationID, let fp = cands[i].entry.reviewer?.fingerprint else { continue }
            let key = app + "\u{0}" + fp
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(i)
        }
        var superseded: Set<Int> = []
        for key in groupOrder {
            guard let members = groups[key], members.count > 1 else { continue }
            // A copy whose chain is a prefix of another's is an earlier state of the same history.
            var maximal: [Int] = []
            for i in members {
                let longer = members.filter { $0 != i && cands[i].isPrefix(of: cands[$0]) }
                guard let by = longer.max(by: { cands[$0].recordCount < cands[$1].recordCount }) else { maximal.append(i); continue }
                superseded.insert(i)
                cands[i].entry.decision = .superseded
                cands[i].entry.issues = [IntakeIssue(.superseded, "a byte prefix of \(cands[by].entry.file) (\(cands[i].recordCount) of its \(cands[by].recordCount) records): the longer copy is taken")]
                cands[i].submission = nil
            }
            guard maximal.count > 1 else { continue }
            let picked = maximal.filter { policy.forkPicks.contains(cands[$0].entry.file) }
            let files = maximal.map { cands[$0].entry.file }.joined(separator: ", ")
            for i in maximal {
                if picked.count == 1, picked[0] == i {
                    cands[i].soft.append(IntakeIssue(.fork, "picked with --fork-pick among \(files)"))
                } else {
                    cands[i].hard.append(IntakeIssue(.fork, "one of \(maximal.count) diverging journals of this reviewer for this application (\(files)); pick one with --fork-pick FILE"))
                }
            }
        }
        var entries: [IntakeEntry] = []
        var submissions: [PanelSubmission] = []
        for (i, c) in cands.enumerated() {
            var c = c
            if c.entry.decision == .duplicate || superseded.contains(i) { entries.append(c.entry); continue }
            c.entry.issues = (c.hard + c.soft).sorted { $0.kind < $1.kind }
            let admitted = c.soft.allSatisfy { $0.kind == .fork || admits($0.kind) }
            if c.hard.isEmpty, admitted, var s = c.submission {
                c.entry.decision = c.soft.isEmpty ? .included : .includedByFlag
                s.admitted = c.soft.sorted { $0.kind < $1.kind }
                submissions.append(s)
            } else {
                c.entry.decision = .refused
            }
            entries.append(c.entry)
        }
        submissions.sort { ($0.header.application.id, $0.header.reviewer.id, $0.fingerprint) < ($1.header.application.id, $1.header.reviewer.id, $1.fingerprint) }
        return IntakeReport(entries: entries, submissions: submissions, chair: chair)
    }
}
