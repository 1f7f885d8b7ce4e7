import Crypto
import Foundation
import Testing
@testable import PanelistCore

@Suite("Journal verification and tampering")
struct JournalVerifierTests {
    static var key: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 1, count: 32)) }
    static var other: Curve25519.Signing.PrivateKey { try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 2, count: 32)) }

    static func header(_ key: Curve25519.Signing.PrivateKey) -> JournalHeader {
        let raw = Array(key.publicKey.rawRepresentation)
        return JournalFixture.header(publicKey: Data(raw).base64EncodedString(), fingerprint: JournalSigning.fingerprint(rawPublicKey: raw))
    }

    /// A signed journal: sample actions then a sign-off by `signer`, keyed in the header to `owner`.
    static func signed(owner: Curve25519.Signing.PrivateKey = key, signer: Curve25519.Signing.PrivateKey = key) throws -> [JournalRecord] {
        let header = header(owner)
        var records = JournalFixture.chain(JournalFixture.sampleActions, header: header)
        let last = records[records.count - 1]
        let signature = try signer.signature(for: Data(JournalSigning.message(head: last.sum))).base64EncodedString()
        let fp = JournalSigning.fingerprint(rawPublicKey: Array(signer.publicKey.rawRepresentation))
        records.append(JournalRecord(seq: last.seq + 1, time: last.time, prev: last.sum,
                                     entry: .action(.signoff(head: last.sum, signature: signature, fingerprint: fp))))
        return records
    }

    @Test func validSignedJournalVerifies() throws {
        let records = try Self.signed()
        let result = JournalVerifier().verify(JournalFixture.bytes(records))
        #expect(result.isValid, "\(result.problems)")
        #expect(result.signers.count == 1 && result.signers[0].valid)
        #expect(result.signers[0].name == "张工")
        #expect(result.head == records.last?.sum)
        #expect(result.signedOff)
    }

    @Test func editAfterSignOffIsDetected() throws {
        var records = try Self.signed()
        let last = records[records.count - 1]
        records.append(JournalRecord(seq: last.seq + 1, time: last.time, prev: last.sum, entry: .action(.points(indicator: "1.4", part: "1", points: 8))))
        let result = JournalVerifier().verify(JournalFixture.bytes(records))
        #expect(result.problems.contains { $0.line == records.count && $0.message.contains("after sign-off") })
    }

    @Test func editedRecordIsDetectedWithLine() throws {
        let records = try Self.signed()
        var text = String(decoding: JournalFixture.bytes(records), as: UTF8.self)
        text = text.replacingOccurrences(of: #""points":"6.5""#, with: #""points":"8""#)
        let result = JournalVerifier().verify(Array(text.utf8))
        #expect(result.problems.first?.line == 7)  // header is line 1, the points action is the 6th action
        #expect(!result.isValid)
    }

    @Test func rewrittenChainBreaksTheSignature() throws {
        // A forger edits a record and recomputes every checksum after it: the signed head no longer matches.
        var records = try Self.signed()
        let signoff = records.removeLast()
        var actions = JournalFixture.sampleActions
        actions[5] = .points(indicator: "1.4", part: "1", points: 8)
        var forged = JournalFixture.chain(actions, header: records[0].header ?? JournalFixture.header())
        let last = forged[forged.count - 1]
        forged.append(JournalRecord(seq: last.seq + 1, time: last.time, prev: last.sum, entry: signoff.entry))
        let result = JournalVerifier().verify(JournalFixture.bytes(forged))
        #expect(result.problems.contains { $0.message.contains("signed head") })
    }

    @Test func deletedAndReorderedRecordsAreDetected() throws {
        var deleted = try Self.signed()
        deleted.remove(at: 3)
        #expect(JournalVerifier().verify(JournalFixture.bytes(deleted)).problems.first?.line == 4)
        var reordered = try Self.signed()
        reordered.swapAt(2, 3)
        #expect(JournalVerifier().verify(JournalFixture.bytes(reordered)).problems.first?.line == 3)
    }

    @Test func signatureByAnotherKeyFails() throws {
        let result = JournalVerifier().verify(JournalFixture.bytes(try Self.signed(owner: Self.key, signer: Self.other)))
        #expect(result.signers.first?.valid == false)
        #expect(result.problems.contains { $0.message.contains("does not verify") })
    }

    @Test func swappedHeaderKeyIsCaughtByExpectKey() throws {
        // Everything rewritten and re-signed with another key: self-consistent, so only the expected key catches it.
        let forged = JournalFixture.bytes(try Self.signed(owner: Self.other, signer: Self.other))
        #expect(JournalVerifier().verify(forged).isValid)
        let fp = JournalSigning.fingerprint(rawPublicKey: Array(Self.key.publicKey.rawRepresentation))
        let result = JournalVerifier(expectedKeys: [fp.uppercased()]).verify(forged)
        #expect(result.problems.contains { $0.line == 1 && $0.message.contains("expected key") })
        #expect(JournalVerifier(expectedKeys: [fp]).verify(JournalFixture.bytes(try Self.signed())).isValid)
    }

    @Test func rubricChangeIsExplained() throws {
        let bytes = JournalFixture.bytes(try Self.signed())
        let result = JournalVerifier(rubricSHA256: JournalHash.sha256Hex(Array("changed".utf8))).verify(bytes)
        #expect(result.problems.contains { $0.message.contains("rubric file has changed") })
        #expect(JournalVerifier(rubricSHA256: JournalHash.sha256Hex(Array(JournalFixture.yaml.utf8))).verify(bytes).isValid)
    }

    @Test func historyShowsOldAndNew() {
        let lines = JournalHistory(rubric: JournalFixture.rubric, lang: .en).lines(JournalFixture.chain([
            .choose(indicator: "1.1", part: "1", option: "B"), .choose(indicator: "1.1", part: "1", option: "A"),
        ]))
        #expect(lines.count == 3)
        #expect(lines[2].contains("1.1 自评估等级 [1] option: B → A"))
        #expect(lines[1].hasPrefix("2025-02-19 21:20:01 (UTC+00:00)"))
        // In the reviewer's zone, with its offset (journal show passes the user's zone).
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let local = JournalHistory(rubric: JournalFixture.rubric, lang: .zh, timeZone: zone).lines(JournalFixture.chain([.choose(indicator: "1.1", part: "1", option: "B")]))
        #expect(local[1].hasPrefix("2025-02-20 05:20:01（UTC+08:00）"), "\(local)")
    }
}
