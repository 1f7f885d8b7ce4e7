import Foundation
import PanelistApp
import PanelistCore

extension ReturnCheck {
    /// Prints what the return files came to; true when a return was refused (merge exits 1 unless --allow-refused).
    func reportReturns(lang: Lang) -> Bool {
        guard !accepted.isEmpty || !problems.isEmpty || !duplicates.isEmpty else { return false }
        print(lang.pick("交回文件：接受 \(accepted.count) 份", "Return files: \(accepted.count) accepted") +
              (duplicates.isEmpty ? "" : lang.pick("，重复 \(duplicates.count) 份（只合并一次）", ", \(duplicates.count) duplicate(s) merged once")))
        for p in problems {
            print("  \(p.file): " + lang.pick("拒绝 — ", "refused — ") + p.message)
        }
        return !problems.isEmpty
    }
}
