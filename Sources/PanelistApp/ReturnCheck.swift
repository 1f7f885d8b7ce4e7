import Foundation
import PanelistCore

/// Return files checked against each other and against the panel: the right package, only assigned applications,
/// one key per reviewer (and one reviewer per key), pinned keys. (Missing reviewers are the merge's roster's to report:
/// the journals of the accepted returns go to the merge like any other.)
public struct ReturnCheck: Sendable {
    /// A return file refused, and why.
    public struct Problem: Sendable, Equatable {
        /// The return file.
        public var file: String
        /// What is wrong.
        public var message: String
    }

    /// The returns accepted: their journals go to the merge.
    public var accepted: [ReturnFile]
    /// Returns refused.
    public var problems: [Problem]
    /// Returns given twice (same bytes), merged once.
    public var duplicates: [String]

    /// Whether every return was accepted.
    public var isComplete: Bool { problems.isEmpty }

    /// Reads every return file and checks them; `panel` (with its application ids) and `knownKeys` when given.
    public static func check(files: [String], panel: PanelPlan?, applicationIDs: [String], knownKeys: KnownKeysFile?, lang: Lang) -> ReturnCheck {
        var problems: [Problem] = []
        var read: [ReturnFile] = []
        var duplicates: [String] = []
        for file in files {
            do {
                let r = try ReturnFile.read(file, lang: lang)
                if read.contains(where: { $0.sha256 == r.sha256 }) { duplicates.append(file); continue }
                read.append(r)
            } catch {
                problems.append(Problem(file: file, message: "\(error)"))
            }
        }
        var refused: Set<String> = []
        func refuse(_ r: ReturnFile, _ message: String) {
            refused.insert(r.path)
            problems.append(Problem(file: r.path, message: message))
        }
        // Against the panel: its id, its reviewers, their assignments and pinned keys.
        if let panel {
            for r in read {
                let m = r.manifest
                guard m.panel.id == panel.id else {
                    refuse(r, lang.pick("这是专家组 \(m.panel.id) 的交回文件，不是 \(panel.id) 的", "a return for the panel \(m.panel.id), not \(panel.id)"))
                    continue
                }
                guard let index = panel.reviewers.firstIndex(where: { $0.name == m.reviewer }) else {
                    refuse(r, lang.pick("\(m.reviewer) 不是专家组 \(panel.id) 的评审专家", "\(m.reviewer) is not a reviewer of the panel \(panel.id)"))
                    continue
                }
                let member = panel.reviewers[index]
                let slot = "\(panel.id)-r\(index + 1)"
                guard m.package == slot else {
                    refuse(r, lang.pick("交回的是评审包 \(m.package)，\(m.reviewer) 的评审包应是 \(slot)", "it answers the package \(m.package); \(m.reviewer)'s package is \(slot)"))
                    continue
                }
                let assigned = panel.assignment(of: member, among: applicationIDs)
                let extra = r.journals.map(\.ref.application).filter { !assigned.contains($0) }
                if !extra.isEmpty {
                    refuse(r, lang.pick("含有未分配给 \(m.reviewer) 的申报：\(extra.joined(separator: ", "))", "holds applications not assigned to \(m.reviewer): \(extra.joined(separator: ", "))"))
                    continue
                }
                let pins = Set([member.key].compactMap { $0 } + (knownKeys?.keys(of: member.name) ?? [])).map(JournalSigning.normalise)
                // Every pin must be this key: the panel's and the known-keys file's (a disagreement between them refuses the return).
                if !pins.allSatisfy({ $0 == JournalSigning.normalise(m.fingerprint) }) {
                    refuse(r, lang.pick("密钥 \(m.fingerprint) 不是为 \(m.reviewer) 固定的密钥（\(pins.sorted().joined(separator: ", "))）",
                                        "the key \(m.fingerprint) is not the one pinned for \(m.reviewer) (\(pins.sorted().joined(separator: ", ")))"))
                    continue
                }
            }
        } else if let knownKeys {
            for r in read {
                let pins = knownKeys.keys(of: r.manifest.reviewer)
                if !pins.allSatisfy({ JournalSigning.normalise($0) == JournalSigning.normalise(r.manifest.fingerprint) }) {
                    refuse(r, lang.pick("密钥 \(r.manifest.fingerprint) 不是为 \(r.manifest.reviewer) 固定的密钥", "the key \(r.manifest.fingerprint) is not the one pinned for \(r.manifest.reviewer)"))
                }
            }
        }
        // One key per reviewer, one reviewer per key.
        let live = read.filter { !refused.contains($0.path) }
        for (name, group) in Dictionary(grouping: live, by: { $0.manifest.reviewer }) where Set(group.map { JournalSigning.normalise($0.manifest.fingerprint) }).count > 1 {
            for r in group {
                refuse(r, lang.pick("\(name) 的交回文件用了不同的密钥（\(group.map(\.manifest.fingerprint).joined(separator: ", "))）；一位专家只能有一把密钥",
                                    "returns for \(name) carry different keys (\(group.map(\.manifest.fingerprint).joined(separator: ", "))); one key per reviewer"))
            }
        }
        for (key, group) in Dictionary(grouping: read.filter { !refused.contains($0.path) }, by: { JournalSigning.normalise($0.manifest.fingerprint) })
        where Set(group.map(\.manifest.reviewer)).count > 1 {
            for r in group {
                refuse(r, lang.pick("同一把密钥 \(key) 用于多位专家（\(Set(group.map(\.manifest.reviewer)).sorted().joined(separator: ", "))）",
                                    "one key \(key) is used by several reviewers (\(Set(group.map(\.manifest.reviewer)).sorted().joined(separator: ", ")))"))
            }
        }
        let accepted = read.filter { !refused.contains($0.path) }
        return ReturnCheck(accepted: accepted, problems: problems, duplicates: duplicates)
    }

    /// The journals of the accepted returns, each named `<return file>:<path inside>` for the merge report.
    public var journals: [(name: String, bytes: [UInt8])] {
        accepted.flatMap { r in r.journals.map { (URL(fileURLWithPath: r.path).lastPathComponent + ":" + $0.ref.file, $0.bytes) } }
    }
}
