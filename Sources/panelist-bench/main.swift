import Foundation
import PanelistCore
import PanelistStore

/// `panelist-bench journal [--records N] [--dir DIR]`: append latency and replay speed.
var args = Array(CommandLine.arguments.dropFirst())
guard args.first == "journal" else {
    print("usage: panelist-bench journal [--records N] [--dir DIR]")
    exit(2)
}
args.removeFirst()
var records = 100_000
var dir = NSTemporaryDirectory() + "panelist-bench-" + UUID().uuidString
var index = 0
while index < args.count {
    switch args[index] {
    case "--records": records = Int(args[safe: index + 1] ?? "") ?? records; index += 2
    case "--dir": dir = args[safe: index + 1] ?? dir; index += 2
    default: print("unknown argument \(args[index])"); exit(2)
    }
}
let bench = JournalBench(records: records, directory: dir)
do {
    try bench.run()
} catch {
    FileHandle.standardError.write(Data("panelist-bench: \(error)\n".utf8))
    exit(1)
}
