import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs a command and waits for it with posix_spawn and waitpid, the way
/// `Tests/FolioEndToEndTests/TmuxSession.swift` runs tmux: `tmux new-session` forks a server that
/// keeps every descriptor and the signal mask it inherits, so with Foundation's `Process` (or a
/// pipe for the output) the bench would wait on a descriptor the server holds forever, and a
/// server started with signals blocked would never reap its panes nor obey `kill-server`.
/// Output therefore goes to a temporary file, and the child starts with no signal blocked and
/// default handlers.
enum Subprocess {
    /// Runs `arguments` (looked up in PATH); returns its standard output when it exits with 0.
    @discardableResult
    static func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        let outputPath = scratch.path + ".out"
        let errorPath = scratch.path + ".err"
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGCHLD, SIGWINCH, SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard spawned == 0 else {
            throw BenchFailure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited, code == 0 else {
            let reason = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw BenchFailure(description: "\(arguments.joined(separator: " ")) failed (status \(status)): \(reason)")
        }
        return capture ? (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" : ""
    }
}
