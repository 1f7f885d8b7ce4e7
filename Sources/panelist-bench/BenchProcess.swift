import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with its output discarded, timing it and reading its peak memory (wait4's rusage).
enum BenchProcess {
    /// What one run cost.
    struct Cost {
        /// Wall-clock seconds.
        var seconds: Double
        /// Peak resident set size in KiB.
        var maxRSS: Int
        /// The exit status.
        var status: Int32
    }

    /// Runs `argv` (argv[0] a path) with stdout and stderr to /dev/null, or stdout to `output` when given.
    static func run(_ argv: [String], output: String? = nil) throws -> Cost {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        guard rc == 0 else { throw BenchError("cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Cost(seconds: seconds, maxRSS: usage.ru_maxrss, status: exit)
    }

    /// The best (fastest) of `n` runs, and the largest peak memory seen.
    static func best(of n: Int, _ argv: [String]) throws -> Cost {
        var best: Cost?
        var rss = 0
        for _ in 0..<n {
            let c = try run(argv)
            rss = max(rss, c.maxRSS)
            if best == nil || c.seconds < best?.seconds ?? .infinity { best = c }
        }
        guard var out = best else { throw BenchError("no runs") }
        out.maxRSS = rss
        return out
    }

    /// A program on PATH, or nil.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
