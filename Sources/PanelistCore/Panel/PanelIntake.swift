/// Checks input journals before a merge: chain, signatures, sign-off, rubric and application
/// hashes, forks and duplicates. Pure: the caller reads the files and passes their bytes.
///
/// Feed journals one at a time with `add` (only the replayed state is kept, so a large batch
/// need not sit in memory), then call `finish`.
public struct PanelIntake: Sendable {
    /// Id of the rubric in use; journals for another rubric are refused.
    public let rubricID: String
    /// Hex SHA-256 of the rubric file in use.
    public let rubricSHA256: String
    /// Which journal problems are accepted rather than refused.
    public let policy: IntakePolicy
    var candidates: [Candidate] = []
    var chair: ChairIntake?

    struct Candidate: Sendable {
        var entry: IntakeEntry
        var submission: PanelSubmission?
        /// Issues of kinds that the policy may admit.
        var soft: [IntakeIssue]
        /// Issues that refuse the journal whatever the flags.
        var hard: [IntakeIssue]
    }

    /// Starts an intake for a rubric (id and file hash) and a policy.
    public init(rubricID: String, rubricSHA256: String, policy: IntakePolicy = IntakePolicy()) {
        self.rubricID = rubricID
        self.rubricSHA256 = rubricSHA256
        self.policy = policy
    }

    /// Checks one reviewer journal's bytes; `file` is the name shown in the report.
    public mutating func add(file: String, bytes: [UInt8]) {
        let contentHash = JournalHash.sha256Hex(bytes)
        let parse = JournalParser.parse(bytes)
        let (header, hard, soft, signedOff) = check(parse)
        var entry = IntakeEntry(file: file, contentSHA256: contentHash, reviewer: header?.reviewer, applicationID: header?.application.id,
                                applicationSHA256: header?.application.sha256, rubricSHA256: header?.rubric.sha256, decision: .refused, issues: [])
        var hardIssues = hard
        if let header, ChairState.isChair(header) {
            hardIssues.append(IntakeIssue(.chairJournal, "the header names the application '\(ChairState.applicationID)': this is a chair journal"))
        }
        var submission: PanelSubmission?
        if let header, hardIssues.isEmpty {
            submission = PanelSubmission(file: file, header: header, state: ReviewState.replay(parse.records))
        }
        _ = signedOff
        entry.issues = hardIssues + soft
        candidates.append(Candidate(entry: entry, submission: submission, soft: soft, hard: hardIssues))
    }

    /// Checks the chair journal's bytes.
    public mutating func addChair(file: String, bytes: [UInt8]) {
        let parse = JournalParser.parse(bytes)
        let (header, hard, soft, _) = check(parse)
        var issues = hard
        if let header, !ChairState.isChair(header) {
            issues.append(IntakeIssue(.unreadable, "not a chair journal: its header names application '\(header.application.id)', not '\(ChairState.applicationID)'"))
        }
        let admitted = soft.allSatisfy { admits($0.kind) }
        let decision: IntakeDecision = !issues.isEmpty || !admitted ? .refused : soft.isEmpty ? .included : .includedByFlag
        let entry = IntakeEntry(file: file, contentSHA256: JournalHash.sha256Hex(bytes), reviewer: header?.reviewer, applicationID: header?.application.id,
                                applicationSHA256: header?.application.sha256, rubricSHA256: header?.rubric.sha256, decision: decision, issues: issues + soft)
        chair = ChairIntake(entry: entry, state: decision == .refused ? nil : ChairState.replay(parse.records))
    }

    func admits(_ kind: IntakeIssueKind) -> Bool {
        switch kind {
        case .unsigned: return policy.allowUnsigned
        case .rubricVersion: return policy.allowRubricMismatch
        default: return false
        }
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
            hard.append(IntakeIssue(.otherRubric, "scored against rubric '\(header.rubric.id)', not '\(rubricID)'"))
        } else if header.rubric.sha256 != rubricSHA256 {
            soft.append(IntakeIssue(.rubricVersion, "rubric sha256 \(header.rubric.sha256.prefix(12))… recorded, \(rubricSHA256.prefix(12))… in use"))
        }
        if !verification.signedOff {
            soft.append(IntakeIssue(.unsigned, verification.signers.isEmpty ? "never signed off" : "reopened after its last sign-off"))
        }
        return (header, hard, soft, verification.signedOff)
    }

    /// Resolves duplicates, forks and application hashes, and decides every input.
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
        // Duplicates (same bytes) and forks (same reviewer key and application, different bytes).
        var seenContent: Set<String> = []
        var groups: [String: [Int]] = [:]
        for i in cands.indices {
            if seenContent.contains(cands[i].entry.contentSHA256) {
                cands[i].entry.decision = .duplicate
                cands[i].entry.issues = [IntakeIssue(.duplicate, "the same bytes as another input; merged once")]
                cands[i].submission = nil
                continue
            }
            seenContent.insert(cands[i].entry.contentSHA256)
            guard cands[i].hard.isEmpty, let app = cands[i].entry.applicationID, let fp = cands[i].entry.reviewer?.fingerprint else { continue }
            groups[app + "\u{0}" + fp, default: []].append(i)
        }
        for (_, members) in groups where members.count > 1 {
            let picked = members.filter { policy.forkPicks.contains(cands[$0].entry.file) }
            let files = members.map { cands[$0].entry.file }.joined(separator: ", ")
            for i in members {
                if picked.count == 1, picked[0] == i {
                    cands[i].soft.append(IntakeIssue(.fork, "picked with --fork-pick among \(files)"))
                } else {
                    cands[i].hard.append(IntakeIssue(.fork, "one of \(members.count) differing journals of this reviewer for this application (\(files)); pick one with --fork-pick FILE"))
                }
            }
        }
        var entries: [IntakeEntry] = []
        var submissions: [PanelSubmission] = []
        for var c in cands {
            if c.entry.decision == .duplicate { entries.append(c.entry); continue }
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
