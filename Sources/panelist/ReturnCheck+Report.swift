import Foundation
import PanelistApp
import PanelistCore

extension ReturnCheck {
    /// Prints what the return files came to; true when a return was refused or a reviewer is missing (merge exits 1).
    func reportReturns(lang: Lang) -> Bool {
        let total = accepted.count + Set(problems.map(\.file).filter { !$0.isEmpty }).count
        guard total > 0 || !problems.isEmpty else { return false }
        print(lang.pick("交回文件：接受 \(accepted.count) 份", "Return files: \(accepted.count) accepted") +
              (duplicates.isEmpty ? "" : lang.pick("，重复 \(duplicates.count) 份（只合并一次）", ", \(duplicates.count) duplicate(s) merged once")))
        for p in problems {
            print("  " + (p.file.isEmpty ? "" : "\(p.file): ") + (p.refused ? lang.pick("拒绝 — ", "refused — ") : lang.pick("缺失 — ", "missing — ")) + p.message)
        }
        return !problems.isEmpty
    }
}
