import Foundation

/// Checks a journal end to end: checksums, links, sequence, times, signatures, hashes, keys.
public struct JournalVerifier: Sendable {
    /// Hex SHA-256 the rubric file must have, if given.
    public var rubricSHA256: String?
    /// Hex SHA-256 the application file must have, if given.
    public var applicationSHA256: String?
    /// Fingerprints the header's key must be one of, if any are given (`--expect-key`, known-keys file).
    public var expectedKeys: Set<String>

    /// Creates a verifier with optional expectations.
    public init(rubricSHA256: String? = nil, applicationSHA256: String? = nil, expectedKeys: Set<String> = []) {
        self.rubricSHA256 = rubricSHA256
        self.applicationSHA256 = applicationSHA256
        self.expectedKeys = Set(expectedKeys.map(JournalSigning.normalise))
    }

    /// Verifies a journal's bytes, reading it a chunk of lines at a time (records are not kept).
    public func verify(_ bytes: [UInt8]) -> JournalVerification {
        var pass = Pass(verifier: self)
        let (torn, corruption) = JournalParser.stream(bytes) { pass.visit($0) }
        return pass.result(torn: torn, corruption: corruption)
    }

    /// Verifies a journal already parsed (so a caller that also replays it parses once).
    public func verify(parsed parse: JournalParse) -> JournalVerification {
        var pass = Pass(verifier: self)
        for line in parse.lines { pass.visit(line) }
        return pass.result(torn: parse.torn, corruption: parse.corruption)
    }

    /// The checks of one reading, line by line in order: only what the result needs is kept.
    struct Pass {
        let verifier: JournalVerifier
        var header: JournalHeader?
        var problems: [JournalProblem] = []
        var signers: [JournalSigner] = []
        var signedOff = false
        var previousTime: Date?
        var unsigned: [Int] = []
        var count = 0
        var head: String?

        init(verifier: JournalVerifier) { self.verifier = verifier }

        mutating func visit(_ line: JournalLine) {
            count += 1
            head = line.record.sum
            defer { previousTime = line.record.time }
            if let header = line.record.header {
                self.header = header
                checkHeader(header)
                return
            }
            guard let header else { return }
            if let t = previousTime, line.record.time < t {
                problems.append(JournalProblem(line: line.number, message: "time \(JournalTime.format(line.record.time)) is earlier than the previous record's"))
            }
            guard let action = line.record.action else { return }
            unsigned.append(line.number)
            if signedOff, case .reopen = action {} else if signedOff {
                problems.append(JournalProblem(line: line.number, message: "a '\(action.typeName)' record follows the sign-off without a reopen: the journal was changed after sign-off"))
            }
            switch action {
            case let .signoff(head, signature, fingerprint):
                let valid = JournalSigning.isValid(signature: signature, head: head, publicKey: header.reviewer.publicKey)
                signers.append(JournalSigner(line: line.number, name: header.reviewer.name, fingerprint: fingerprint,
                                             time: JournalTime.format(line.record.time), head: head, valid: valid))
                if !valid {
                    problems.append(JournalProblem(line: line.number, message: "the signature does not verify against the header's key \(header.reviewer.fingerprint) (signed by another key, or the signed head was changed)"))
                }
                if head != line.record.prev {
                    problems.append(JournalProblem(line: line.number, message: "the signed head \(head.prefix(12))… is not the chain head before the sign-off (\(line.record.prev.prefix(12))…)"))
                }
                if fingerprint != header.reviewer.fingerprint {
                    problems.append(JournalProblem(line: line.number, message: "signed with key \(Excerpt.of(fingerprint)), but the journal belongs to \(header.reviewer.fingerprint)"))
                }
                if valid && head == line.record.prev { unsigned = [] }  // everything up to here is covered by this signature
                signedOff = true
            case .reopen:
                if !signedOff { problems.append(JournalProblem(line: line.number, message: "a reopen without a sign-off before it")) }
                signedOff = false
            default:
                break
            }
        }

        mutating func checkHeader(_ header: JournalHeader) {
            let actualFP = verifier.keyFingerprint(header.reviewer.publicKey)
            if let actualFP, actualFP != header.reviewer.fingerprint {
                problems.append(JournalProblem(line: 1, message: "the header's fingerprint \(Excerpt.of(header.reviewer.fingerprint)) does not match its public key (\(actualFP))"))
            } else if actualFP == nil {
                problems.append(JournalProblem(line: 1, message: "the header's public key is not a valid Ed25519 key"))
            }
            let expected = verifier.expectedKeys
            if !expected.isEmpty, !expected.contains(header.reviewer.fingerprint) {
                problems.append(JournalProblem(line: 1, message: "the journal is keyed to \(Excerpt.of(header.reviewer.fingerprint)), not to the expected key \(expected.sorted().joined(separator: " or ")): the key was swapped or this is another reviewer's journal"))
            }
            if let want = verifier.rubricSHA256, want != header.rubric.sha256 {
                problems.append(JournalProblem(line: 1, message: "the rubric file has changed since the journal was created (sha256 \(want.prefix(12))… now, \(header.rubric.sha256.prefix(12))… recorded); scores must not be recomputed against it"))
            }
            if let want = verifier.applicationSHA256, want != header.application.sha256 {
                problems.append(JournalProblem(line: 1, message: "the application file has changed since the journal was created (sha256 \(want.prefix(12))… now, \(header.application.sha256.prefix(12))… recorded)"))
            }
        }

        func result(torn: JournalTornTail?, corruption: JournalCorruption?) -> JournalVerification {
            var first: [JournalProblem] = []
            if let c = corruption {
                first.append(JournalProblem(line: c.line, message: c.message + "; records from here on are not trusted (see 'panelist journal salvage')"))
            }
            if let t = torn {
                first.append(JournalProblem(line: t.line, message: t.reason + " — a torn write; opening the journal cuts it back to line \(t.line - 1)"))
            }
            guard let header else {
                if count == 0, corruption == nil, torn == nil {
                    first.append(JournalProblem(line: 0, message: "the journal is empty"))
                } else if count == 0, corruption == nil {
                    first.append(JournalProblem(line: 1, message: "no header record"))
                }
                return JournalVerification(header: nil, recordCount: 0, head: nil, signers: [], signedOff: false, problems: first)
            }
            var result = JournalVerification(header: header, recordCount: count, head: head, signers: signers, signedOff: signedOff, problems: first + problems)
            result.unsignedLines = unsigned
            return result
        }
    }

    func keyFingerprint(_ base64: String) -> String? {
        guard let raw = Data(base64Encoded: base64), raw.count == 32 else { return nil }
        return JournalSigning.fingerprint(rawPublicKey: Array(raw))
    }
}
