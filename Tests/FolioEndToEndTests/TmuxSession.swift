import Foundation

/// A private tmux server running one command in a detached pane of a fixed size, so tests can
/// type keys and read the screen the way a user would, without touching anyone's own tmux.
final class TmuxSession {
    let socket: String
    private(set) var isRunning = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The line the pane's shell prints when the program exits; tmux itself does not always
    /// learn a dead pane's exit status in time, so the shell reports it on screen.
    static let exitMarker = "[folio exited with status "

    /// Starts `command` (a shell command line) in a new detached session. When it exits, the
    /// shell prints its exit status on the screen and keeps the pane open. `serverOptions` are set
    /// on the new server before the command starts (e.g. `set-clipboard on`, so that an OSC 52
    /// sequence reaching the terminal would show up as a paste buffer).
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:],
         serverOptions: [String: String] = [:]) throws {
        socket = "folio-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var arguments = ["start-server", ";"]
        for (name, value) in serverOptions.sorted(by: { $0.key < $1.key }) {
            arguments += ["set-option", "-s", name, value, ";"]
        }
        arguments += ["new-session", "-d", "-x", String(width), "-y", String(height)]
        // A private config and data folder, so a user's own config.toml or exports never
        // change what a test sees.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        let env = [
            "TERM": "tmux-256color", "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
        ].merging(environment) { _, new in new }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append("\(command); echo \"\(Self.exitMarker)$?]\"; exec sleep 3600")
        try tmux(arguments)
        isRunning = true
    }

    deinit {
        if isRunning { _ = try? tmux(["kill-server"]) }
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        isRunning = false
        try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent(socket))
    }

    /// Sends keys in tmux's notation ("j", "Enter", "C-d", "Tab").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Sends literal text, character by character as typed.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// Resizes the window through every size in one tmux client call, as fast as tmux can.
    func resizeStorm(_ sizes: [(width: Int, height: Int)]) throws {
        let commands = sizes.map { ["resize-window", "-t", "0", "-x", String($0.width), "-y", String($0.height)] }
        try tmux(Array(commands.joined(separator: [";"])))
    }

    /// The visible screen with its colors and attributes as escape sequences.
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-e", "-p", "-t", "0"])
    }

    /// Sets a server option (`-s`) of this tmux server.
    func setOption(_ name: String, _ value: String) throws {
        try tmux(["set-option", "-s", name, value])
    }

    /// The names of the paste buffers; an OSC 52 sequence that reached tmux (with `set-clipboard
    /// on`) would have created one.
    func listBuffers() throws -> [String] {
        try tmux(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
    }

    /// The pane's title, which an OSC 0 or OSC 2 sequence reaching tmux would change.
    func paneTitle() throws -> String {
        try paneValue("#{pane_title}")
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds or `timeout` passes; returns the last screen.
    @discardableResult
    func waitFor(
        _ description: String,
        timeout: TimeInterval = 15,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "timed out waiting for \(description); screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("“\(text)” on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program to exit and returns its exit status (128 + the signal's number
    /// when a signal ended it), as the pane's shell reported it.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int {
        let screen = try waitFor("the program to exit", timeout: timeout) { $0.contains(Self.exitMarker) }
        let after = screen[screen.range(of: Self.exitMarker)!.upperBound...]
        guard let status = Int(after.prefix { $0.isNumber }) else {
            throw Failure(description: "no exit status on screen:\n\(screen)")
        }
        return status
    }

    /// The process id of the program the pane's shell is running.
    func programPID() throws -> pid_t {
        let shell = try paneValue("#{pane_pid}")
        let entries = try FileManager.default.contentsOfDirectory(atPath: "/proc")
        for entry in entries where entry.allSatisfy(\.isNumber) {
            guard let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.range(of: ")", options: .backwards) else { continue }
            let fields = stat[close.upperBound...].split(separator: " ")
            if fields.count > 1, fields[1] == shell, let pid = pid_t(entry) { return pid }
        }
        throw Failure(description: "no program is running in the pane (shell \(shell))")
    }

    /// Runs a tmux client command with posix_spawn and waitpid. Foundation's `Process` cannot be
    /// used here: the first command forks the tmux server, which inherits the descriptor
    /// `Process` watches for the child's exit, so `waitUntilExit` would never return.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
        let outputPath = directory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        let errorPath = directory.appendingPathComponent("\(socket)-\(UUID().uuidString).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Tests run on worker threads that block signals, and a spawned process inherits the
        // mask: the tmux server would never reap its child, and the program would never see
        // SIGWINCH or SIGTERM. Start tmux with no signal blocked and default handlers.
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
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else {
            throw Failure(description: "could not start tmux: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitedCleanly = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        guard exitedCleanly else {
            let reason = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(reason)")
        }
        return text
    }
}
