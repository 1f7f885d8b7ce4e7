import Foundation
import PanelistCore
import PanelistStore
import Synchronization

/// Writes a report set into a folder as one: every file is rendered on any free core and written
/// (and synced) as soon as it is rendered, so only a few rendered files are in memory at a time;
/// the set then replaces the folder's old set in one rename. On any failure nothing changes.
public enum ReportWriter {
    /// Renders and writes `files` (largest first, for an even spread over the cores) into `out`.
    ///
    /// - Parameter replaceable: names an existing `out` may hold to be replaced (a name ending in `/` stands for a folder's contents).
    public static func write(_ files: [ReportFile], to out: String, replaceable: Set<String>, lang: Lang) throws(AppError) {
        let set: StagedDirectory
        do { set = try AtomicDirectory.begin(out, names: files.map(\.name), replaceable: replaceable) } catch {
            throw AppError(lang.pick(error.zh, error.en))
        }
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            if failure.withLock({ $0 != nil }) { return }
            do {
                switch try files[i].render() {
                case let .text(text): try set.add(files[i].name, text: text)
                case let .bytes(bytes): try set.add(files[i].name, bytes: bytes)
                case let .chunks(produce):
                    let file = try set.create(files[i].name)
                    try produce { try file.write($0) }
                    try file.finish()
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) {
            set.abandon()
            throw message(error, lang)
        }
        do { try set.commit() } catch { throw AppError(lang.pick(error.zh, error.en)) }
    }

    /// An error in the user's language.
    static func message(_ error: any Error, _ lang: Lang) -> AppError {
        if let e = error as? StoreError { return AppError(lang.pick(e.zh, e.en)) }
        if let e = error as? AppError { return e }
        return AppError("\(error)")
    }
}
