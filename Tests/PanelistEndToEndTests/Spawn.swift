import Foundation

/// Runs a program with posix_spawn and waitpid, its output captured through files.
///
/// Foundation's Process can miss a child's exit here; tests that run the real binary or tmux use this.
enum Spawn {
    /// What a finished program left: its exit status and output.
    struct Result {
        /// The exit status (128 + signal when killed by a signal).
        var status: Int32
        /// Standard output, decoded as UTF-8.
        var stdout: String
        /// Standard error, decoded as UTF-8.
        var stderr: String
        /// Both streams, output first, for assertions that do not care which.
        var output: String { stdout + stderr }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs `argv` (argv[0] is the program's path) and waits; `capture` false sends output to /dev/null
    /// (a command that starts a server hands it its stdout, and reading that to the end would wait for the server).
    static func run(_ command: [String], environment: [String: String]? = nil, directory: String? = nil,
                    stdin: [UInt8] = [], capture: Bool = true) throws -> Result {
        // glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift: change folder through sh.
        let argv = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + command } ?? command
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let stem = NSTemporaryDirectory() + "spawn-\(UUID().uuidString)"
        let inFile = stem + ".in", outFile = stem + ".out", errFile = stem + ".err"
        defer { for f in [inFile, outFile, errFile] { unlink(f) } }
        FileManager.default.createFile(atPath: inFile, contents: Data(stdin))
        posix_spawn_file_actions_addopen(&actions, 0, inFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outFile : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, capture ? errFile : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Test threads may block signals; the child must not inherit that mask (SIGWINCH, SIGTERM).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let rc: Int32
        if let environment {
            let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { cEnv.forEach { free($0) } }
            rc = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        } else {
            rc = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, environ)
        }
        guard rc == 0 else { throw Failure(description: "cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: exit, stdout: capture ? read(outFile) : "", stderr: capture ? read(errFile) : "")
    }
}
